/// A word of a text as the matchers see it: where it is, and its folded form.
struct TextToken: Hashable, Sendable {
    /// UTF-16 offsets of the word in the text.
    var range: Range<Int>
    /// The word as written (NFC not applied), for case-sensitive and verbatim checks.
    var surface: String
    /// The word folded by ``TermNormalizer``.
    var folded: String
    /// `folded` as scalars, for the morphology matchers.
    var scalars: [Unicode.Scalar]
    /// Whether only spaces or dashes separate the word from the previous one, so both may belong to one term.
    var joinedToPrevious: Bool
    /// Whether that joining gap has a hyphen or dash, making the two words one (`pre-clinical`).
    var hyphenatedToPrevious: Bool = false
}

/// Splits text into words on ICU word boundaries and folds each word.
///
/// Not thread-safe (it owns an ICU break iterator); make one per locale and reuse it.
final class TermTokenizer {
    let normalizer: TermNormalizer
    private let breaker: BreakIterator

    init(locale: String) throws(ICU.Failure) {
        normalizer = TermNormalizer(locale: locale)
        breaker = try BreakIterator(.word, locale: locale)
    }

    /// The words of `text` (letters or digits; punctuation and spaces are gaps).
    func tokens(_ text: String) -> [TextToken] {
        let units = UTF8Transcoding.utf16(of: text)
        var tokens: [TextToken] = []
        var start = 0
        var previousEnd: Int? = nil
        // Walk a string index along with the offsets: slicing the string is much cheaper than decoding UTF-16.
        var cursor = text.utf16.startIndex
        var cursorOffset = 0
        func index(_ offset: Int) -> String.Index {
            cursor = text.utf16.index(cursor, offsetBy: offset - cursorOffset)
            cursorOffset = offset
            return cursor
        }
        // ICU rule status 0..<100 marks a segment with no letters or digits.
        for (offset, status) in breaker.boundariesWithStatus(in: units) {
            defer { start = offset }
            guard status >= 100, offset > start else { continue }
            let lower = index(start)
            let surface = String(text[lower..<index(offset)])
            let folded = normalizer.foldWithScalars(surface)
            let gap = previousEnd.map { units[$0..<start] } ?? []
            let joined = previousEnd != nil && Self.isJoiningGap(gap)
            tokens.append(
                TextToken(
                    range: start..<offset, surface: surface, folded: folded.folded, scalars: folded.scalars,
                    joinedToPrevious: joined, hyphenatedToPrevious: joined && gap.contains(where: Self.isDash)))
            previousEnd = offset
        }
        return tokens
    }

    /// A gap that may sit inside a multiword term: white space, hyphens and dashes, joiners.
    static func isJoiningGap(_ gap: ArraySlice<UInt16>) -> Bool {
        gap.allSatisfy { unit in
            switch unit {
            case 0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x200B...0x200D, 0x202F, 0x00AD, 0x0640: true
            default: isDash(unit)
            }
        }
    }

    /// A hyphen, a dash or the minus sign.
    static func isDash(_ unit: UInt16) -> Bool { unit == 0x2D || (0x2010...0x2015).contains(unit) || unit == 0x2212 }
}
