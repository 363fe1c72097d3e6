/// Resolves a translator's target against the SOURCE segment's codes.
///
/// Every placeholder of the source must be present once, none may be invented, a pair must open before it
/// closes and nest properly, and a paired code cannot stand in for a standalone one. The result carries the
/// source's codes (and so its markup): nothing in the file can add markup.
public enum TargetValidator {
    /// A target that cannot be used, and why.
    public struct Rejection: Error, Hashable, Sendable {
        public var message: String
    }

    /// The target as segment content, or the first rule it breaks (the message names the placeholder).
    public static func resolve(_ target: [ExchangeToken], source: [InlineElement]) -> Result<[InlineElement], Rejection>
    {
        // Most sentences have no codes on either side: no tables to build.
        if !source.contains(where: { if case .text = $0 { false } else { true } }) {
            var texts: [InlineElement] = []
            texts.reserveCapacity(target.count)
            for case .text(let text) in target { texts.append(.text(text)) }
            if texts.count == target.count { return .success(texts.normalized) }
        }
        var opens: [String: InlineCode] = [:]
        var closes: [String: InlineCode] = [:]
        var standalones: [String: InlineCode] = [:]
        for element in source {
            switch element {
            case .text: break
            case .open(let code): opens[String(code.id)] = code
            case .close(let code): closes[String(code.id)] = code
            case .standalone(let code): standalones[String(code.id)] = code
            }
        }
        var result: [InlineElement] = []
        var seenOpen: Set<String> = []
        var seenClose: Set<String> = []
        var seenStandalone: Set<String> = []
        var stack: [String] = []
        func fail(_ message: String) -> Result<[InlineElement], Rejection> { .failure(Rejection(message: message)) }
        for token in target {
            switch token {
            case .text(let text):
                result.append(.text(text))
            case .open(let id):
                guard let code = opens[id] else {
                    return fail(
                        standalones[id] != nil
                            ? "placeholder <\(id)/> stands alone in the source but is paired in the target"
                            : "placeholder <\(id)> is not in the source")
                }
                guard seenOpen.insert(id).inserted else { return fail("placeholder <\(id)> appears twice") }
                stack.append(id)
                result.append(.open(code))
            case .close(let id):
                guard let code = closes[id] else {
                    return fail(
                        standalones[id] != nil
                            ? "placeholder <\(id)/> stands alone in the source but is paired in the target"
                            : "placeholder </\(id)> is not in the source")
                }
                guard seenClose.insert(id).inserted else { return fail("placeholder </\(id)> appears twice") }
                guard seenOpen.contains(id) else { return fail("placeholder </\(id)> closes before <\(id)> opens") }
                guard stack.last == id else {
                    return fail(
                        "placeholder </\(id)> closes while <\(stack.last ?? id)> is still open (codes must nest)")
                }
                stack.removeLast()
                result.append(.close(code))
            case .standalone(let id):
                guard let code = standalones[id] else {
                    return fail(
                        opens[id] != nil
                            ? "placeholder <\(id)> is paired in the source but stands alone in the target"
                            : "placeholder <\(id)/> is not in the source")
                }
                guard seenStandalone.insert(id).inserted else { return fail("placeholder <\(id)/> appears twice") }
                result.append(.standalone(code))
            }
        }
        if let open = stack.last { return fail("placeholder <\(open)> is never closed") }
        for id in opens.keys.sorted(by: XLIFF21Writer.numericOrder) where !seenOpen.contains(id) {
            return fail("placeholder <\(id)>…</\(id)> is missing")
        }
        for id in standalones.keys.sorted(by: XLIFF21Writer.numericOrder) where !seenStandalone.contains(id) {
            return fail("placeholder <\(id)/> is missing")
        }
        return .success(result.normalized)
    }
}
