import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads TBX (TBX-Basic in TBX 2 `martif`, or TBX 3 `tbx` with `conceptEntry`/`langSec`/`termSec`) into a
/// termbase. External entities and DTDs are never fetched.
public enum TBXReader {
    /// Reads the TBX file at `url`; `path` is how messages name it.
    public static func read(_ url: URL, path: String? = nil, sourceLocale: String = "en") throws(DragomanError)
        -> Termbase
    {
        let name = path ?? url.path
        guard let data = try? Data(contentsOf: url) else { throw DragomanError(path: name, "cannot read the TBX file") }
        return try parse(data, path: name, sourceLocale: sourceLocale)
    }

    /// Parses TBX bytes.
    public static func parse(_ data: Data, path: String, sourceLocale: String = "en") throws(DragomanError) -> Termbase
    {
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        let collector = TBXCollector()
        parser.delegate = collector
        let succeeded = parser.parse()
        if !succeeded || collector.syntaxError != nil {
            let reason =
                (collector.syntaxError ?? parser.parserError).map { "\($0.localizedDescription)" }
                ?? "unknown XML error"
            throw DragomanError(
                SourceLocation(path: path, line: collector.errorLine ?? parser.lineNumber, column: nil),
                "invalid TBX: \(reason)", hint: "check that the file is well-formed XML")
        }
        if let problem = collector.problem {
            throw DragomanError(SourceLocation(path: path, line: problem.line), problem.reason)
        }
        let locales = collector.locales.filter { $0 != sourceLocale }
        return Termbase(sourceLocale: sourceLocale, targetLocales: locales, concepts: collector.concepts, path: path)
    }
}

/// The XMLParser delegate that gathers concepts.
private final class TBXCollector: NSObject, XMLParserDelegate {
    var concepts: [TermConcept] = []
    /// Locales in the order the file first uses them.
    var locales: [String] = []
    var problem: (line: Int, reason: String)?
    /// libxml2 on Linux may report a fatal error and still let `parse()` return true, so errors are kept here.
    var syntaxError: Error?
    var errorLine: Int?
    private var concept: TermConcept?
    private var locale: String?
    private var term: String?
    private var status: String?
    private var text = ""
    private var adminType: String?
    private var noteType: String?

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        text = ""
        switch name {
        case "termEntry", "conceptEntry":
            let id = attributes["id"] ?? "concept-\(concepts.count + 1)"
            concept = TermConcept(id: id, terms: [:], line: parser.lineNumber)
        case "langSet", "langSec":
            locale = attributes["xml:lang"] ?? attributes["lang"]
            if let locale, !locales.contains(locale) { locales.append(locale) }
        case "tig", "ntig", "termSec":
            term = nil
            status = nil
        case "termNote": noteType = attributes["type"]
        case "admin": adminType = attributes["type"]
        default: break
        }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if syntaxError == nil {
            syntaxError = parseError
            errorLine = parser.lineNumber
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
        switch name {
        case "term": term = value
        case "termNote" where noteType == "administrativeStatus": status = value
        case "note" where concept != nil && locale == nil: concept?.note = value
        case "admin" where adminType == "x-dnt": concept?.doNotTranslate = value == "yes"
        case "admin" where adminType == "x-caseSensitive": concept?.caseSensitive = value == "yes"
        case "tig", "ntig", "termSec": addTerm(line: parser.lineNumber)
        case "langSet", "langSec": locale = nil
        case "termEntry", "conceptEntry":
            if let concept { concepts.append(concept) }
            concept = nil
        default: break
        }
        text = ""
    }

    private func addTerm(line: Int) {
        guard let term, !term.isEmpty else { return }
        guard let locale else {
            if problem == nil { problem = (line, "a term outside any langSet; give its langSet an xml:lang") }
            return
        }
        switch status {
        case "deprecatedTerm-admn-sts", "supersededTerm-admn-sts":
            concept?.forbidden[locale, default: []].append(term)
        case "preferredTerm-admn-sts":
            concept?.terms[locale, default: []].insert(term, at: 0)
        default:
            concept?.terms[locale, default: []].append(term)
        }
    }
}
