/// Splits text into sentences: ICU's sentence break iterator for the locale, corrected by the locale's
/// ``SegmentationRules``.
///
/// Works on UTF-16 code units; a boundary is an offset after the sentence's trailing white space, as ICU
/// reports it. One segmenter serves many calls (the ICU iterator is opened once); it is not thread-safe.
public final class Segmenter {
    public let rules: SegmentationRules
    private let iterator: BreakIterator

    public init(rules: SegmentationRules) throws(ICU.Failure) {
        self.rules = rules
        iterator = try BreakIterator(.sentence, locale: rules.icuLocale)
    }

    /// The accepted sentence boundaries of `units`, ending with `units.count` (empty for empty text).
    public func boundaries(in units: [UInt16]) -> [Int] {
        guard !units.isEmpty else { return [] }
        let proposed = iterator.boundaries(in: units)
        var accepted: [Int] = []
        accepted.reserveCapacity(proposed.count)
        for boundary in proposed where boundary == units.count || keeps(boundary, in: units) {
            accepted.append(boundary)
        }
        return accepted
    }

    /// The sentences of `text`, each without surrounding white space.
    public func sentences(in text: String) -> [String] {
        let units = Array(text.utf16)
        var result: [String] = []
        var start = 0
        for boundary in boundaries(in: units) {
            var from = start
            var to = boundary
            while from < to, Self.isSpace(units[from]) { from += 1 }
            while to > from, Self.isSpace(units[to - 1]) { to -= 1 }
            if to > from { result.append(String(decoding: units[from..<to], as: UTF16.self)) }
            start = boundary
        }
        return result
    }

    /// Whether ICU's boundary at `boundary` survives the locale's rules.
    func keeps(_ boundary: Int, in units: [UInt16]) -> Bool {
        var end = boundary
        while end > 0, Self.isSpace(units[end - 1]) { end -= 1 }
        guard end > 0, end < boundary else { return end > 0 }
        var terminator = end - 1
        while terminator > 0, Self.isClosing(units[terminator]) { terminator -= 1 }
        let next = nextWordStart(after: boundary, in: units)

        if rules.lowercaseContinues, let next, Self.startsLowercase(units, at: next) { return false }
        guard units[terminator] == 0x2E else { return true }  // only a period is ambiguous
        let word = wordBefore(terminator, in: units)
        guard !word.isEmpty else { return true }
        let text = String(decoding: units[(terminator - word.count)..<terminator], as: UTF16.self)
        if rules.isAbbreviation(text) { return false }
        if let next, Self.isDigit(units[next]), rules.isNumberAbbreviation(text) { return false }
        if rules.initials, word.count == 1, let unit = word.first, let scalar = Unicode.Scalar(unit), scalar.properties.isUppercase,
            let next, Self.startsUppercase(units, at: next)
        {
            return false
        }
        if rules.ordinalDigits > 0, word.count <= rules.ordinalDigits, word.allSatisfy(Self.isDigit),
            terminator == end - 1, let next, !Self.isDigit(units[next]),
            !(terminator - word.count > 0 && units[terminator - word.count - 1] == 0x2E)
        {
            return false
        }
        return true
    }

    /// The letters (with inner periods, as in `e.g` or `أ.د`) or digits directly before `period`.
    private func wordBefore(_ period: Int, in units: [UInt16]) -> ArraySlice<UInt16> {
        var start = period
        while start > 0 {
            let unit = units[start - 1]
            if Self.isWordUnit(unit) || (unit == 0x2E && start - 1 > 0 && Self.isWordUnit(units[start - 2])) {
                start -= 1
            } else {
                break
            }
        }
        return units[start..<period]
    }

    private func nextWordStart(after boundary: Int, in units: [UInt16]) -> Int? {
        var index = boundary
        while index < units.count, Self.isOpening(units[index]) || Self.isSpace(units[index]) { index += 1 }
        return index < units.count ? index : nil
    }

    static func isSpace(_ unit: UInt16) -> Bool {
        unit == 0x20 || unit == 0x09 || unit == 0x0A || unit == 0x0D || unit == 0xA0 || unit == 0x2009
            || unit == 0x202F
    }

    static func isDigit(_ unit: UInt16) -> Bool {
        (0x30...0x39).contains(unit) || (0x660...0x669).contains(unit) || (0x6F0...0x6F9).contains(unit)
    }

    static func isClosing(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x22, 0x27, 0x29, 0x5D, 0x7D, 0xBB, 0x2019, 0x201D, 0x203A: true
        default: false
        }
    }

    static func isOpening(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x22, 0x27, 0x28, 0x5B, 0x7B, 0xAB, 0x2018, 0x201C, 0x2039, 0x201E, 0xBF, 0xA1: true
        default: false
        }
    }

    private static func isWordUnit(_ unit: UInt16) -> Bool {
        if unit < 0x80 {
            return (0x41...0x5A).contains(unit) || (0x61...0x7A).contains(unit) || (0x30...0x39).contains(unit)
        }
        guard let scalar = Unicode.Scalar(unit) else { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    private static func startsLowercase(_ units: [UInt16], at index: Int) -> Bool {
        guard let scalar = Unicode.Scalar(units[index]) else { return false }
        return scalar.properties.isLowercase
    }

    private static func startsUppercase(_ units: [UInt16], at index: Int) -> Bool {
        guard let scalar = Unicode.Scalar(units[index]) else { return false }
        return scalar.properties.isUppercase
    }
}
