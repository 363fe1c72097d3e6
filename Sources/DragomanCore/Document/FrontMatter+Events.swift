// Yams' own copy of libyaml: the scanner and parser whose errors Yams reports, read here event by event.
import CYaml

extension FrontMatter {
    /// Reads `yaml` from libyaml's parse events when it is a flat mapping, the shape of nearly every post's
    /// front matter: plain or quoted keys, each holding a scalar or a list of scalars, without tags,
    /// anchors, aliases or repeated keys. Returns nil for anything else, broken YAML included: Yams then
    /// composes the text and gives the verdict (and the error message) it always gave. Composing builds a
    /// tree of reference-counted nodes per post, several times the cost of the parse itself.
    static func flatEntries(_ yaml: UnsafeBufferPointer<UInt8>) -> [Entry]? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) != 0 else { return nil }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(&parser, yaml.baseAddress ?? UnsafePointer(bitPattern: 1), yaml.count)

        var reader = FlatMappingReader()
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) != 0 else { return nil }
            let step = reader.take(event)
            yaml_event_delete(&event)
            switch step {
            case .more: continue
            case .done: return reader.entries
            case .unsupported: return nil
            }
        }
    }
}

/// The state machine behind ``FrontMatter/flatEntries(_:)``: which event may come next.
private struct FlatMappingReader {
    enum Step { case more, done, unsupported }

    private enum State {
        case streamStart, documentStart, root, key, value, item, documentEnd, streamEnd
    }

    private var state = State.streamStart
    private(set) var entries: [FrontMatter.Entry] = []
    private var key: (text: String, isPlain: Bool) = ("", true)
    private var items: [FrontMatter.Scalar?] = []

    mutating func take(_ event: yaml_event_t) -> Step {
        switch (state, event.type) {
        case (.streamStart, YAML_STREAM_START_EVENT): state = .documentStart
        case (.documentStart, YAML_DOCUMENT_START_EVENT): state = .root
        case (.documentStart, YAML_STREAM_END_EVENT): return .done
        case (.root, YAML_MAPPING_START_EVENT):
            let start = event.data.mapping_start
            guard start.anchor == nil, start.tag == nil else { return .unsupported }
            state = .key
        case (.key, YAML_SCALAR_EVENT):
            guard let scalar = Self.scalar(event), !entries.contains(where: { $0.key == scalar.string }) else {
                return .unsupported
            }
            key = (scalar.string, event.data.scalar.style == YAML_PLAIN_SCALAR_STYLE)
            state = .value
        case (.key, YAML_MAPPING_END_EVENT): state = .documentEnd
        case (.value, YAML_SCALAR_EVENT):
            guard let scalar = Self.scalar(event) else { return .unsupported }
            entries.append(FrontMatter.Entry(key: key.text, keyTag: key.isPlain ? nil : .str, value: .scalar(scalar)))
            state = .key
        case (.value, YAML_SEQUENCE_START_EVENT):
            let start = event.data.sequence_start
            guard start.anchor == nil, start.tag == nil else { return .unsupported }
            items = []
            state = .item
        case (.item, YAML_SCALAR_EVENT):
            guard let scalar = Self.scalar(event) else { return .unsupported }
            items.append(scalar)
        case (.item, YAML_SEQUENCE_END_EVENT):
            entries.append(FrontMatter.Entry(key: key.text, keyTag: key.isPlain ? nil : .str, value: .sequence(items)))
            state = .key
        case (.documentEnd, YAML_DOCUMENT_END_EVENT): state = .streamEnd
        case (.streamEnd, YAML_STREAM_END_EVENT): return .done
        default: return .unsupported
        }
        return .more
    }

    /// The scalar of a scalar event without anchor or tag, decoded as Yams decodes it (up to a NUL byte,
    /// which only the Yams path handles).
    private static func scalar(_ event: yaml_event_t) -> FrontMatter.Scalar? {
        let data = event.data.scalar
        guard data.anchor == nil, data.tag == nil, let value = data.value else { return nil }
        let bytes = UnsafeBufferPointer(start: value, count: data.length)
        guard !bytes.contains(0) else { return nil }
        return FrontMatter.Scalar(
            string: String(decoding: bytes, as: UTF8.self), line: Int(event.start_mark.line) + 1,
            column: Int(event.start_mark.column) + 1)
    }
}
