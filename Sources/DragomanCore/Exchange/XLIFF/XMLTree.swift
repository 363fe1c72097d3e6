/// A parsed XML document, flat: every element and every run of text is one record in one array, in
/// document order, and all text sits in one byte buffer.
///
/// ``XMLTreeParser`` builds it and nothing changes it after. Readers see it through ``XMLNode`` values.
/// An element's descendants are the records right after it, up to its `end`, so children need no links and
/// the text below an element is one range of `text`; names are ids into `strings`, made once per file;
/// attribute values and text become `String`s only when a reader asks for them.
final class XMLTree: Sendable {
    /// An element or a run of text.
    struct Record: Sendable {
        /// The element's local name in `strings`, or ``XMLTree/textName`` for a run of text.
        var name: Int32
        /// The element's namespace URI in `strings` (0, the empty string, for none).
        var namespace: Int32
        /// One past the last record inside this one.
        var end: Int32
        var childCount: Int32 = 0
        /// The element's attributes in `attributes`.
        var attributeStart: Int32
        var attributeEnd: Int32
        /// The record's text in `text`: for an element, all the text below it.
        var textStart: Int
        var textEnd: Int
        /// Where the element's start tag ends in the file (line and column are worked out from it when asked).
        var tagEnd: Int
    }

    /// An attribute: its qualified name in `strings`, its decoded value in `values`.
    struct Attribute: Sendable {
        var name: Int32
        var valueStart: Int
        var valueEnd: Int
    }

    /// The `name` of a text record.
    static let textName: Int32 = -1

    let records: [Record]
    let strings: [String]
    let attributes: [Attribute]
    let text: [UInt8]
    let values: [UInt8]
    let source: XMLSource

    init(
        records: [Record], strings: [String], attributes: [Attribute], text: [UInt8], values: [UInt8],
        source: XMLSource
    ) {
        self.records = records
        self.strings = strings
        self.attributes = attributes
        self.text = text
        self.values = values
        self.source = source
    }

    /// The root element.
    var root: XMLNode { XMLNode(tree: self, index: 0) }

    /// The text of `record` (for an element, all the text below it).
    func text(of record: Record) -> String {
        Self.string(text, record.textStart, record.textEnd)
    }

    func value(of attribute: Attribute) -> String {
        Self.string(values, attribute.valueStart, attribute.valueEnd)
    }

    private static func string(_ bytes: [UInt8], _ start: Int, _ end: Int) -> String {
        guard start < end else { return "" }
        return bytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self)
        }
    }
}
