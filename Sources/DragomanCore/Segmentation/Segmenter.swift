/// Splits text into sentences: ICU's sentence break iterator for the locale, corrected by the locale's
/// ``SegmentationRules``.
///
/// Works on UTF-16 code units; a boundary is an offset after the sentence's trailing white space, as ICU
/// reports it. ICU proposes boundaries, a few of its known misses are added (see `missedCandidates` and
/// `citationEnds`), and the locale's rules take back the false ones.
/// One segmenter serves many calls (the ICU iterator is opened once); it is not thread-safe.
public final class Segmenter {
    public let rules: SegmentationRules
    private let iterator: BreakIterator

    public init(rules: SegmentationRules) throws(ICU.Failure) {
        self.rules = rules
        iterator = try BreakIterator(.sentence, locale: rules.icuLocale)
    }

    /// The accepted sentence boundaries of `units`, ending with `units.count` (empty for empty text).
    public func boundaries(in units: [UInt16]) -> [Int] {
        var result: [Int] = []
        boundaries(in: units, into: &result)
        return result
    }

    /// ``boundaries(in:)`` written into `accepted` (emptied first, its capacity kept), so a caller that splits
    /// many texts reuses one array.
    func boundaries(in units: [UInt16], into accepted: inout [Int]) {
        accepted.removeAll(keepingCapacity: true)
        guard !units.isEmpty else { return }
        if Self.cannotBreak(units) {
            accepted.append(units.count)
            return
        }
        iterator.appendBoundaries(of: units, to: &accepted)
        let missed = missedCandidates(in: units)
        let citations = Self.citationEnds(in: units)
        if !missed.isEmpty || !citations.isEmpty {
            // Each list is sorted; together they are sorted once, repeats dropped.
            accepted.append(contentsOf: missed)
            accepted.append(contentsOf: citations)
            accepted.sort()
            var unique = 0
            for index in accepted.indices where unique == 0 || accepted[index] != accepted[unique - 1] {
                accepted[unique] = accepted[index]
                unique += 1
            }
            accepted.removeLast(accepted.count - unique)
        }
        // The proposed boundaries that survive are compacted in place: no second list.
        var count = 0
        var sentenceStart = 0
        for index in accepted.indices {
            let boundary = accepted[index]
            guard boundary == units.count || keeps(boundary, in: units, from: sentenceStart) else { continue }
            accepted[count] = boundary
            count += 1
            sentenceStart = boundary
        }
        accepted.removeLast(accepted.count - count)
        if accepted.last != units.count { accepted.append(units.count) }
        if rules.embeddedQuotations { accepted = removingBreaksInEmbeddedQuotations(accepted, in: units) }
    }

    /// Whether `units` is ASCII without a control character (CR and LF are paragraph separators) and without a
    /// terminator (`.` `!` `?`) before its closing run: terminators, then closing marks, then spaces, at the end
    /// (`Done.`, `Really?!")`). ICU proposes no boundary inside such text (after a terminator it breaks only
    /// before what follows the run, and nothing does) and no rule adds one (a candidate needs text after its
    /// period, a citation a `[` after a terminator), so the iterator need not run: headings, list items, tags
    /// and one-sentence paragraphs.
    static func cannotBreak(_ units: [UInt16]) -> Bool {
        units.withUnsafeBufferPointer { buffer in
            var end = buffer.count
            while end > 0, buffer[end - 1] == 0x20 { end -= 1 }
            while end > 0, isASCIIClosing(buffer[end - 1]) { end -= 1 }
            let closingRunStart = end
            while end > 0, isASCIITerminator(buffer[end - 1]) { end -= 1 }
            // A closing mark with no terminator before it is ordinary text.
            if end == closingRunStart { end = buffer.count }
            for unit in buffer[..<end] {
                if unit >= 0x80 || unit < 0x20 || isASCIITerminator(unit) { return false }
            }
            for unit in buffer[end...] where unit >= 0x80 || unit < 0x20 { return false }
            return true
        }
    }

    private static func isASCIITerminator(_ unit: UInt16) -> Bool {
        unit == 0x2E || unit == 0x21 || unit == 0x3F
    }

    /// The ASCII marks of `isClosing`: `"` `'` `)` `]` `}`.
    private static func isASCIIClosing(_ unit: UInt16) -> Bool {
        unit == 0x22 || unit == 0x27 || unit == 0x29 || unit == 0x5D || unit == 0x7D
    }

    /// The sentences of `text`, each without surrounding white space.
    public func sentences(in text: String) -> [String] {
        let units = UTF8Transcoding.utf16(of: text)
        var result: [String] = []
        var start = 0
        for boundary in boundaries(in: units) {
            var from = start
            var to = boundary
            while from < to, Self.isSpace(units[from]) { from += 1 }
            while to > from, Self.isSpace(units[to - 1]) { to -= 1 }
            if to > from { result.append(Self.string(units[from..<to])) }
            start = boundary
        }
        return result
    }

    /// Breaks ICU never proposes: before a number after `word. ` (ICU's rule SB8 reads `ended. 1987 was`,
    /// `azaldı. %80'i` and `free. $40 covered` as one sentence: it looks past digits and signs for a lowercase
    /// letter), and before a capital or a number after `…`, which is no terminator to ICU. Before a
    /// number the word must be longer than one character, and a number must be too long to be an ordinal:
    /// `p. 12`, `s. 45` and `1. 2.` are references and lists, not sentence ends.
    private func missedCandidates(in units: [UInt16]) -> [Int] {
        var result: [Int] = []
        let count = units.count
        let ellipsis: UInt16 = rules.ellipsisEndsSentence ? 0x2026 : 0x2E
        // Only periods (and ellipses) start a candidate: find each with a tight loop over the buffer.
        var index = -1
        while true {
            index = units.withUnsafeBufferPointer { Self.firstIndex(of: 0x2E, or: ellipsis, in: $0, from: index + 1) }
            guard index < count else { break }
            let unit = units[index]
            var next = index + 1
            while next < count, Self.isClosing(units[next]) { next += 1 }
            let afterClosing = next
            while next < count, Self.isSpace(units[next]) { next += 1 }
            guard next > afterClosing, next < count else { continue }
            var first = next
            while first < count, Self.isOpening(units[first]) { first += 1 }
            guard first < count else { continue }
            if unit == 0x2026 {
                if Self.startsNumber(units, at: first) || Self.startsUppercase(units, at: first) { result.append(next) }
                continue
            }
            guard Self.startsNumber(units, at: first) else { continue }
            let word = wordBefore(index, in: units)
            if word.count >= 2,
                word.contains(where: Self.isLetter)
                    || (word.allSatisfy(Self.isDigit) && word.count > rules.ordinalDigits)
            {
                result.append(next)
            }
        }
        return result
    }

    /// Breaks after a citation that follows a terminator (`inflammation.[1] They`, `safe?[2, 3] Yes`): ICU
    /// breaks between `.[` and `1]` instead, a break `keeps` takes back.
    static func citationEnds(in units: [UInt16]) -> [Int] {
        var result: [Int] = []
        var index = 0
        while true {
            // Brackets are rare: find each with a tight loop over the buffer.
            index = units.withUnsafeBufferPointer { firstIndex(of: 0x5B, or: 0x5B, in: $0, from: index + 1) }
            guard index < units.count else { break }
            guard isTerminator(units[index - 1]) else { continue }
            var next = index
            // One or more `[…]` groups of digits, commas, spaces and dashes.
            while next < units.count, units[next] == 0x5B {
                var close = next + 1
                while close < units.count, close - next <= 16,
                    isDigit(units[close]) || units[close] == 0x2C || units[close] == 0x20 || units[close] == 0x2D
                        || units[close] == 0x2013
                {
                    close += 1
                }
                guard close < units.count, close > next + 1, units[close] == 0x5D else { break }
                next = close + 1
            }
            guard next > index, units[next - 1] == 0x5D else { continue }
            let afterCitation = next
            while next < units.count, isSpace(units[next]) { next += 1 }
            if next > afterCitation, next < units.count { result.append(next) }
        }
        return result
    }

    static func isTerminator(_ unit: UInt16) -> Bool {
        unit == 0x2E || unit == 0x21 || unit == 0x3F || unit == 0x61F || unit == 0x2026
    }

    /// The letters (with inner periods, as in `e.g` or `أ.د`) or digits directly before `period`.
    func wordBefore(_ period: Int, in units: [UInt16]) -> ArraySlice<UInt16> {
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

    func nextWordStart(after boundary: Int, in units: [UInt16]) -> Int? {
        var index = boundary
        while index < units.count, Self.isOpening(units[index]) || Self.isSpace(units[index]) { index += 1 }
        return index < units.count ? index : nil
    }

    /// The word (letters only) that starts at `index`.
    func word(at index: Int, in units: [UInt16]) -> String {
        var end = index
        while end < units.count, Self.isWordUnit(units[end]) { end += 1 }
        return Self.string(units[index..<end])
    }
}
