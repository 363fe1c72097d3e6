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

    /// What one unit's check has gathered so far.
    private struct Tally {
        var sourceTerms: [TermHit] = []
        var targetTerms: [TermHit] = []
        var findings: [GlossaryFinding] = []
    }

    /// The terms and findings of one unit.
    public func check(_ unit: BilingualUnit) throws(DragomanError) -> UnitResult {
        let target = try targetFinder(unit.targetLocale)
        let sourceTokens = source.tokenizer.tokens(unit.source)
        let targetTokens = target.tokenizer.tokens(unit.target)
        var tally = Tally()
        let hits = source.hits(in: sourceTokens)
        for hit in hits {
            let concept = termbase.concepts[hit.concept]
            let status: TermHit.Status = concept.doNotTranslate ? .dnt : .approved
            tally.sourceTerms.append(TermHit(concept: concept.id, span: span(hit.words, sourceTokens), status: status))
        }
        var seen: Set<Int> = []
        for hit in hits where seen.insert(hit.concept).inserted {
            let spans = hits.filter { $0.concept == hit.concept }.map { span($0.words, sourceTokens) }
            if termbase.concepts[hit.concept].doNotTranslate {
                checkVerbatim(hit, spans, unit, &tally)
            } else {
                checkApproved(hit, spans, unit, target, targetTokens, &tally)
            }
        }
        checkForbidden(unit, target, targetTokens, &tally)
        let zero = TextSpan(start: 0, end: 0)
        let findings = tally.findings.sorted {
            ($0.kind, $0.targetSpans.first ?? zero, $0.sourceSpans.first ?? zero, $0.concept)
                < ($1.kind, $1.targetSpans.first ?? zero, $1.sourceSpans.first ?? zero, $1.concept)
        }
        let targetTerms = tally.targetTerms.sorted { ($0.span, $0.concept) < ($1.span, $1.concept) }
        return UnitResult(unit: unit, sourceTerms: tally.sourceTerms, targetTerms: targetTerms, findings: findings)
    }

    /// A do-not-translate concept: its term must appear in the target exactly as written.
    private func checkVerbatim(
        _ hit: SourceTermFinder.Hit, _ sourceSpans: [TextSpan], _ unit: BilingualUnit, _ tally: inout Tally
    ) {
        let concept = termbase.concepts[hit.concept]
        let expected = concept.approved(in: unit.targetLocale, sourceLocale: termbase.sourceLocale)
        let allowed = expected + (concept.terms[termbase.sourceLocale] ?? [])
        let found = VerbatimSearch.spans(of: allowed, in: unit.target, locale: unit.targetLocale)
        tally.targetTerms += found.map { TermHit(concept: concept.id, span: $0, status: .dnt) }
        guard found.isEmpty, let severity = severities.dnt else { return }
        let language = LocaleCode.name(of: unit.targetLocale)
        let message = "'\(hit.term)' must appear unchanged in the \(language) target (do not translate)"
        tally.findings.append(
            finding(unit, concept, .dnt, severity, hit.term, expected, sourceSpans, [], message))
    }

    /// A translated concept: some approved or admitted term must appear, inflected as the language allows.
    private func checkApproved(
        _ hit: SourceTermFinder.Hit, _ sourceSpans: [TextSpan], _ unit: BilingualUnit, _ target: TargetTermFinder,
        _ tokens: [TextToken], _ tally: inout Tally
    ) {
        let concept = termbase.concepts[hit.concept]
        let found = target.approvedForms(hit.concept).flatMap { target.occurrences(of: $0, in: tokens) }
        tally.targetTerms += found.map { TermHit(concept: concept.id, span: span($0, tokens), status: .approved) }
        guard found.isEmpty, let severity = severities.missing else { return }
        let expected = concept.approved(in: unit.targetLocale, sourceLocale: termbase.sourceLocale)
        let language = LocaleCode.name(of: unit.targetLocale)
        let message =
            expected.isEmpty
            ? "'\(hit.term)' (\(concept.id)) has no \(language) term in the glossary; add one"
            : "'\(hit.term)' (\(concept.id)) is not rendered by an approved \(language) term; use "
                + expected.map { "'\($0)'" }.joined(separator: ", ")
        tally.findings.append(
            finding(unit, concept, .missing, severity, hit.term, expected, sourceSpans, [], message))
    }

    /// Forbidden terms of any concept, wherever they appear in the target.
    private func checkForbidden(
        _ unit: BilingualUnit, _ target: TargetTermFinder, _ tokens: [TextToken], _ tally: inout Tally
    ) {
        for (form, words) in target.forbiddenHits(in: tokens) {
            let concept = termbase.concepts[form.concept]
            let targetSpan = span(words, tokens)
            tally.targetTerms.append(TermHit(concept: concept.id, span: targetSpan, status: .forbidden))
            guard let severity = severities.forbidden else { continue }
            let expected = concept.approved(in: unit.targetLocale, sourceLocale: termbase.sourceLocale)
            let advice = expected.first.map { "; use '\($0)'" } ?? ""
            let language = LocaleCode.name(of: unit.targetLocale)
            let message = "'\(form.text)' is forbidden in \(language) (\(concept.id))\(advice)"
            tally.findings.append(
                finding(unit, concept, .forbidden, severity, form.text, expected, [], [targetSpan], message))
        }
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
        _ term: String, _ expected: [String], _ sourceSpans: [TextSpan], _ targetSpans: [TextSpan], _ message: String
    ) -> GlossaryFinding {
        GlossaryFinding(
            post: unit.post, unit: unit.id, locale: unit.targetLocale, concept: concept.id, kind: kind,
            severity: severity, message: message, term: term, expected: expected, sourceSpans: sourceSpans,
            targetSpans: targetSpans, location: unit.location?.description)
    }
}
