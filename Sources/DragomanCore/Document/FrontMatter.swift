import Yams

/// A post's YAML front matter: the text between the opening `---` line and the closing `---` (or `...`).
public struct FrontMatter: Sendable {
    /// The YAML text, without the fences (read-only: ``entries`` and ``mapping`` are read from it).
    public private(set) var yaml: String
    /// The top-level keys in order, with their values where they are a scalar or a list of scalars.
    var entries: [Entry]
    /// Byte offset of `yaml` in the post.
    public var offset: Int
    /// Line number (1-based) of the first YAML line in the post.
    public var firstLine: Int

    /// One top-level key of the mapping.
    struct Entry: Equatable, Sendable {
        var key: String
        /// The key's tag when it is not a plain scalar (a quoted key is a `str`), for lookups that compare
        /// keys as Yams does.
        var keyTag: Tag.Name?
        var value: Value
    }

    enum Value: Equatable, Sendable {
        case scalar(Scalar)
        /// A list; items that are not scalars are nil (they still count for positions).
        case sequence([Scalar?])
        /// A mapping, or anything else that holds no string.
        case other
    }

    /// A scalar value and where it starts in the YAML (1-based line and column).
    struct Scalar: Equatable, Sendable {
        var string: String
        var line: Int
        var column: Int
    }

    /// The mapping as Yams composes it (empty when the front matter is empty), composed anew on each use:
    /// reading a post needs only ``entries``.
    public var mapping: Node.Mapping {
        ((try? Self.compose(yaml))??.mapping) ?? [:]
    }

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
    static func parse(_ yaml: String, offset: Int, firstLine: Int, path: String) throws(DragomanError) -> FrontMatter {
        var text = yaml
        if let entries = text.withUTF8({ flatEntries($0) }) {
            return FrontMatter(yaml: yaml, entries: entries, offset: offset, firstLine: firstLine)
        }
        do {
            guard let node = try compose(yaml) else {
                return FrontMatter(yaml: yaml, entries: [], offset: offset, firstLine: firstLine)
            }
            guard let mapping = node.mapping else {
                throw DragomanError(
                    SourceLocation(path: path, line: firstLine, column: 1), "front matter is not a mapping of keys",
                    hint: "write `key: value` lines between the `---` fences")
            }
            return FrontMatter(yaml: yaml, entries: entries(of: mapping), offset: offset, firstLine: firstLine)
        } catch let error as YamlError {
            throw diagnose(error, path: path, lineOffset: firstLine - 1)
        } catch let error as DragomanError {
            throw error
        } catch {
            throw DragomanError(path: path, "cannot read front matter: \(error)")
        }
    }

    /// The entries of a mapping Yams composed (keys that are not scalars have no entry).
    static func entries(of mapping: Node.Mapping) -> [Entry] {
        func scalar(_ node: Node) -> Scalar? {
            guard let scalar = node.scalar else { return nil }
            return Scalar(string: scalar.string, line: scalar.mark?.line ?? 1, column: scalar.mark?.column ?? 1)
        }
        return mapping.compactMap { (key, value) -> Entry? in
            guard case .scalar(let keyScalar) = key else { return nil }
            // A plain key whose tag is the one its text resolves to is recorded as the event reader records it.
            let tag = Tag.Name(rawValue: keyScalar.tag.rawValue)
            let isResolvedPlain =
                keyScalar.style == .plain && (tag == .implicit || tag == resolvedName(of: keyScalar.string))
            let keyTag = isResolvedPlain ? nil : tag
            let entryValue: Value =
                if let item = scalar(value) {
                    .scalar(item)
                } else if let sequence = value.sequence {
                    .sequence(sequence.map(scalar))
                } else {
                    .other
                }
            return Entry(key: keyScalar.string, keyTag: keyTag, value: entryValue)
        }
    }

    /// Turns a Yams error into a located ``DragomanError``.
    static func diagnose(_ error: YamlError, path: String, lineOffset: Int) -> DragomanError {
        let hint = "fix the YAML syntax (quote values that contain ': ' or start with a special character)"
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            // The construct the error is in (a quoted scalar, a flow sequence) may start lines before it.
            let detail =
                context.map { context in
                    "\(problem) \(context.text)"
                        + (context.mark.line == mark.line && context.mark.column == mark.column
                            ? "" : " that starts at \(context.mark.line + lineOffset):\(context.mark.column)")
                } ?? problem
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
        guard case .scalar(let scalar)? = value(key) else { return nil }
        return scalar.string
    }

    /// Where the value of `key` starts in the post (the front matter's first line when it has no scalar value),
    /// for errors about a value.
    public func location(of key: String, path: String) -> SourceLocation {
        guard case .scalar(let scalar)? = value(key) else { return SourceLocation(path: path, line: firstLine) }
        return SourceLocation(path: path, line: scalar.line + firstLine - 1, column: scalar.column)
    }

    /// The value of the last entry whose key equals `key` as Yams compares keys: a plain key has the tag its
    /// text resolves to, so a quoted or tagged key matches only if its tag is that one.
    private func value(_ key: String) -> Value? {
        for entry in entries.reversed() where entry.key == key {
            if let tag = entry.keyTag, tag != Self.resolvedName(of: key) { continue }
            return entry.value
        }
        return nil
    }

    /// A list of strings, or a single string as a one-item list.
    public func strings(_ key: String) -> [String] {
        switch value(key) {
        case .scalar(let scalar)?: [scalar.string]
        case .sequence(let items)?: items.compactMap { $0?.string }
        default: []
        }
    }
}
