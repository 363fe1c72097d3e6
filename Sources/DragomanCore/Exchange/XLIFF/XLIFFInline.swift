/// Reads the inline content of an XLIFF `source`/`target` into tokens, whatever the version.
///
/// Annotation and segmentation markers (`mrk`, `sm`/`em`) are unwrapped; codes become tokens by id; any other
/// element is a defect that names itself, so the unit can be rejected instead of guessed at.
struct XLIFFInline {
    /// Element names (local) and what they mean for this version.
    enum Role {
        case pair  // g, pc: open, content, close
        case open  // bx, sc, bpt: opening half (id or rid)
        case close  // ex, ec, ept: closing half (rid, startRef or id)
        case standalone  // x, ph, it
        case unwrap  // mrk: keep content
        case drop  // sm, em, sub: no content of its own
        case codePoint  // cp
    }

    var namespace: String
    var roles: [String: Role]

    static let version12 = XLIFFInline(
        namespace: "urn:oasis:names:tc:xliff:document:1.2",
        roles: [
            "g": .pair, "bx": .open, "bpt": .open, "ex": .close, "ept": .close, "x": .standalone,
            "ph": .standalone, "it": .standalone, "mrk": .unwrap, "sub": .drop,
        ])
    static let version2 = XLIFFInline(
        namespace: XLIFF21Writer.namespace,
        roles: [
            "pc": .pair, "sc": .open, "ec": .close, "ph": .standalone, "mrk": .unwrap, "sm": .drop, "em": .drop,
            "cp": .codePoint,
        ])

    /// The tokens of `node`'s content, or a description of the first thing that cannot be a placeholder.
    func tokens(_ node: XMLNode) -> Result<[ExchangeToken], InlineDefect> {
        // Most sources and targets are one run of text (a store's sentences without codes): no collecting.
        let children = node.children
        var iterator = children.makeIterator()
        if children.count == 1, case .text(let text)? = iterator.next() {
            return .success(text.isEmpty ? [] : [.text(text)])
        }
        var tokens: [ExchangeToken] = []
        // Room for a code pair per child: usually no growing at all.
        tokens.reserveCapacity(2 * node.children.count)
        if let defect = collect(node, into: &tokens) { return .failure(defect) }
        return .success(tokens.merged)
    }

    private func collect(_ node: XMLNode, into tokens: inout [ExchangeToken]) -> InlineDefect? {
        for child in node.children {
            switch child {
            case .text(let text):
                tokens.append(.text(text))
            case .element(let element):
                guard element.namespace == namespace, let role = roles[element.name] else {
                    return InlineDefect(element: element, reason: "element <\(element.name)> is not a placeholder")
                }
                switch role {
                case .pair:
                    guard let id = element.attributes["id"] else { return missingID(element) }
                    tokens.append(.open(id))
                    if let defect = collect(element, into: &tokens) { return defect }
                    tokens.append(.close(id))
                case .open:
                    guard let id = element.attributes["rid"] ?? element.attributes["id"] else {
                        return missingID(element)
                    }
                    tokens.append(.open(id))
                case .close:
                    guard
                        let id = element.attributes["startRef"] ?? element.attributes["rid"] ?? element.attributes["id"]
                    else { return missingID(element) }
                    tokens.append(.close(id))
                case .standalone:
                    guard let id = element.attributes["id"] else { return missingID(element) }
                    tokens.append(.standalone(id))
                case .unwrap:
                    if let defect = collect(element, into: &tokens) { return defect }
                case .drop:
                    continue
                case .codePoint:
                    let hex = element.attributes["hex"] ?? ""
                    guard let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value),
                        value >= 0x20 || value == 0x09 || value == 0x0A || value == 0x0D,
                        !(0x7F...0x9F).contains(value)
                    else {
                        return InlineDefect(element: element, reason: "control character U+\(hex) is not allowed")
                    }
                    tokens.append(.text(String(scalar)))
                }
            }
        }
        return nil
    }

    private func missingID(_ element: XMLNode) -> InlineDefect {
        InlineDefect(element: element, reason: "placeholder <\(element.name)> has no id")
    }
}

/// Inline markup that cannot be read as placeholders.
struct InlineDefect: Error {
    var element: XMLNode
    var reason: String
}
