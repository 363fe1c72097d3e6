/// A parsed XML element: namespace, local name, attributes, children and where it starts.
///
/// Only exchange readers use it; it keeps nothing but what they need (no DTD, no entities, no comments).
///
/// A class: readers walk the tree and pass its elements around, and a reference is copied with one retain
/// where a struct of five fields took five. Children are added only while ``XMLTreeParser`` builds the tree;
/// it is never changed after, which is what makes it safe to share.
final class XMLNode: @unchecked Sendable {
    enum Child: Sendable {
        case element(XMLNode)
        case text(String)
    }

    let namespace: String
    let name: String
    /// Attributes by qualified name as written (`id`, `xml:space`, `mq:status`).
    let attributes: XMLAttributes
    @exclusivity(unchecked) fileprivate(set) var children: [Child] = []
    /// The file the element was read from, and the offset of the end of its start tag in it: line and column
    /// are worked out from them only when asked.
    private let source: XMLSource
    private let tagEnd: Int

    init(namespace: String, name: String, attributes: XMLAttributes, source: XMLSource, tagEnd: Int) {
        self.namespace = namespace
        self.name = name
        self.attributes = attributes
        self.source = source
        self.tagEnd = tagEnd
    }

    /// Where the start tag begins: 1-based line and column (in Unicode scalars).
    var position: (line: Int, column: Int) { source.position(ofTagEndingAt: tagEnd) }
    var line: Int { position.line }
    var column: Int { position.column }

    /// Adds a child element (while the tree is built).
    func append(_ element: XMLNode) { children.append(.element(element)) }

    /// Adds text, joined to the text before it (libxml2 hands text over in pieces: around each entity, at
    /// chunk ends).
    func append(text: String) {
        if case .text(var previous)? = children.last {
            // The previous piece is released from the tree first, so appending to it does not copy it.
            children[children.count - 1] = .text("")
            previous += text
            children[children.count - 1] = .text(previous)
        } else {
            children.append(.text(text))
        }
    }

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
        for child in children {
            guard case .element(let element) = child, element.name == name else { continue }
            if let namespace, element.namespace != namespace { continue }
            return element
        }
        return nil
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

    func location(_ path: String) -> SourceLocation {
        let (line, column) = position
        return SourceLocation(path: path, line: line, column: column)
    }
}

/// An element's attributes by qualified name, in document order. An element has a few: a scan finds one
/// sooner than hashing its name would (XML allows no name twice).
struct XMLAttributes: Sendable, Equatable, ExpressibleByDictionaryLiteral {
    private var pairs: [(name: String, value: String)] = []

    init(dictionaryLiteral elements: (String, String)...) {
        pairs = elements.map { (name: $0.0, value: $0.1) }
    }

    init() {}

    mutating func reserveCapacity(_ capacity: Int) { pairs.reserveCapacity(capacity) }

    subscript(name: String) -> String? {
        for pair in pairs where pair.name == name { return pair.value }
        return nil
    }

    mutating func append(name: String, value: String) { pairs.append((name, value)) }

    /// The same names with the same values, in any order.
    static func == (lhs: XMLAttributes, rhs: XMLAttributes) -> Bool {
        lhs.pairs.count == rhs.pairs.count && lhs.pairs.allSatisfy { rhs[$0.name] == $0.value }
    }
}
