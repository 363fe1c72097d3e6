/// Turkish inflection: a term word followed by a chain of suffixes that obeys vowel harmony and the buffer
/// consonants, with the stem changes the language makes before a vowel.
///
/// Rules, not lists of forms: suffixes are templates over archiphonemes (`A` = a/e, `I` = ı/i/u/ü, `D` = d/t,
/// `(y)`/`(n)`/`(s)` buffers after vowels, `(I)` dropped after vowels), realized against the stem.
/// Stem changes: final p ç t k soften to b c d ğ (nk → ng; required for p ç k after two syllables); a high vowel of the last syllable drops
/// (beyin → beyni); one-syllable stems may double their consonant (tıp → tıbbı); a compound's possessive head
/// takes the plural inside it (kemik iliği → kemik ilikleri), or a personal possessive in place of its own
/// (yaşam kalitesi → yaşam kaliteniz). After an apostrophe (proper nouns, acronyms:
/// `MSC'ler`, `OSB'nin`) the first suffix follows the name's pronunciation, so either harmony is accepted.
/// Only the last word of a multiword term inflects; the others must match exactly.
struct TurkishSuffixMatcher: WordInflection {
    func matches(_ token: [Unicode.Scalar], _ word: [Unicode.Scalar], _ position: WordPosition) -> Bool {
        if token == word { return true }
        // Every stem change keeps all but the last two letters of the word, so this rejects most words cheaply.
        guard position.isLast, token.count >= word.count, token.starts(with: word.prefix(max(1, word.count - 2)))
        else { return false }
        if token.count > word.count, token.starts(with: word), token[word.count] == "'" {
            let rest = token[(word.count + 1)...]
            return !rest.isEmpty
                && TurkishSuffixChain.parse(rest, after: TurkishSuffixChain.Context(stem: word, free: true))
        }
        for stem in stems(of: word, compound: position.termLength > 1) where token.starts(with: stem.scalars) {
            let rest = token[stem.scalars.count...]
            guard let first = rest.first else { continue }
            if stem.beforeVowelOnly, !Self.isVowel(first) { continue }
            if stem.scalars == word, Self.mustSoften(word), Self.isVowel(first) { continue }
            let context = TurkishSuffixChain.Context(stem: stem.scalars, free: false)
            if !stem.forcedFirst.isEmpty {
                for forced in stem.forcedFirst
                where TurkishSuffixChain.parse(rest, after: context, startingWith: forced) {
                    return true
                }
            } else if TurkishSuffixChain.parse(rest, after: context) {
                return true
            }
        }
        return false
    }

    func keys(for word: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
        [word] + stems(of: word, compound: true).map(\.scalars)
    }

    func probes(_ token: [Unicode.Scalar]) -> [UInt64] { ScalarHash.prefixes(token) }

    /// A form the stem may take before suffixes.
    struct Stem {
        var scalars: [Unicode.Scalar]
        /// The changed stem only appears before a vowel-initial suffix.
        var beforeVowelOnly: Bool
        /// The suffixes one of which the stem must take first (compound heads: the plural, or a personal
        /// possessive replacing the compound's `(s)I`); empty when any chain may follow.
        var forcedFirst: [TurkishSuffixChain.Morpheme] = []
    }

    func stems(of word: [Unicode.Scalar], compound: Bool) -> [Stem] {
        var result = [Stem(scalars: word, beforeVowelOnly: false)]
        guard let last = word.last else { return result }
        let vowelCount = word.filter(Self.isVowel).count
        if let soft = Self.softened(last, after: word.dropLast().last) {
            result.append(Stem(scalars: word.dropLast() + [soft], beforeVowelOnly: true))
        }
        // Narrow vowel of the last syllable dropped: beyin → beyn-i, burun → burn-u.
        if word.count >= 4, vowelCount >= 2, !Self.isVowel(last), Self.isHighVowel(word[word.count - 2]),
            !Self.isVowel(word[word.count - 3])
        {
            result.append(Stem(scalars: word.dropLast(2) + [last], beforeVowelOnly: true))
        }
        // One-syllable loans double their final consonant: tıp → tıbbı, his → hissi.
        if vowelCount == 1, !Self.isVowel(last) {
            let doubled = Self.softened(last, after: nil) ?? last
            result.append(Stem(scalars: word.dropLast() + [doubled, doubled], beforeVowelOnly: true))
        }
        // A compound's head carries the possessive (s)I. The plural goes inside it (iliği → ilik-leri,
        // ilik-lerimiz), and a personal possessive replaces it (iliğ-imiz, tedavi-miz, protokol-ümüz).
        if compound, word.count >= 3, Self.isHighVowel(last) {
            var bare = Array(word.dropLast())
            if bare.count >= 3, bare.last == "s", Self.isVowel(bare[bare.count - 2]) { bare.removeLast() }
            if bare.contains(where: Self.isVowel) {
                result.append(
                    Stem(
                        scalars: bare, beforeVowelOnly: false,
                        forcedFirst: TurkishSuffixChain.personalPossessives))
                if let end = bare.last, let hard = Self.hardened(end) { bare[bare.count - 1] = hard }
                result.append(
                    Stem(scalars: bare, beforeVowelOnly: false, forcedFirst: [TurkishSuffixChain.plural]))
            }
        }
        return result
    }

    /// Words of more than one syllable ending in p, ç or k always soften before a vowel (iltihap → iltihabı,
    /// kemik → kemiği); final t often does not (kanıt → kanıtı), and one-syllable words mostly do not (kök → kökü).
    static func mustSoften(_ word: [Unicode.Scalar]) -> Bool {
        guard let last = word.last, "pçk".unicodeScalars.contains(last) else { return false }
        return word.filter(isVowel).count >= 2
    }

    static func isVowel(_ scalar: Unicode.Scalar) -> Bool { "aeıioöuü".unicodeScalars.contains(scalar) }
    static func isHighVowel(_ scalar: Unicode.Scalar) -> Bool { "ıiuü".unicodeScalars.contains(scalar) }

    static func softened(_ scalar: Unicode.Scalar, after previous: Unicode.Scalar?) -> Unicode.Scalar? {
        switch scalar {
        case "p": "b"
        case "ç": "c"
        case "t": "d"
        case "k": previous == "n" ? "g" : "ğ"
        default: nil
        }
    }

    static func hardened(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar {
        case "b": "p"
        case "c": "ç"
        case "d": "t"
        case "ğ": "k"
        default: nil
        }
    }
}
