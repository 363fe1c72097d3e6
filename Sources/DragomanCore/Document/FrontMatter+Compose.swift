import Yams

extension FrontMatter {
    /// Composes `yaml` as `Yams.compose(yaml:, .default, .default, .utf8)` does, without its cost per key.
    ///
    /// Yams checks a mapping for duplicate keys by hashing them, and hashing a key resolves its tag against
    /// the default resolver's regular expressions (a large share of reading a post). Composing with the basic
    /// resolver skips them; then every node gets back the tag the default compose would have given it:
    /// without an explicit tag (`!…`), a plain scalar is implicit and a quoted or block scalar is `str`. Keys
    /// equal to the default resolver are equal to the basic one, so a duplicate-key error from the basic
    /// compose is only a candidate: the default compose is run again for its exact verdict and message.
    static func compose(_ yaml: String) throws -> Node? {
        guard !mayHaveExplicitTag(yaml) else { return try Yams.compose(yaml: yaml, .default, .default, .utf8) }
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml, .basic, .default, .utf8)
        } catch YamlError.duplicatedKeysInMapping {
            return try Yams.compose(yaml: yaml, .default, .default, .utf8)
        }
        return node.map(withDefaultTags)
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

    private static func withDefaultTags(_ node: Node) -> Node {
        switch node {
        case .scalar(var scalar):
            scalar.tag = Tag(scalar.style == .plain ? .implicit : .str, .default, .default)
            return .scalar(scalar)
        case .mapping(let mapping):
            return .mapping(
                Node.Mapping(
                    mapping.map { (withDefaultTags($0.key), withDefaultTags($0.value)) },
                    mapping.tag.copy(resolver: .default, constructor: .default),
                    mapping.style, mapping.mark, mapping.anchor))
        case .sequence(let sequence):
            return .sequence(
                Node.Sequence(
                    sequence.map(withDefaultTags), sequence.tag.copy(resolver: .default, constructor: .default),
                    sequence.style, sequence.mark,
                    sequence.anchor))
        case .alias:
            return node
        }
    }
}
