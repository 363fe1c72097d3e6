import Yams

/// A parsed top-level YAML mapping of a settings file, keeping each key's line for error messages.
struct YAMLMapping {
    var path: String
    var entries: [(key: String, node: Node)]
    var lines: [String: Int]

    /// Parses `yaml`; an empty file is an empty mapping, anything but a mapping is an error.
    static func parse(_ yaml: String, path: String) throws(DragomanError) -> YAMLMapping {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw FrontMatter.diagnose(error, path: path, lineOffset: 0)
        } catch {
            throw DragomanError(path: path, "cannot read YAML: \(error)")
        }
        guard let root else { return YAMLMapping(path: path, entries: [], lines: [:]) }
        guard let mapping = root.mapping else {
            throw DragomanError(
                SourceLocation(path: path, line: 1), "expected `key: value` lines", hint: "write a YAML mapping")
        }
        var entries: [(key: String, node: Node)] = []
        var lines: [String: Int] = [:]
        for (key, value) in mapping {
            guard let name = key.scalar?.string else { continue }
            entries.append((name, value))
            lines[name] = key.mark.map { $0.line }
        }
        return YAMLMapping(path: path, entries: entries, lines: lines)
    }

    func node(_ key: String) -> Node? { entries.first { $0.key == key }?.node }
    func has(_ key: String) -> Bool { node(key) != nil }
    func string(_ key: String) -> String? { node(key)?.scalar?.string }
    func strings(_ key: String) -> [String] { node(key)?.sequence?.compactMap { $0.scalar?.string } ?? [] }

    /// The location of `key` in the file.
    func location(_ key: String) -> SourceLocation { SourceLocation(path: path, line: lines[key]) }

    func error(_ key: String, _ reason: String, hint: String? = nil) -> DragomanError {
        DragomanError(location(key), reason, hint: hint)
    }

    /// A value that must be one of an enumeration's raw values.
    func choice<T: RawRepresentable & CaseIterable>(_ key: String, default value: T) throws(DragomanError) -> T
    where T.RawValue == String {
        guard let text = string(key) else { return value }
        guard let chosen = T(rawValue: text) else {
            throw error(
                key, "'\(text)' is not a valid \(key)",
                hint: "use one of: \(T.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return chosen
    }
}
