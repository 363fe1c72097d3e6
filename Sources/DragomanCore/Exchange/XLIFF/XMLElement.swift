/// A parsed XML element: namespace, local name, attributes, children and where it starts.
///
/// Only exchange readers use it; it keeps nothing but what they need (no DTD, no entities, no comments).
struct XMLNode: Sendable {
    enum Child: Sendable {
        case element(XMLNode)
        case text(String)
    }

    var namespace: String
    var name: String
    /// Attributes by qualified name as written (`id`, `xml:space`, `mq:status`).
    var attributes: [String: String]
    var children: [Child]
    var line: Int
    var column: Int

    /// Child elements, optionally only those named `name` in `namespace`.
    func elements(_ name: String? = nil, namespace: String? = nil) -> [XMLNode] {
        children.compactMap { child in
            guard case .element(let element) = child else { return nil }
            if let name, element.name != name { return nil }
            if let namespace, element.namespace != namespace { return nil }
            return element
        }
    }

    /// The first child element named `name` in `namespace`.
    func element(_ name: String, namespace: String? = nil) -> XMLNode? {
        elements(name, namespace: namespace).first
    }

    /// All text below the element, markup dropped.
    var text: String {
        var result = ""
        for child in children {
            switch child {
            case .text(let text): result += text
            case .element(let element): result += element.text
            }
        }
        return result
    }

    func location(_ path: String) -> SourceLocation { SourceLocation(path: path, line: line, column: column) }
}
