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

    private init(path: String) {
        self.path = path
    }

    /// The root element of `bytes`, or a well-formedness error at `file:line:column`.
    static func parse(_ bytes: [UInt8], path: String) throws(DragomanError) -> XMLNode {
        let delegate = XMLTreeParser(path: path)
        let parser = XMLParser(data: Data(bytes))
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

    private static func describe(_ error: Error) -> String {
        let nsError = error as NSError
        if let code = XMLParser.ErrorCode(rawValue: nsError.code) {
            switch code {
            case .tagNameMismatchError: return "an end tag does not match its start tag"
            case .prematureDocumentEndError: return "the document ends too early"
            case .entityRefLoopError, .entityIsExternalError, .entityRefAtEOFError, .undeclaredEntityError,
                .entityReferenceWithoutNameError, .entityReferenceMissingSemiError:
                return "unknown or unsupported entity reference"
            case .emptyDocumentError: return "the document is empty"
            default: break
            }
        }
        return "parser error \(nsError.code)"
    }

    private func fail(_ reason: String, hint: String? = nil) {
        guard failure == nil, let parser else { return }
        failure = DragomanError(
            SourceLocation(path: path, line: parser.lineNumber, column: parser.columnNumber), reason, hint: hint)
        parser.abortParsing()
    }

    func parser(_ parser: XMLParser, foundNotationDeclarationWithName name: String, publicID: String?, systemID: String?) {
        fail("DTDs are not allowed")
    }

    func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
        fail("DTDs are not allowed")
    }

    func parser(_ parser: XMLParser, foundExternalEntityDeclarationWithName name: String, publicID: String?, systemID: String?) {
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
        stack.append(
            XMLNode(
                namespace: namespaceURI ?? "", name: local, attributes: attributes, children: [],
                line: parser.lineNumber, column: parser.columnNumber))
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
