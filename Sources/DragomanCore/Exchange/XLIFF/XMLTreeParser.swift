import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Parses XML into ``XMLNode``s with FoundationXML's `XMLParser` (libxml2), external entities off.
///
/// Callers run ``ExchangeInput/check(_:path:xml:)`` first, which refuses any DTD; this parser refuses one too,
/// in case it is ever called without that check.
final class XMLTreeParser: NSObject, XMLParserDelegate {
    private let path: String
    private var stack: [XMLNode] = []
    private var root: XMLNode?
    private var failure: DragomanError?
    private weak var parser: XMLParser?
    /// Deepest nesting accepted: real files nest under 20 levels; a bound keeps hostile input from recursing.
    static let maximumDepth = 64

    private let bytes: [UInt8]
    private let lineStarts: [Int]

    private init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
        var starts = [0]
        for (index, byte) in bytes.enumerated() where byte == 0x0A { starts.append(index + 1) }
        lineStarts = starts
    }

    /// The root element of `bytes`, or a well-formedness error at `file:line:column`.
    static func parse(_ bytes: [UInt8], path: String) throws(DragomanError) -> XMLNode {
        let delegate = XMLTreeParser(path: path, bytes: bytes)
        // A stream makes XMLParser feed libxml2 in chunks; handing it all at once trips libxml2's 10 MB
        // "huge input lookup" limit on large (but legitimate) files.
        let parser = XMLParser(stream: InputStream(data: Data(bytes)))
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = true
        parser.shouldReportNamespacePrefixes = false
        parser.delegate = delegate
        delegate.parser = parser
        let success = parser.parse()
        if let failure = delegate.failure { throw failure }
        guard success, let root = delegate.root else {
            let reason = parser.parserError.map { describe($0) } ?? "the file is not well-formed XML"
            throw DragomanError(
                SourceLocation(path: path, line: max(1, parser.lineNumber), column: max(1, parser.columnNumber)),
                "not well-formed XML: \(reason)", hint: "fix the XML at this position, or export the file again")
        }
        return root
    }

    /// libxml2's error numbers (FoundationXML passes them through) for the mistakes people make by hand.
    private static func describe(_ error: Error) -> String {
        switch (error as NSError).code {
        case 4: "the document is empty"
        case 5: "the document ends too early, or has content after its root element"
        case 9: "a character that XML does not allow"
        case 23: "an entity reference is missing its ';'"
        case 26, 27: "an unknown entity reference (only &amp; &lt; &gt; &quot; &apos; and character references)"
        case 38, 39, 40, 41: "a malformed attribute"
        case 42: "an attribute appears twice"
        case 68: "a tag or name is malformed"
        case 73: "a '>' is missing"
        case 76: "an end tag does not match its start tag"
        case 77: "a tag is not finished"
        default: "libxml2 error \((error as NSError).code)"
        }
    }

    /// The start of the tag that ends at libxml2's reported position (it reports the end of a start tag).
    private func tagStart(line: Int, column: Int) -> (line: Int, column: Int) {
        guard line >= 1, line <= lineStarts.count else { return (line, column) }
        var offset = min(lineStarts[line - 1] + max(column - 1, 0), bytes.count - 1)
        while offset > 0, bytes[offset] != UInt8(ascii: "<") { offset -= 1 }
        var startLine = line
        while startLine > 1, lineStarts[startLine - 1] > offset { startLine -= 1 }
        var scalarColumn = 1
        for index in lineStarts[startLine - 1]..<offset where bytes[index] & 0xC0 != 0x80 { scalarColumn += 1 }
        return (startLine, scalarColumn)
    }

    private func fail(_ reason: String, hint: String? = nil) {
        guard failure == nil, let parser else { return }
        failure = DragomanError(
            SourceLocation(path: path, line: parser.lineNumber, column: parser.columnNumber), reason, hint: hint)
        parser.abortParsing()
    }

    func parser(
        _ parser: XMLParser, foundNotationDeclarationWithName name: String, publicID: String?, systemID: String?
    ) {
        fail("DTDs are not allowed")
    }

    func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
        fail("DTDs are not allowed")
    }

    func parser(
        _ parser: XMLParser, foundExternalEntityDeclarationWithName name: String, publicID: String?, systemID: String?
    ) {
        fail("DTDs are not allowed")
    }

    func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? {
        fail("external entities are not allowed")
        return nil
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        guard stack.count < Self.maximumDepth else {
            fail("elements nest deeper than \(Self.maximumDepth) levels", hint: "this is not an exchange file")
            return
        }
        let local = elementName.split(separator: ":").last.map(String.init) ?? elementName
        let start = tagStart(line: parser.lineNumber, column: parser.columnNumber)
        stack.append(
            XMLNode(
                namespace: namespaceURI ?? "", name: local, attributes: attributes, children: [],
                line: start.line, column: start.column))
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        guard let node = stack.popLast() else { return }
        if stack.isEmpty {
            root = node
        } else {
            stack[stack.count - 1].children.append(.element(node))
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard !stack.isEmpty else { return }
        if case .text(let previous)? = stack[stack.count - 1].children.last {
            stack[stack.count - 1].children[stack[stack.count - 1].children.count - 1] = .text(previous + string)
        } else {
            stack[stack.count - 1].children.append(.text(string))
        }
    }

    func parser(_ parser: XMLParser, foundIgnorableWhitespace whitespaceString: String) {
        self.parser(parser, foundCharacters: whitespaceString)
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        self.parser(parser, foundCharacters: String(decoding: CDATABlock, as: UTF8.self))
    }
}
