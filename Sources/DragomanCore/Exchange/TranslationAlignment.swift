/// Pairs an existing translated post with its source, sentence by sentence, into an exchange document that
/// goes through the ordinary import (so existing translations obey the same rules as any returned file).
///
/// Segment i of the translation must sit at the same block path as source segment i and hold the same kinds
/// of codes; the k-th code of a kind in the translation is the k-th of that kind in the source.
public enum TranslationAlignment {
    /// Why a translation cannot be aligned: the mismatches, each naming its position.
    public struct Mismatch: Error, Hashable, Sendable {
        public var problems: [Diagnostic]
    }

    /// The aligned document, or the mismatches (each naming both positions).
    public static func align(
        source: SourceDocument, translation: SourceDocument, locale: String, sourceLocale: String,
        state: TranslationState = .translated
    ) -> Result<ExchangeDocument, Mismatch> {
        var problems: [Diagnostic] = []
        let location = SourceLocation(path: translation.path)
        if source.segments.count != translation.segments.count {
            problems.append(
                Diagnostic(
                    .error, at: location,
                    "the translation has \(translation.segments.count) segments, the source \(source.segments.count)",
                    notes: firstDivergence(source, translation).map { [$0] } ?? []))
            return .failure(Mismatch(problems: problems))
        }
        var units: [ExchangeUnit] = []
        for (sourceSegment, targetSegment) in zip(source.segments, translation.segments) {
            let at = SourceLocation(
                path: translation.path, line: targetSegment.range.startLine, column: targetSegment.range.startColumn)
            guard sourceSegment.path == targetSegment.path else {
                problems.append(
                    Diagnostic(
                        .error, at: at, "segment at \(targetSegment.path) does not match source \(sourceSegment.path)",
                        notes: ["source: \(sourceSegment.plainText)", "translation: \(targetSegment.plainText)"]))
                continue
            }
            let target = mapCodes(targetSegment.content, onto: sourceSegment.content)
            if case .failure(let rejection) = TargetValidator.resolve(target, source: sourceSegment.content) {
                problems.append(
                    Diagnostic(
                        .error, at: at, "codes do not match the source: \(rejection.message)",
                        notes: ["source: \(sourceSegment.tagged)", "translation: \(targetSegment.tagged)"]))
                continue
            }
            var unit = sourceSegment.exchangeUnit
            unit.target = target
            unit.state = state
            units.append(unit)
        }
        guard problems.isEmpty else { return .failure(Mismatch(problems: problems)) }
        return .success(
            ExchangeDocument(
                sourceLanguage: sourceLocale, targetLanguage: locale,
                files: [ExchangeFile(original: source.path, units: units)]))
    }

    /// Target tokens with each code renumbered to the source code of the same kind and rank.
    static func mapCodes(_ target: [InlineElement], onto source: [InlineElement]) -> [ExchangeToken] {
        var sourceIDs: [InlineCode.Kind: [Int]] = [:]
        for element in source {
            if case .open(let code) = element { sourceIDs[code.kind, default: []].append(code.id) }
            if case .standalone(let code) = element { sourceIDs[code.kind, default: []].append(code.id) }
        }
        var mapping: [Int: Int] = [:]
        var used: [InlineCode.Kind: Int] = [:]
        for element in target {
            switch element {
            case .open(let code), .standalone(let code):
                let rank = used[code.kind, default: 0]
                used[code.kind] = rank + 1
                let ids = sourceIDs[code.kind] ?? []
                mapping[code.id] = rank < ids.count ? ids[rank] : 1000 + code.id
            default: break
            }
        }
        return target.map { element in
            switch element {
            case .text(let text): .text(text)
            case .open(let code): .open(String(mapping[code.id] ?? code.id))
            case .close(let code): .close(String(mapping[code.id] ?? code.id))
            case .standalone(let code): .standalone(String(mapping[code.id] ?? code.id))
            }
        }
    }

    private static func firstDivergence(_ source: SourceDocument, _ translation: SourceDocument) -> String? {
        for (index, pair) in zip(source.segments, translation.segments).enumerated() where pair.0.path != pair.1.path {
            return "first difference at segment \(index + 1): source \(pair.0.path) (line \(pair.0.range.startLine)) "
                + "vs translation \(pair.1.path) (line \(pair.1.range.startLine)): \(pair.1.plainText)"
        }
        return nil
    }
}
