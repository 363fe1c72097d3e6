import Yams

/// A post's YAML front matter: the text between the opening `---` line and the closing `---` (or `...`).
public struct FrontMatter: @unchecked Sendable {
    /// The YAML text, without the fences.
    public var yaml: String
    /// The parsed mapping (empty when the front matter is empty). Yams nodes are immutable values in practice,
    /// hence the unchecked `Sendable`.
    public var mapping: Node.Mapping
    /// Byte offset of `yaml` in the post.
    public var offset: Int
    /// Line number (1-based) of the first YAML line in the post.
    public var firstLine: Int

    /// Front-matter keys whose values are translated by default.
    public static let translatableKeys = ["title", "description", "summary", "category", "categories", "tags"]

    /// Locates front matter at the start of `bytes`: returns the YAML byte range and where the body starts.
    static func locate(in bytes: UnsafeBufferPointer<UInt8>) -> (yaml: Range<Int>, body: Int)? {
        guard let first = lineEnd(bytes, from: 0), isFence(bytes, 0..<first.content, "---") else { return nil }
        var start = first.next
        let yamlStart = start
        while start < bytes.count, let line = lineEnd(bytes, from: start) {
            if isFence(bytes, start..<line.content, "---") || isFence(bytes, start..<line.content, "...") {
                return (yamlStart..<start, line.next)
            }
            start = line.next
        }
        return nil
    }

    private static func lineEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (content: Int, next: Int)? {
        guard start < bytes.count else { return nil }
        var index = start
        while index < bytes.count, bytes[index] != 0x0A { index += 1 }
        let content = index > start && bytes[index - 1] == 0x0D ? index - 1 : index
        return (content, min(index + 1, bytes.count))
    }

    private static func isFence(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ fence: StaticString) -> Bool
    {
        var end = range.upperBound
        while end > range.lowerBound, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        // Compared in place: no arrays per line.
        return fence.withUTF8Buffer { fence in bytes[range.lowerBound..<end].elementsEqual(fence) }
    }

    /// Parses the YAML; errors name the line and column in the post.
    /// The encoding is given so that Yams does not read the process environment on every post.
    static func parse(_ yaml: String, offset: Int, firstLine: Int, path: String) throws(DragomanError) -> FrontMatter {
        do {
            guard let node = try compose(yaml) else {
                return FrontMatter(yaml: yaml, mapping: [:], offset: offset, firstLine: firstLine)
            }
            guard let mapping = node.mapping else {
                throw DragomanError(
                    SourceLocation(path: path, line: firstLine, column: 1), "front matter is not a mapping of keys",
                    hint: "write `key: value` lines between the `---` fences")
            }
            return FrontMatter(yaml: yaml, mapping: mapping, offset: offset, firstLine: firstLine)
        } catch let error as YamlError {
            throw diagnose(error, path: path, lineOffset: firstLine - 1)
        } catch let error as DragomanError {
            throw error
        } catch {
            throw DragomanError(path: path, "cannot read front matter: \(error)")
        }
    }

    /// Turns a Yams error into a located ``DragomanError``.
    static func diagnose(_ error: YamlError, path: String, lineOffset: Int) -> DragomanError {
        let hint = "fix the YAML syntax (quote values that contain ': ' or start with a special character)"
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let detail = context.map { "\(problem) \($0.text)" } ?? problem
            return DragomanError(
                SourceLocation(path: path, line: mark.line + lineOffset, column: mark.column),
                "invalid YAML: \(detail)", hint: hint)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return DragomanError(
                SourceLocation(path: path, line: context.mark.line + lineOffset, column: context.mark.column),
                "duplicate key \(duplicates.joined(separator: ", "))", hint: "keep one of them")
        default:
            return DragomanError(SourceLocation(path: path, line: 1 + lineOffset), "invalid YAML: \(error)", hint: hint)
        }
    }

    /// A plain string value of the front matter (`date`, `slug`, `author`).
    public func string(_ key: String) -> String? {
        value(key)?.scalar?.string
    }

    /// `mapping[Self.keyNode(key)]` (the last pair whose key equals the key node), with the key's text
    /// compared first so that the node is built and compared only for a candidate.
    private func value(_ key: String) -> Node? {
        var node: Node?
        for pair in mapping.reversed() {
            guard case .scalar(let scalar) = pair.key, scalar.string == key else { continue }
            if node == nil { node = Self.keyNode(key) }
            if pair.key == node { return pair.value }
        }
        return nil
    }

    /// A list of strings, or a single string as a one-item list.
    public func strings(_ key: String) -> [String] {
        guard let node = value(key) else { return [] }
        if let sequence = node.sequence { return sequence.compactMap { $0.scalar?.string } }
        return node.scalar.map { [$0.string] } ?? []
    }
}
