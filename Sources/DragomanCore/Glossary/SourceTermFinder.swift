/// Finds the termbase's concepts in source text: one Aho–Corasick pass over folded, base-form words.
///
/// Words are cut on ICU word boundaries, folded (``TermNormalizer``) and, for English, reduced to their base
/// form (``EnglishInflection``), so `Gut–Brain Axis`, `gut-brain axis` and `MSCs'` find their terms; a term
/// word split by a hyphen or space (`neuro-inflammation`, `extra-cellular vesicles`) is found too.
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
        for (index, concept) in termbase.concepts.enumerated() {
            for term in concept.terms[termbase.sourceLocale] ?? [] {
                for variant in TermSpelling.variants(term) {
                    let tokens = tokenizer.tokens(variant)
                    guard !tokens.isEmpty else { continue }
                    let words = tokens.map { reduces ? EnglishInflection.base($0.folded) : $0.folded }
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
    }

    /// A word as the automaton sees it: one token, or two joined tokens that spell one term word.
    private struct Unit {
        var tokens: Range<Int>
        var symbol: Int32?
        var joined: Bool
    }

    /// The concepts in `tokens`, leftmost-longest, in text order.
    func hits(in tokens: [TextToken]) -> [Hit] {
        let units = self.units(tokens)
        let raw = matcher.hits(symbols: units.map(\.symbol), joined: units.map(\.joined))
            .filter { caseMatches($0, units, tokens) }
            .map { TermMatcher.Hit(pattern: $0.pattern, words: tokenRange($0.words, units)) }
            .filter { !followsBoundPrefix($0, tokens) }
        return TermMatcher.leftmostLongest(raw).map {
            Hit(concept: patternConcepts[$0.pattern], term: patternTerms[$0.pattern], words: $0.words)
        }
    }

    /// The tokens as words, with a term word written in two (`neuro-inflammation`, `extra-cellular`,
    /// `anti inflammatory` for a term written closed) taken as one when its halves are not both term words.
    private func units(_ tokens: [TextToken]) -> [Unit] {
        var units: [Unit] = []
        units.reserveCapacity(tokens.count)
        var index = 0
        while index < tokens.count {
            let symbol = self.symbol(tokens[index].folded)
            let joined = tokens[index].joinedToPrevious
            if index + 1 < tokens.count, tokens[index + 1].joinedToPrevious,
                symbol == nil || self.symbol(tokens[index + 1].folded) == nil,
                let closed = closedSymbol(tokens[index].folded + tokens[index + 1].folded)
            {
                units.append(Unit(tokens: index..<(index + 2), symbol: closed, joined: joined))
                index += 2
            } else {
                units.append(Unit(tokens: index..<(index + 1), symbol: symbol, joined: joined))
                index += 1
            }
        }
        return units
    }

    /// The tokens behind a range of units.
    private func tokenRange(_ words: Range<Int>, _ units: [Unit]) -> Range<Int> {
        units[words.lowerBound].tokens.lowerBound..<units[words.upperBound - 1].tokens.upperBound
    }

    /// An English term hyphenated to a prefix such as `pre-` or `non-` is the tail of another word.
    private func followsBoundPrefix(_ hit: TermMatcher.Hit, _ tokens: [TextToken]) -> Bool {
        let first = hit.words.lowerBound
        return reducesToBase && first > 0 && tokens[first].hyphenatedToPrevious
            && EnglishPrefix.isBound(tokens[first - 1].folded)
    }

    /// The symbol of two words written closed up; not memoized, as most pairs are seen once.
    private func closedSymbol(_ folded: String) -> Int32? {
        matcher.symbol(reducesToBase ? EnglishInflection.base(folded) : folded)
    }

    private func symbol(_ folded: String) -> Int32? {
        if let known = symbols[folded] { return known }
        let symbol = matcher.symbol(reducesToBase ? EnglishInflection.base(folded) : folded)
        if symbols.count > 200_000 { symbols.removeAll(keepingCapacity: true) }
        symbols[folded] = symbol
        return symbol
    }

    /// A case-sensitive term must be written as in the glossary; an inflectional ending may follow (`MSCs`).
    /// `hit` counts units, one per term word.
    private func caseMatches(_ hit: TermMatcher.Hit, _ units: [Unit], _ tokens: [TextToken]) -> Bool {
        guard let surfaces = patternSurfaces[hit.pattern] else { return true }
        return zip(units[hit.words], surfaces).allSatisfy { unit, surface in
            let word = tokens[unit.tokens].map(\.surface).joined()
            let written = (try? ICU.normalize(word, .nfc)) ?? word
            return written.hasPrefix(surface)
        }
    }
}
