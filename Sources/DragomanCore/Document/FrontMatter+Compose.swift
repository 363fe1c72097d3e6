import Yams

extension FrontMatter {
    /// Composes `yaml` as `Yams.compose(yaml:, .default, .default, .utf8)` does, without its cost per key
    /// (and with one shared default constructor: `Constructor.default` builds a new one per call).
    ///
    /// Yams checks a mapping for duplicate keys by hashing them, and hashing a key resolves its tag against
    /// the default resolver's regular expressions (a large share of reading a post). Composing with the basic
    /// resolver skips them; then every node gets back the tag the default compose would have given it:
    /// without an explicit tag (`!…`), a plain scalar is implicit and a quoted or block scalar is `str`. Keys
    /// equal to the default resolver are equal to the basic one, so a duplicate-key error from the basic
    /// compose is only a candidate: the default compose is run again for its exact verdict and message.
    static func compose(_ yaml: String) throws -> Node? {
        guard !mayHaveExplicitTag(yaml) else { return try Yams.compose(yaml: yaml, .default, constructor, .utf8) }
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml, .basic, constructor, .utf8)
        } catch YamlError.duplicatedKeysInMapping {
            return try Yams.compose(yaml: yaml, .default, constructor, .utf8)
        }
        return node.map { withDefaultTags($0) }
    }

    /// Whether a `!` could start a tag: at the start, or after white space or a YAML indicator. Text like
    /// `Hello!` is no tag; a `!` in doubt only costs the slow path.
    private static func mayHaveExplicitTag(_ yaml: String) -> Bool {
        var previous: UInt8 = 0x0A
        for byte in yaml.utf8 {
            if byte == UInt8(ascii: "!") {
                switch previous {
                case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: ","),
                    UInt8(ascii: ":"), UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: "!"):
                    return true
                default: break
                }
            }
            previous = byte
        }
        return false
    }

    /// One constructor for every restored tag: `Constructor.default` builds a new one, maps and all, per use.
    nonisolated(unsafe) private static let constructor = Constructor.default

    /// `isKey`: the default compose hashes mapping keys for its duplicate check, which resolves (and caches)
    /// their tags, so a plain key gets its resolved tag; other plain scalars stay implicit until asked.
    private static func withDefaultTags(_ node: Node, isKey: Bool = false) -> Node {
        switch node {
        case .scalar(var scalar):
            let name: Tag.Name = scalar.style != .plain ? .str : isKey ? resolvedName(of: scalar.string) : .implicit
            scalar.tag = Tag(name, .default, constructor)
            return .scalar(scalar)
        case .mapping(let mapping):
            return .mapping(
                Node.Mapping(
                    mapping.map { (withDefaultTags($0.key, isKey: true), withDefaultTags($0.value)) },
                    mapping.tag.copy(resolver: .default, constructor: constructor),
                    mapping.style, mapping.mark, mapping.anchor))
        case .sequence(let sequence):
            return .sequence(
                Node.Sequence(
                    sequence.map { withDefaultTags($0) },
                    sequence.tag.copy(resolver: .default, constructor: constructor),
                    sequence.style, sequence.mark, sequence.anchor))
        case .alias:
            return node
        }
    }

    /// The default resolver's tag for a plain scalar. A scalar that starts with an ASCII letter can only be a
    /// bool or null word (numbers, timestamps, `<<`, `=`, `~` and `.inf` start otherwise), so the regular
    /// expressions are needed only for the rest.
    static func resolvedName(of string: String) -> Tag.Name {
        guard let first = string.utf8.first, (0x41...0x5A).contains(first) || (0x61...0x7A).contains(first) else {
            return Resolver.default.resolveTag(of: Node(string, Tag(.implicit, .default, constructor)))
        }
        switch string {
        case "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE", "on", "On", "ON",
            "off", "Off", "OFF":
            return .bool
        case "null", "Null", "NULL": return .null
        default: return .str
        }
    }
}
