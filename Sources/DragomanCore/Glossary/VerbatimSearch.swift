/// Finds do-not-translate terms written exactly as in the glossary.
///
/// The term must start a word and end one, except that a Turkish suffix may follow after an apostrophe
/// (`MSC'ler`), an English plural `s` may stay as in the source (`MSCs`), and in Arabic script a proclitic may
/// be written against a Latin name (`لـMSC`, `وFDA`).
enum VerbatimSearch {
    /// UTF-16 spans of every verbatim occurrence of any of `terms` in `text`.
    static func spans(of terms: [String], in text: String, locale: String) -> [TextSpan] {
        let scalars = Array(text.unicodeScalars)
        var offsets: [Int] = [0]
        offsets.reserveCapacity(scalars.count + 1)
        for scalar in scalars { offsets.append((offsets.last ?? 0) + scalar.utf16.count) }
        var result: Set<TextSpan> = []
        for term in Set(terms) {
            let needle = Array(((try? ICU.normalize(term, .nfc)) ?? term).unicodeScalars)
            guard let first = needle.first, needle.count <= scalars.count else { continue }
            for start in 0...(scalars.count - needle.count) where scalars[start] == first {
                let end = start + needle.count
                guard scalars[start..<end].elementsEqual(needle),
                    boundaryBefore(scalars, start, locale: locale), boundaryAfter(scalars, end)
                else { continue }
                result.insert(TextSpan(start: offsets[start], end: offsets[end]))
            }
        }
        return result.sorted()
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            || scalar.properties.generalCategory == .nonspacingMark
    }

    private static func boundaryBefore(_ scalars: [Unicode.Scalar], _ start: Int, locale: String) -> Bool {
        guard start > 0 else { return true }
        let previous = scalars[start - 1]
        if LocaleCode.language(of: locale) == "ar", ArabicLetters.isLetter(previous) { return true }
        return !isWordScalar(previous)
    }

    private static func boundaryAfter(_ scalars: [Unicode.Scalar], _ end: Int) -> Bool {
        guard end < scalars.count else { return true }
        let next = scalars[end]
        if !isWordScalar(next) {
            // An apostrophe must be followed by a suffix or nothing; either way the term itself is intact.
            return true
        }
        if next == "s" { return end + 1 == scalars.count || !isWordScalar(scalars[end + 1]) }
        return false
    }
}
