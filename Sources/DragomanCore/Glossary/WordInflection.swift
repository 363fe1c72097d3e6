/// Where a word sits in the term being matched.
struct WordPosition: Hashable, Sendable {
    /// Whether the word ends the term (Turkish inflects only the head, the last word).
    var isLast: Bool
    /// How many words the term has.
    var termLength: Int
    /// Whether the word starts the term (in Arabic, a later word is a dependent one and may change its form).
    var isFirst: Bool = true
}

/// A language's rule for "this text word is a form of that term word", on folded scalars.
protocol WordInflection: Sendable {
    /// Whether `token` is `word`, or `word` with the affixes the language allows.
    func matches(_ token: [Unicode.Scalar], _ word: [Unicode.Scalar], _ position: WordPosition) -> Bool
    /// Keys a term's first word is indexed under, so text words can find candidate terms by hashing.
    func keys(for word: [Unicode.Scalar]) -> [[Unicode.Scalar]]
    /// Hashes of the parts of `token` that may equal a key (see ``ScalarHash``).
    func probes(_ token: [Unicode.Scalar]) -> [UInt64]
}

extension WordInflection {
    /// The rule for a locale: Turkish and Arabic morphology, English plurals, exact words otherwise.
    static func forLocale(_ locale: String) -> any WordInflection {
        switch LocaleCode.language(of: locale) {
        case "tr", "az": TurkishSuffixMatcher()
        case "ar": ArabicCliticMatcher()
        case "en": EnglishWordInflection()
        default: ExactWordInflection()
        }
    }
}

/// FNV-1a over Unicode scalars, extendable one scalar at a time so every prefix of a word hashes in one pass.
enum ScalarHash {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    static func adding(_ hash: UInt64, _ scalar: Unicode.Scalar) -> UInt64 {
        var value = hash
        var code = scalar.value
        for _ in 0..<3 {
            value = (value ^ UInt64(code & 0xFF)) &* 0x100_0000_01b3
            code >>= 8
        }
        return value
    }

    static func of<S: Sequence>(_ scalars: S) -> UInt64 where S.Element == Unicode.Scalar {
        scalars.reduce(seed, adding)
    }

    /// Hashes of every prefix of `scalars` at least `minimum` long.
    static func prefixes<C: Collection>(_ scalars: C, minimum: Int = 2) -> [UInt64] where C.Element == Unicode.Scalar {
        var result: [UInt64] = []
        var hash = seed
        for (count, scalar) in scalars.enumerated() {
            hash = adding(hash, scalar)
            if count + 1 >= minimum { result.append(hash) }
        }
        return result
    }
}

/// English targets: plurals and possessives, via ``EnglishInflection``.
struct EnglishWordInflection: WordInflection {
    func matches(_ token: [Unicode.Scalar], _ word: [Unicode.Scalar], _ position: WordPosition) -> Bool {
        token == word || base(token) == base(word)
    }
    func keys(for word: [Unicode.Scalar]) -> [[Unicode.Scalar]] { [Array(base(word).unicodeScalars)] }
    func probes(_ token: [Unicode.Scalar]) -> [UInt64] { [ScalarHash.of(base(token).unicodeScalars)] }

    private func base(_ scalars: [Unicode.Scalar]) -> String {
        EnglishInflection.base(String(String.UnicodeScalarView(scalars)))
    }
}

/// Languages without rules here: the folded word must be equal.
struct ExactWordInflection: WordInflection {
    func matches(_ token: [Unicode.Scalar], _ word: [Unicode.Scalar], _ position: WordPosition) -> Bool {
        token == word
    }
    func keys(for word: [Unicode.Scalar]) -> [[Unicode.Scalar]] { [word] }
    func probes(_ token: [Unicode.Scalar]) -> [UInt64] { [ScalarHash.of(token)] }
}
