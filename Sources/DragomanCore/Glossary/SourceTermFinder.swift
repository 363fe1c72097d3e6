/// Finds the termbase's concepts in source text: one Aho–Corasick pass over folded, base-form words.
///
/// Words are cut on ICU word boundaries, folded (``TermNormalizer``) and, for English, reduced to their base
/// form (``EnglishInflection``), so `Gut–Brain Axis`, `gut-brain axis` and `MSCs'` find their terms; a
/// single-word term split by a hyphen or space (`neuro-inflammation`) is found too.
/// A term hyphenated to a prefix that is not a word by itself (`pre-clinical study`) is not found: see
/// ``EnglishPrefix``. The leftmost match wins, and the longest of those starting at the same word; overlapped
/// matches are dropped.
final class SourceTermFinder {
    /// A concept found in the source.
    struct Hit: Hashable {
        var concept: Int
        var term: String
        var words: Range<Int>
    }

    let tokenizer: TermTokenizer
    private let matcher: TermMatcher
    private let patternConcepts: [Int]
    private let patternTerms: [String]
    /// The term's words as written, for case-sensitive concepts only.
    private let patternSurfaces: [[String]?]
    private let reducesToBase: Bool
    /// Single-word terms (not case-sensitive) by their base form, to find them split in two (`immuno-modulatory`).
    private let closedTerms: [String: Int]
    /// Folded word → symbol (`nil` when no term uses the word), so a repeated word costs one lookup.
    private var symbols: [String: Int32?] = [:]

    init(termbase: Termbase) throws(ICU.Failure) {
        tokenizer = try TermTokenizer(locale: termbase.sourceLocale)
        let reduces = LocaleCode.language(of: termbase.sourceLocale) == "en"
        reducesToBase = reduces
        var patterns: [[String]] = []
        var concepts: [Int] = []
        var terms: [String] = []
        var surfaces: [[String]?] = []
        var closed: [String: Int] = [:]
        for (index, concept) in termbase.concepts.enumerated() {
            for term in concept.terms[termbase.sourceLocale] ?? [] {
                for variant in TermSpelling.variants(term) {
                    let tokens = tokenizer.tokens(variant)
                    guard !tokens.isEmpty else { continue }
                    let words = tokens.map { reduces ? EnglishInflection.base($0.folded) : $0.folded }
                    if words.count == 1, !concept.caseSensitive, closed[words[0]] == nil {
                        closed[words[0]] = patterns.count
                    }
                    patterns.append(words)
                    concepts.append(index)
                    terms.append(term)
                    surfaces.append(concept.caseSensitive ? tokens.map(\.surface) : nil)
                }
            }
        }
        matcher = TermMatcher(patterns: patterns)
        patternConcepts = concepts
        patternTerms = terms
        patternSurfaces = surfaces
        closedTerms = closed
    }

    /// The concepts in `tokens`, leftmost-longest, in text order.
    func hits(in tokens: [TextToken]) -> [Hit] {
        let symbols = tokens.map(symbol)
        let raw =
            matcher.hits(symbols: symbols, joined: tokens.map(\.joinedToPrevious)).filter {
                caseMatches($0, tokens)
            } + splitHits(tokens)
        return TermMatcher.leftmostLongest(raw.filter { !followsBoundPrefix($0, tokens) }).map {
            Hit(concept: patternConcepts[$0.pattern], term: patternTerms[$0.pattern], words: $0.words)
        }
    }

    /// Single-word terms written as two words joined by a hyphen or space (`neuro-inflammation`,
    /// `anti inflammatory` for a term written closed).
    private func splitHits(_ tokens: [TextToken]) -> [TermMatcher.Hit] {
        guard !closedTerms.isEmpty, tokens.count > 1 else { return [] }
        var hits: [TermMatcher.Hit] = []
        for index in 1..<tokens.count where tokens[index].joinedToPrevious {
            let closed = tokens[index - 1].folded + tokens[index].folded
            if let pattern = closedTerms[reducesToBase ? EnglishInflection.base(closed) : closed] {
                hits.append(TermMatcher.Hit(pattern: pattern, words: (index - 1)..<(index + 1)))
            }
        }
        return hits
    }

    /// An English term hyphenated to a prefix such as `pre-` or `non-` is the tail of another word.
    private func followsBoundPrefix(_ hit: TermMatcher.Hit, _ tokens: [TextToken]) -> Bool {
        let first = hit.words.lowerBound
        return reducesToBase && first > 0 && tokens[first].hyphenatedToPrevious
            && EnglishPrefix.isBound(tokens[first - 1].folded)
    }

    private func symbol(_ token: TextToken) -> Int32? {
        if let known = symbols[token.folded] { return known }
        let symbol = matcher.symbol(reducesToBase ? EnglishInflection.base(token.folded) : token.folded)
        if symbols.count > 200_000 { symbols.removeAll(keepingCapacity: true) }
        symbols[token.folded] = symbol
        return symbol
    }

    /// A case-sensitive term must be written as in the glossary; an inflectional ending may follow (`MSCs`).
    private func caseMatches(_ hit: TermMatcher.Hit, _ tokens: [TextToken]) -> Bool {
        guard let surfaces = patternSurfaces[hit.pattern] else { return true }
        return zip(hit.words, surfaces).allSatisfy { index, surface in
            let written = (try? ICU.normalize(tokens[index].surface, .nfc)) ?? tokens[index].surface
            return written.hasPrefix(surface)
        }
    }
}
