/// Arabic: proclitics and the article before any word of a term, suffixes after it.
///
/// Proclitics و ف ب ك ل, the article ال and their combinations (وال بال لل فال كال وبال…) may precede each word
/// of a multiword term (`بالخلايا الجذعية`, `والالتهاب`). A candidate prefix is only removed when what remains
/// is the term word itself (plus an allowed suffix), so letters of the stem are never stripped: `التهاب` matches
/// `بالالتهاب` and `التهاب`, but `تهاب` does not match `التهاب`. Suffixes: feminine and plural endings (ة ات
/// ان ين ون ية يات), tanween alef, and pronouns (ه ها هم هما هن ك كم نا ي); a final ة becomes ت before a
/// suffix (`مناعته`). `ل` before the article drops its alef (`للتوحد` for a term written `التوحد`).
struct ArabicCliticMatcher: WordInflection {
    static let proclitics: [[Unicode.Scalar]] = {
        let bases = ["", "و", "ف"]
        let particles = ["", "ب", "ك", "ل"]
        var result: Set<String> = []
        for base in bases {
            for particle in particles {
                result.insert(base + particle)
                if particle == "ل" {
                    result.insert(base + "لل")
                } else {
                    result.insert(base + particle + "ال")
                }
            }
        }
        // Longest first, so a matching article is tried before its shorter prefixes.
        return result.map { Array($0.unicodeScalars) }.sorted {
            ($0.count, String(String.UnicodeScalarView($0))) > ($1.count, String(String.UnicodeScalarView($1)))
        }
    }()

    private static let endings = [
        "", "ة", "ات", "ان", "ين", "ون", "ي", "ية", "يات", "يين", "يون", "ا", "يا", "تين", "تان",
    ]
    private static let pronouns = ["", "ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "نا", "ي"]
    private static let suffixes: Set<[Unicode.Scalar]> = Set(
        endings.flatMap { ending in pronouns.map { Array((ending + $0).unicodeScalars) } })
    /// After a stem that lost its final ة: the ت that replaces it, or the plural ات.
    private static let taSuffixes: Set<[Unicode.Scalar]> = Set(
        (pronouns.dropFirst().map { "ت" + $0 } + ["تين", "تان", "ات"] + pronouns.map { "ات" + $0 }).map {
            Array($0.unicodeScalars)
        })

    private static let taMarbuta: Unicode.Scalar = "\u{0629}"
    private static let article: [Unicode.Scalar] = ["\u{0627}", "\u{0644}"]

    func matches(_ token: [Unicode.Scalar], _ word: [Unicode.Scalar], _ position: WordPosition) -> Bool {
        if token == word { return true }
        for prefix in Self.proclitics where token.starts(with: prefix) && token.count >= prefix.count + 2 {
            let rest = token[prefix.count...]
            if matchesStem(rest, word) { return true }
            // ل + a term word written with the article: ل + ال + توحد is written للتوحد.
            if prefix.last == "ل", prefix.count >= 2, prefix[prefix.count - 2] == "ل", word.starts(with: Self.article),
                matchesStem(rest, Array(word.dropFirst(2)))
            {
                return true
            }
        }
        return false
    }

    private func matchesStem(_ rest: ArraySlice<Unicode.Scalar>, _ word: [Unicode.Scalar]) -> Bool {
        guard !word.isEmpty else { return false }
        if rest.starts(with: word), Self.suffixes.contains(Array(rest.dropFirst(word.count))) { return true }
        if word.last == Self.taMarbuta, word.count >= 3 {
            let stem = word.dropLast()
            if rest.starts(with: stem), Self.taSuffixes.contains(Array(rest.dropFirst(stem.count))) { return true }
        }
        return false
    }

    func keys(for word: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
        var keys = [word]
        if word.last == Self.taMarbuta, word.count >= 3 { keys.append(Array(word.dropLast())) }
        if word.starts(with: Self.article), word.count > 3 { keys.append(Array(word.dropFirst(2))) }
        return keys
    }

    func probes(_ token: [Unicode.Scalar]) -> [UInt64] {
        var result: [UInt64] = []
        for prefix in Self.proclitics where token.starts(with: prefix) {
            result += ScalarHash.prefixes(token[prefix.count...])
        }
        return result
    }
}
