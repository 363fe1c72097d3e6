/// An element's attributes by qualified name, in document order. An element has a few: a scan finds one
/// sooner than hashing its name would (XML allows no name twice).
struct XMLAttributes: Sendable, Equatable, ExpressibleByDictionaryLiteral {
    private let tree: XMLTree
    private let range: Range<Int>

    init(tree: XMLTree, range: Range<Int>) {
        self.tree = tree
        self.range = range
    }

    /// Attributes of no element, in a tree of their own.
    init(dictionaryLiteral elements: (String, String)...) {
        var values: [UInt8] = []
        let attributes = elements.indices.map { index in
            let start = values.count
            values += elements[index].1.utf8
            return XMLTree.Attribute(name: Int32(index), valueStart: start, valueEnd: values.count)
        }
        tree = XMLTree(
            records: [], strings: elements.map(\.0), attributes: attributes, text: [], values: values,
            source: XMLSource([]))
        range = attributes.indices
    }

    var count: Int { range.count }

    subscript(name: String) -> String? {
        for attribute in tree.attributes[range] where tree.strings[Int(attribute.name)] == name {
            return tree.value(of: attribute)
        }
        return nil
    }

    /// The same names with the same values, in any order.
    static func == (lhs: XMLAttributes, rhs: XMLAttributes) -> Bool {
        lhs.count == rhs.count
            && lhs.tree.attributes[lhs.range].allSatisfy {
                rhs[lhs.tree.strings[Int($0.name)]] == lhs.tree.value(of: $0)
            }
    }
}
