/// Arabic: proclitics and the article before any word of a term, suffixes after it.
///
/// Proclitics و ف ب ك ل, the article ال and their combinations (وال بال لل فال كال وبال…) may precede each word
/// of a multiword term (`بالخلايا الجذعية`, `والالتهاب`). A candidate prefix is only removed when what remains
/// is the term word itself (plus an allowed suffix), so letters of the stem are never stripped: `التهاب` matches
/// `بالالتهاب` and `التهاب`, but `تهاب` does not match `التهاب`. Suffixes: feminine and plural endings (ة ات
/// ان ين ون ية يات, construct و and تا), tanween alef, and pronouns (ه ها هم هما هن ك كم نا ي); a final ة
/// becomes ت before a suffix (`مناعته`, `تجربتيهما`), as does the ة a masculine term word takes in the
/// feminine (`طبيبتك` for `طبيب`), and a final ى (folded to ي) ا before a pronoun (`مرضانا`). `ل` before the
/// article drops its alef (`للتوحد` for a term written `التوحد`). A later word of a term written with the
/// article may lose it (`جودة حياتهم` for `جودة الحياة`), and one written with ل + article may be a plain idafa
/// (`مضاد الالتهاب` for `مضاد للالتهاب`); the first word keeps its letters, so `تهاب` never matches `التهاب`.
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
        "", "ة", "ات", "ان", "ين", "ون", "و", "ي", "ية", "يات", "يين", "يون", "ا", "يا", "تين", "تان",
    ]
    private static let pronouns = ["", "ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "نا", "ي"]
    /// A feminine ة written ت before a pronoun, bare or after the dual's construct تا/تي: طبيبتك, تجربتيهما.
    private static let feminineBeforePronoun = pronouns.dropFirst().flatMap { ["ت" + $0, "تا" + $0, "تي" + $0] }
    /// After a stem: an ending and a pronoun, or the feminine ة (which a masculine term word may take) as ت.
    private static let suffixes: Set<[Unicode.Scalar]> = Set(
        (endings.flatMap { ending in pronouns.map { ending + $0 } } + feminineBeforePronoun).map {
            Array($0.unicodeScalars)
        })
    /// After a stem that lost its final ة: the ت that replaces it, the dual, or the plural ات.
    private static let taSuffixes: Set<[Unicode.Scalar]> = Set(
        (feminineBeforePronoun + ["تين", "تان", "تا"] + pronouns.map { "ات" + $0 }).map { Array($0.unicodeScalars) })

    private static let pronounSuffixes: Set<[Unicode.Scalar]> = Set(
        pronouns.dropFirst().map { Array($0.unicodeScalars) })
    private static let taMarbuta: Unicode.Scalar = "\u{0629}"
    private static let ya: Unicode.Scalar = "\u{064A}"
    private static let alef: Unicode.Scalar = "\u{0627}"
    private static let article: [Unicode.Scalar] = ["\u{0627}", "\u{0644}"]
    private static let lamArticle: [Unicode.Scalar] = ["\u{0644}", "\u{0644}"]

    func matches(_ token: [Unicode.Scalar], _ word: [Unicode.Scalar], _ position: WordPosition) -> Bool {
        if token == word { return true }
        if matchesForm(token, word) { return true }
        guard !position.isFirst else { return false }
        // A dependent word of a term (the second noun of an idafa, the object of لام التقوية) changes its
        // definiteness with the phrase: جودة الحياة → جودة حياتهم, مضاد للالتهاب → مضاد الالتهاب.
        var dependent: [Unicode.Scalar] = word
        if word.starts(with: Self.lamArticle), word.count > 3 {
            dependent = Self.article + word.dropFirst(2)
            if matchesForm(token, dependent) { return true }
        }
        if dependent.starts(with: Self.article), dependent.count > 3 {
            return matchesForm(token, Array(dependent.dropFirst(2)))
        }
        return false
    }

    private func matchesForm(_ token: [Unicode.Scalar], _ word: [Unicode.Scalar]) -> Bool {
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
        // Alef maqsura (folded to ي) is written ا before a pronoun: مرضى → مرضانا, مستوى → مستواه.
        if word.last == Self.ya, word.count >= 3 {
            let stem = word.dropLast() + [Self.alef]
            if rest.starts(with: stem), Self.pronounSuffixes.contains(Array(rest.dropFirst(stem.count))) {
                return true
            }
        }
        return false
    }

    func keys(for word: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
        var forms = [word]
        if word.starts(with: Self.lamArticle), word.count > 3 { forms.append(Self.article + word.dropFirst(2)) }
        for form in forms where form.starts(with: Self.article) && form.count > 3 {
            forms.append(Array(form.dropFirst(2)))
        }
        var keys = forms
        for form in forms where form.last == Self.taMarbuta && form.count >= 3 { keys.append(Array(form.dropLast())) }
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
