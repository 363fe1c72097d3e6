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

    /// A target without placeholders as content (not normalized), nil if it has any.
    static func resolveText(_ target: [ExchangeToken]) -> [InlineElement]? {
        var texts: [InlineElement] = []
        texts.reserveCapacity(target.count)
        for case .text(let text) in target { texts.append(.text(text)) }
        return texts.count == target.count ? texts : nil
    }

    /// The target as segment content, or the first rule it breaks (the message names the placeholder).
    public static func resolve(_ target: [ExchangeToken], source: [InlineElement]) -> Result<[InlineElement], Rejection>
    {
        // Most sentences have no codes on either side: no tables to build.
        if !source.contains(where: { if case .text = $0 { false } else { true } }), let texts = resolveText(target) {
            return .success(texts.normalized)
        }
        // Positions in `source` by placeholder number (a source numbers its codes 1, 2, 3, …): no string
        // hashing per token, and the tables hold no copies of the codes. The three tables (opening halves,
        // closing halves, standalone codes) share one buffer, from the offsets `opens`, `closes`, `standalones`;
        // it and the seen-flags are on the stack for the usual few codes.
        let size = max(0, source.lazy.compactMap(\.code).map(\.id).max() ?? 0) + 1
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * size) { positions in
            withUnsafeTemporaryAllocation(of: Bool.self, capacity: 3 * size) { seen in
                positions.initialize(repeating: -1)
                seen.initialize(repeating: false)
                return resolve(target, source: source, size: size, positions: positions, seen: seen)
            }
        }
    }

    private static func resolve(
        _ target: [ExchangeToken], source: [InlineElement], size: Int, positions: UnsafeMutableBufferPointer<Int>,
        seen: UnsafeMutableBufferPointer<Bool>
    ) -> Result<[InlineElement], Rejection> {
        let (opens, closes, standalones) = (0, size, 2 * size)
        for (position, element) in source.enumerated() {
            switch element {
            case .text: break
            case .open(let code) where code.id >= 0: positions[opens + code.id] = position
            case .close(let code) where code.id >= 0: positions[closes + code.id] = position
            case .standalone(let code) where code.id >= 0: positions[standalones + code.id] = position
            default: break
            }
        }
        /// The table index of a target's placeholder id, when it is a number written as the source writes it
        /// (`7`, not `07` or `+7`) within the tables.
        func number(_ id: String) -> Int? {
            var value = 0
            var digits = 0
            for byte in id.utf8 {
                guard (0x30...0x39).contains(byte), digits == 0 || value != 0 else { return nil }
                value = value * 10 + Int(byte - 0x30)
                digits += 1
                if value >= size { return nil }
            }
            return digits > 0 ? value : nil
        }
        func sourceCode(_ table: Int, _ id: String) -> InlineCode? {
            guard let number = number(id), positions[table + number] >= 0 else { return nil }
            return source[positions[table + number]].code
        }
        var result: [InlineElement] = []
        result.reserveCapacity(target.count)
        var stack: [String] = []
        func fail(_ message: String) -> Result<[InlineElement], Rejection> { .failure(Rejection(message: message)) }
        for token in target {
            switch token {
            case .text(let text):
                result.append(.text(text))
            case .open(let id):
                guard let code = sourceCode(opens, id) else {
                    return fail(
                        sourceCode(standalones, id) != nil
                            ? "placeholder <\(id)/> stands alone in the source but is paired in the target"
                            : "placeholder <\(id)> is not in the source")
                }
                guard !seen[opens + code.id] else { return fail("placeholder <\(id)> appears twice") }
                seen[opens + code.id] = true
                stack.append(id)
                result.append(.open(code))
            case .close(let id):
                guard let code = sourceCode(closes, id) else {
                    return fail(
                        sourceCode(standalones, id) != nil
                            ? "placeholder <\(id)/> stands alone in the source but is paired in the target"
                            : "placeholder </\(id)> is not in the source")
                }
                guard !seen[closes + code.id] else { return fail("placeholder </\(id)> appears twice") }
                seen[closes + code.id] = true
                guard seen[opens + code.id] else { return fail("placeholder </\(id)> closes before <\(id)> opens") }
                guard stack.last == id else {
                    return fail(
                        "placeholder </\(id)> closes while <\(stack.last ?? id)> is still open (codes must nest)")
                }
                stack.removeLast()
                result.append(.close(code))
            case .standalone(let id):
                guard let code = sourceCode(standalones, id) else {
                    return fail(
                        sourceCode(opens, id) != nil
                            ? "placeholder <\(id)> is paired in the source but stands alone in the target"
                            : "placeholder <\(id)/> is not in the source")
                }
                guard !seen[standalones + code.id] else { return fail("placeholder <\(id)/> appears twice") }
                seen[standalones + code.id] = true
                result.append(.standalone(code))
            }
        }
        if let open = stack.last { return fail("placeholder <\(open)> is never closed") }
        // In number order, as the ids sort.
        for index in 0..<size where positions[opens + index] >= 0 && !seen[opens + index] {
            return fail("placeholder <\(index)>…</\(index)> is missing")
        }
        for index in 0..<size where positions[standalones + index] >= 0 && !seen[standalones + index] {
            return fail("placeholder <\(index)/> is missing")
        }
        return .success(result.normalized)
    }
}
