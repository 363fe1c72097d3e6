/// The Turkish nominal suffix chain: which suffixes may follow which, and how each one surfaces.
enum TurkishSuffixChain {
    /// One piece of a suffix template.
    enum Piece: Hashable, Sendable {
        case letter(Unicode.Scalar)
        /// a/e by harmony.
        case a
        /// ı/i/u/ü by harmony.
        case i
        /// d, or t after a voiceless consonant.
        case d
        /// A buffer consonant present only after a vowel: (y), (n), (s).
        case buffer(Unicode.Scalar)
        /// (I): a vowel present only after a consonant.
        case linkingVowel
    }

    /// A suffix and the slot it fills in the chain (derivation, plural, possessive, case, `ki`, copula, person).
    struct Morpheme: Hashable, Sendable {
        var pieces: [Piece]
        var slot: Int
        /// After `ki` the chain starts over at the plural.
        var restartsAt: Int?
        /// The only suffixes that may follow (a copula's person endings; none after a person ending); nil: any
        /// suffix of a later slot.
        var followers: [Morpheme]?

        init(_ template: String, slot: Int, restartsAt: Int? = nil, followers: [Morpheme]? = nil) {
            var pieces: [Piece] = []
            var scalars = Array(template.unicodeScalars)[...]
            while let scalar = scalars.popFirst() {
                if scalar == "(", scalars.count >= 2 {
                    let inner = scalars.removeFirst()
                    scalars.removeFirst()
                    pieces.append(inner == "I" ? .linkingVowel : .buffer(inner))
                    continue
                }
                switch scalar {
                case "A": pieces.append(.a)
                case "I": pieces.append(.i)
                case "D": pieces.append(.d)
                default: pieces.append(.letter(scalar))
                }
            }
            self.pieces = pieces
            self.slot = slot
            self.restartsAt = restartsAt
            self.followers = followers
        }
    }

    static let plural = Morpheme("lAr", slot: 1)
    /// The possessives of the first and second persons (the third, `(s)I`, is what a compound head already has).
    static let personalPossessives = [
        Morpheme("(I)m", slot: 2), Morpheme("(I)n", slot: 2), Morpheme("(I)mIz", slot: 2), Morpheme("(I)nIz", slot: 2),
    ]

    /// Every suffix of the chain.
    static let morphemes: [Morpheme] = nominal + copulas + personEndings

    /// Derivation, plural, possessive, case and `ki`.
    static let nominal: [Morpheme] = [
        Morpheme("lI", slot: 0), Morpheme("sIz", slot: 0), Morpheme("lIk", slot: 0), Morpheme("lIğ", slot: 0),
        plural,
        Morpheme("(I)m", slot: 2), Morpheme("(I)n", slot: 2), Morpheme("(s)I", slot: 2), Morpheme("(I)mIz", slot: 2),
        Morpheme("(I)nIz", slot: 2), Morpheme("lArI", slot: 2),
        Morpheme("(y)I", slot: 3), Morpheme("(y)A", slot: 3), Morpheme("DA", slot: 3), Morpheme("DAn", slot: 3),
        Morpheme("(n)In", slot: 3), Morpheme("(y)lA", slot: 3), Morpheme("(n)I", slot: 3), Morpheme("(n)A", slot: 3),
        Morpheme("(n)DA", slot: 3), Morpheme("(n)DAn", slot: 3), Morpheme("CA", slot: 3),
        Morpheme("ki", slot: 4, restartsAt: 1),
    ]

    /// The copulas, each with the person endings it takes (`DIr` and `(y)ken` take none).
    static let copulas: [Morpheme] = [
        Morpheme("DIr", slot: 5, followers: []), Morpheme("DIrlAr", slot: 5, followers: []),
        Morpheme("(y)ken", slot: 5, followers: []),
        Morpheme("(y)DI", slot: 5, followers: pastPersonEndings),
        Morpheme("(y)sA", slot: 5, followers: pastPersonEndings),
        Morpheme("(y)mIş", slot: 5, followers: personEndings + [Morpheme("lAr", slot: 6, followers: [])]),
    ]

    /// The copula's person endings after a noun, a case or `(y)mIş`: hekim-iz "we are clinicians", hekim-siniz.
    static let personEndings = ["(y)Im", "sIn", "(y)Iz", "sInIz"].map { Morpheme($0, slot: 6, followers: []) }
    /// The person endings after the past and conditional copulas: hekim-di-k "we were clinicians", hekim-se-m.
    static let pastPersonEndings = ["m", "n", "k", "nIz", "lAr"].map { Morpheme($0, slot: 6, followers: []) }

    /// What the next suffix must agree with.
    struct Context: Hashable, Sendable {
        var lastVowel: Unicode.Scalar?
        var last: Unicode.Scalar?
        /// Either harmony and either buffer choice (first suffix after an apostrophe).
        var free: Bool
        /// Front harmony also allowed (loans ending in a palatal l: protokol → protokolü).
        var frontAllowed: Bool

        init(stem: [Unicode.Scalar], free: Bool) {
            lastVowel = stem.last(where: TurkishSuffixMatcher.isVowel)
            last = stem.last
            self.free = free
            frontAllowed = stem.last == "l" && lastVowel.map { !Self.isFront($0) } == true
        }

        static func isFront(_ vowel: Unicode.Scalar) -> Bool { "eiöü".unicodeScalars.contains(vowel) }
        static func isRounded(_ vowel: Unicode.Scalar) -> Bool { "oöuü".unicodeScalars.contains(vowel) }
        var endsInVowel: Bool { last.map(TurkishSuffixMatcher.isVowel) ?? false }
    }

    /// Whether `rest` is a well-formed chain after `context`, optionally beginning with `first`.
    static func parse(_ rest: ArraySlice<Unicode.Scalar>, after context: Context, startingWith first: Morpheme? = nil)
        -> Bool
    {
        if let first {
            for (surface, next) in realize(first, after: context) where rest.starts(with: surface) {
                if parse(rest.dropFirst(surface.count), context: next, after: first) { return true }
            }
            return false
        }
        return parse(rest, context: context, slot: 0, candidates: morphemes)
    }

    /// Whether `rest` is a well-formed chain after `previous`, which says what may come next.
    private static func parse(_ rest: ArraySlice<Unicode.Scalar>, context: Context, after previous: Morpheme) -> Bool {
        parse(
            rest, context: context, slot: previous.restartsAt ?? previous.slot + 1,
            candidates: previous.followers ?? morphemes)
    }

    private static func parse(
        _ rest: ArraySlice<Unicode.Scalar>, context: Context, slot: Int, candidates: [Morpheme]
    ) -> Bool {
        if rest.isEmpty { return true }
        for morpheme in candidates where morpheme.slot >= slot {
            for (surface, next) in realize(morpheme, after: context) where rest.starts(with: surface) {
                if parse(rest.dropFirst(surface.count), context: next, after: morpheme) { return true }
            }
        }
        return false
    }

    /// Every surface form of `morpheme` after `context`, with the context that follows each.
    static func realize(_ morpheme: Morpheme, after context: Context) -> [([Unicode.Scalar], Context)] {
        var forms: [([Unicode.Scalar], Context)] = [([], context)]
        for piece in morpheme.pieces {
            var next: [([Unicode.Scalar], Context)] = []
            for (surface, state) in forms {
                for scalar in choices(piece, state) {
                    guard let scalar else {
                        next.append((surface, state))
                        continue
                    }
                    var updated = state
                    updated.last = scalar
                    if TurkishSuffixMatcher.isVowel(scalar) {
                        updated.lastVowel = scalar
                        updated.free = false
                        updated.frontAllowed = false
                    }
                    next.append((surface + [scalar], updated))
                }
            }
            forms = next
        }
        return forms.filter { !$0.0.isEmpty }
    }

    /// The scalars a piece may be after `state`; nil means the piece is absent.
    private static func choices(_ piece: Piece, _ state: Context) -> [Unicode.Scalar?] {
        let vowel = state.lastVowel ?? "e"
        switch piece {
        case .letter(let scalar):
            if scalar == "C" { return voiceless(state) ? ["ç"] : state.free ? ["c", "ç"] : ["c"] }
            return [scalar]
        case .a:
            if state.free || state.frontAllowed { return ["a", "e"] }
            return [Context.isFront(vowel) ? "e" : "a"]
        case .i:
            if state.free { return ["ı", "i", "u", "ü"] }
            let rounded = Context.isRounded(vowel)
            let natural: Unicode.Scalar = Context.isFront(vowel) ? (rounded ? "ü" : "i") : (rounded ? "u" : "ı")
            return state.frontAllowed ? [natural, rounded ? "ü" : "i"] : [natural]
        case .d:
            if state.free { return ["d", "t"] }
            return [voiceless(state) ? "t" : "d"]
        case .buffer(let scalar):
            if state.free { return [scalar, nil] }
            return state.endsInVowel ? [scalar] : [nil]
        case .linkingVowel:
            if state.free { return [nil] + choices(.i, state) }
            return state.endsInVowel ? [nil] : choices(.i, state)
        }
    }

    private static func voiceless(_ state: Context) -> Bool {
        state.last.map { "çfhkpsşt".unicodeScalars.contains($0) } ?? false
    }
}
