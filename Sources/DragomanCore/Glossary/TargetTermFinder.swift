/// Finds glossary terms in target texts of one locale, inflected as the locale inflects them.
///
/// Approved terms are looked for only for the concepts the source contains, so their cost does not depend on
/// the termbase's size; forbidden terms are found through a hash index of the stems of their longest word,
/// probed with each text word's possible stems.
final class TargetTermFinder {
    /// A term as the finder compares it: its folded words.
    struct Form: Hashable {
        var concept: Int
        var text: String
        var words: [[Unicode.Scalar]]
    }

    let locale: String
    let tokenizer: TermTokenizer
    private let inflection: any WordInflection
    private let termbase: Termbase
    private var approvedCache: [Int: [Form]] = [:]
    private var forbiddenForms: [Form] = []
    /// For each forbidden form, the word its index keys come from.
    private var forbiddenAnchors: [Int] = []
    private var forbiddenIndex: [UInt64: [Int]] = [:]
    /// A Bloom-style bit filter over the index's keys: most probes miss, and a bit test is cheaper than a lookup.
    private var forbiddenBits: [UInt64] = []

    init(locale: String, termbase: Termbase) throws(ICU.Failure) {
        self.locale = locale
        self.termbase = termbase
        tokenizer = try TermTokenizer(locale: locale)
        inflection = ExactWordInflection.forLocale(locale)
        for (index, concept) in termbase.concepts.enumerated() {
            for term in concept.forbidden[locale] ?? [] {
                for form in forms(of: term, concept: index) {
                    // Index the longest word: it is the most selective (many terms share a short first word).
                    guard let anchor = form.words.indices.max(by: { form.words[$0].count < form.words[$1].count })
                    else { continue }
                    let position = forbiddenForms.count
                    forbiddenForms.append(form)
                    forbiddenAnchors.append(anchor)
                    for key in Set(inflection.keys(for: form.words[anchor]).map { ScalarHash.of($0) }) {
                        forbiddenIndex[key, default: []].append(position)
                    }
                }
            }
        }
        var words = 1024
        while words < forbiddenIndex.count { words *= 2 }
        forbiddenBits = [UInt64](repeating: 0, count: words)
        for key in forbiddenIndex.keys { setBit(key) }
    }

    private func bit(_ hash: UInt64) -> (word: Int, mask: UInt64) {
        let slot = Int(truncatingIfNeeded: (hash >> 7) % UInt64(forbiddenBits.count * 64))
        return (slot >> 6, 1 << UInt64(slot & 63))
    }

    private func setBit(_ hash: UInt64) {
        let (word, mask) = bit(hash)
        forbiddenBits[word] |= mask
    }

    private func mayContain(_ hash: UInt64) -> Bool {
        let (word, mask) = bit(hash)
        return forbiddenBits[word] & mask != 0
    }

    /// The approved and admitted terms of concept `index` in this locale.
    func approvedForms(_ index: Int) -> [Form] {
        if let cached = approvedCache[index] { return cached }
        let concept = termbase.concepts[index]
        let result = concept.approved(in: locale, sourceLocale: termbase.sourceLocale).flatMap {
            forms(of: $0, concept: index)
        }
        approvedCache[index] = result
        return result
    }

    /// Where `form` occurs in `tokens`, as word ranges.
    func occurrences(of form: Form, in tokens: [TextToken]) -> [Range<Int>] {
        tokens.indices.compactMap { matches(form, tokens, at: $0) }
    }

    /// Every forbidden term in `tokens`, in text order.
    func forbiddenHits(in tokens: [TextToken]) -> [(form: Form, words: Range<Int>)] {
        var hits: [(form: Form, words: Range<Int>)] = []
        var seen: Set<[Int]> = []
        guard !forbiddenForms.isEmpty else { return [] }
        for index in tokens.indices {
            for probe in inflection.probes(tokens[index].scalars) where mayContain(probe) {
                for candidate in forbiddenIndex[probe] ?? [] {
                    let form = forbiddenForms[candidate]
                    let start = index - forbiddenAnchors[candidate]
                    guard start >= 0, let words = matches(form, tokens, at: start),
                        seen.insert([candidate, words.lowerBound]).inserted
                    else { continue }
                    hits.append((form, words))
                }
            }
        }
        return hits.sorted {
            ($0.words.lowerBound, $0.form.concept, $0.form.text) < ($1.words.lowerBound, $1.form.concept, $1.form.text)
        }
    }

    private func matches(_ form: Form, _ tokens: [TextToken], at start: Int) -> Range<Int>? {
        let count = form.words.count
        guard count > 0, start + count <= tokens.count else { return nil }
        for offset in 0..<count {
            let token = tokens[start + offset]
            if offset > 0, !token.joinedToPrevious { return nil }
            let position = WordPosition(isLast: offset == count - 1, termLength: count, isFirst: offset == 0)
            if !inflection.matches(token.scalars, form.words[offset], position) { return nil }
        }
        return start..<(start + count)
    }

    /// A term's word sequence, and for a hyphenated term also its closed spelling (`anti-inflamatuvar`,
    /// `antiinflamatuvar`).
    private func forms(of term: String, concept: Int) -> [Form] {
        var result: [Form] = []
        for variant in TermSpelling.variants(term) {
            let words = tokenizer.tokens(variant).map(\.scalars)
            if !words.isEmpty, !result.contains(where: { $0.words == words }) {
                result.append(Form(concept: concept, text: term, words: words))
            }
        }
        return result
    }
}

/// Spelling variants of a glossary term that editors should not have to list.
enum TermSpelling {
    /// The term, and if it has hyphens or dashes, the term with them closed up.
    static func variants(_ term: String) -> [String] {
        let dashes: Set<Unicode.Scalar> = ["-", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}"]
        guard term.unicodeScalars.contains(where: dashes.contains) else { return [term] }
        return [term, String(String.UnicodeScalarView(term.unicodeScalars.filter { !dashes.contains($0) }))]
    }
}
