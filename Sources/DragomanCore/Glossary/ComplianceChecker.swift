/// Checks bilingual units against a termbase and returns findings as values.
///
/// Build one per termbase and reuse it: the source automaton and each locale's forbidden-term index are built
/// once. Not thread-safe (it owns ICU break iterators).
public final class ComplianceChecker {
    public let termbase: Termbase
    public var severities: GlossarySeverities
    private let source: SourceTermFinder
    private var targets: [String: TargetTermFinder] = [:]

    /// Compiles `termbase`; throws when ICU cannot open the source locale's word rules.
    public init(termbase: Termbase, severities: GlossarySeverities = .default) throws(DragomanError) {
        self.termbase = termbase
        self.severities = severities
        do {
            source = try SourceTermFinder(termbase: termbase)
        } catch {
            throw DragomanError(path: termbase.path, "cannot prepare source matching: \(error)")
        }
    }

    /// The terms and findings of one unit.
    public func check(_ unit: BilingualUnit) throws(DragomanError) -> UnitResult {
        let target = try targetFinder(unit.targetLocale)
        let sourceTokens = source.tokenizer.tokens(unit.source)
        let targetTokens = target.tokenizer.tokens(unit.target)
        var sourceTerms: [TermHit] = []
        var targetTerms: [TermHit] = []
        var findings: [GlossaryFinding] = []
        let hits = source.hits(in: sourceTokens)
        var handled: Set<Int> = []
        for hit in hits {
            let concept = termbase.concepts[hit.concept]
            sourceTerms.append(TermHit(concept: concept.id, span: span(hit.words, sourceTokens), status: concept.doNotTranslate ? .dnt : .approved))
            guard handled.insert(hit.concept).inserted else { continue }
            let sourceSpans = hits.filter { $0.concept == hit.concept }.map { span($0.words, sourceTokens) }
            let expected = concept.approved(in: unit.targetLocale, sourceLocale: termbase.sourceLocale)
            if concept.doNotTranslate {
                let verbatim = VerbatimSearch.spans(of: expected + (concept.terms[termbase.sourceLocale] ?? []), in: unit.target, locale: unit.targetLocale)
                targetTerms += verbatim.map { TermHit(concept: concept.id, span: $0, status: .dnt) }
                if verbatim.isEmpty, let severity = severities.dnt {
                    findings.append(finding(unit, concept, .dnt, severity, term: hit.term, expected: expected, sourceSpans, [],
                        "'\(hit.term)' must appear unchanged in the \(LocaleCode.name(of: unit.targetLocale)) target (do not translate)"))
                }
                continue
            }
            let found = target.approvedForms(hit.concept).flatMap { target.occurrences(of: $0, in: targetTokens) }
            targetTerms += found.map { TermHit(concept: concept.id, span: span($0, targetTokens), status: .approved) }
            if found.isEmpty, let severity = severities.missing {
                let quoted = expected.map { "'\($0)'" }.joined(separator: ", ")
                let message = expected.isEmpty
                    ? "'\(hit.term)' (\(concept.id)) has no \(LocaleCode.name(of: unit.targetLocale)) term in the glossary; add one"
                    : "'\(hit.term)' (\(concept.id)) is not rendered by an approved \(LocaleCode.name(of: unit.targetLocale)) term; use \(quoted)"
                findings.append(finding(unit, concept, .missing, severity, term: hit.term, expected: expected, sourceSpans, [], message))
            }
        }
        for (form, words) in target.forbiddenHits(in: targetTokens) {
            let concept = termbase.concepts[form.concept]
            let targetSpan = span(words, targetTokens)
            targetTerms.append(TermHit(concept: concept.id, span: targetSpan, status: .forbidden))
            guard let severity = severities.forbidden else { continue }
            let expected = concept.approved(in: unit.targetLocale, sourceLocale: termbase.sourceLocale)
            let advice = expected.first.map { "; use '\($0)'" } ?? ""
            findings.append(finding(unit, concept, .forbidden, severity, term: form.text, expected: expected, [], [targetSpan],
                "'\(form.text)' is forbidden in \(LocaleCode.name(of: unit.targetLocale)) (\(concept.id))\(advice)"))
        }
        findings.sort { ($0.kind, $0.targetSpans.first ?? TextSpan(start: 0, end: 0), $0.sourceSpans.first ?? TextSpan(start: 0, end: 0), $0.concept) < ($1.kind, $1.targetSpans.first ?? TextSpan(start: 0, end: 0), $1.sourceSpans.first ?? TextSpan(start: 0, end: 0), $1.concept) }
        return UnitResult(unit: unit, sourceTerms: sourceTerms, targetTerms: targetTerms.sorted { ($0.span, $0.concept) < ($1.span, $1.concept) }, findings: findings)
    }

    private func targetFinder(_ locale: String) throws(DragomanError) -> TargetTermFinder {
        if let finder = targets[locale] { return finder }
        do {
            let finder = try TargetTermFinder(locale: locale, termbase: termbase)
            targets[locale] = finder
            return finder
        } catch {
            throw DragomanError(path: termbase.path, "cannot prepare matching for locale '\(locale)': \(error)")
        }
    }

    private func span(_ words: Range<Int>, _ tokens: [TextToken]) -> TextSpan {
        TextSpan(start: tokens[words.lowerBound].range.lowerBound, end: tokens[words.upperBound - 1].range.upperBound)
    }

    private func finding(
        _ unit: BilingualUnit, _ concept: TermConcept, _ kind: GlossaryFinding.Kind, _ severity: Diagnostic.Severity,
        term: String, expected: [String], _ sourceSpans: [TextSpan], _ targetSpans: [TextSpan], _ message: String
    ) -> GlossaryFinding {
        GlossaryFinding(
            post: unit.post, unit: unit.id, locale: unit.targetLocale, concept: concept.id, kind: kind, severity: severity,
            message: message, term: term, expected: expected, sourceSpans: sourceSpans, targetSpans: targetSpans,
            location: unit.location?.description)
    }
}
