/// A parsed XML element: namespace, local name, attributes, children and where it starts.
///
/// Only exchange readers use it; it keeps nothing but what they need (no DTD, no entities, no comments).
/// A value: the ``XMLTree`` it belongs to and its place in it, so passing one around costs one retain.
struct XMLNode: Sendable {
    enum Child: Sendable {
        case element(XMLNode)
        case text(String)
    }

    let tree: XMLTree
    let index: Int32

    private var record: XMLTree.Record { tree.records[Int(index)] }

    var namespace: String { tree.strings[Int(record.namespace)] }
    var name: String { tree.strings[Int(record.name)] }
    /// Attributes by qualified name as written (`id`, `xml:space`, `mq:status`).
    var attributes: XMLAttributes {
        let record = record
        return XMLAttributes(tree: tree, range: Int(record.attributeStart)..<Int(record.attributeEnd))
    }
    /// Child elements and text, in document order; text the parser got in pieces comes as one.
    var children: XMLChildren { XMLChildren(tree: tree, parent: index) }

    /// Where the start tag begins: 1-based line and column (in Unicode scalars).
    var position: (line: Int, column: Int) { tree.source.position(ofTagEndingAt: record.tagEnd) }
    var line: Int { position.line }
    var column: Int { position.column }

    /// Child elements, optionally only those named `name` in `namespace`.
    func elements(_ name: String? = nil, namespace: String? = nil) -> [XMLNode] {
        var result: [XMLNode] = []
        var child = index + 1
        let end = record.end
        while child < end {
            let record = tree.records[Int(child)]
            if record.name != XMLTree.textName, matches(record, name: name, namespace: namespace) {
                result.append(XMLNode(tree: tree, index: child))
            }
            child = record.end
        }
        return result
    }

    /// The first child element named `name` in `namespace`.
    func element(_ name: String, namespace: String? = nil) -> XMLNode? {
        var child = index + 1
        let end = record.end
        while child < end {
            let record = tree.records[Int(child)]
            if record.name != XMLTree.textName, matches(record, name: name, namespace: namespace) {
                return XMLNode(tree: tree, index: child)
            }
            child = record.end
        }
        return nil
    }

    private func matches(_ record: XMLTree.Record, name: String?, namespace: String?) -> Bool {
        if let name, tree.strings[Int(record.name)] != name { return false }
        if let namespace, tree.strings[Int(record.namespace)] != namespace { return false }
        return true
    }

    /// All text below the element, markup dropped.
    var text: String { tree.text(of: record) }

    func location(_ path: String) -> SourceLocation {
        let (line, column) = position
        return SourceLocation(path: path, line: line, column: column)
    }
}

/// An element's children in document order.
struct XMLChildren: Sequence {
    let tree: XMLTree
    let parent: Int32

    var count: Int { Int(tree.records[Int(parent)].childCount) }

    func makeIterator() -> Iterator {
        Iterator(tree: tree, index: parent + 1, end: tree.records[Int(parent)].end)
    }

    struct Iterator: IteratorProtocol {
        let tree: XMLTree
        var index: Int32
        let end: Int32

        mutating func next() -> XMLNode.Child? {
            guard index < end else { return nil }
            let record = tree.records[Int(index)]
            defer { index = record.end }
            if record.name == XMLTree.textName { return .text(tree.text(of: record)) }
            return .element(XMLNode(tree: tree, index: index))
        }
    }
}
