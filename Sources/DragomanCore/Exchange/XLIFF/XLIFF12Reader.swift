/// Reads XLIFF 1.2 as written by ``XLIFF12Writer`` or returned by OmegaT, memoQ, Trados or Okapi.
///
/// Tolerates reformatted white space, foreign namespaces and attributes, `alt-trans` (ignored), `seg-source`
/// with `mrk mtype="seg"` segmentation (markers unwrapped), `bx`/`ex`/`bpt`/`ept`/`ph` codes, `group`s.
public struct XLIFF12Reader: Sendable {
    static let namespace11 = "urn:oasis:names:tc:xliff:document:1.1"

    public init() {}

    /// Parses an XLIFF 1.2 file; throws on anything that is not a well-formed XLIFF 1.2 document.
    public func read(_ bytes: [UInt8], path: String) throws(DragomanError) -> ExchangeDocument {
        let root = try XMLTreeParser.parse(bytes, path: path)
        let namespace = XLIFF12Writer.namespace
        // Translate Toolkit's po2xliff still writes the 1.1 namespace; its elements are the 1.2 ones.
        guard root.name == "xliff",
            root.namespace == namespace || root.namespace == Self.namespace11 || root.namespace.isEmpty
        else {
            throw DragomanError(
                root.location(path), "not an XLIFF 1.2 document (root <\(root.name)>)",
                hint: "export the file again with --format xliff12")
        }
        let fileNamespace = root.namespace
        var sourceLanguage: String?
        var targetLanguage: String?
        var files: [ExchangeFile] = []
        for file in root.elements("file", namespace: fileNamespace) {
            sourceLanguage = sourceLanguage ?? file.attributes["source-language"]
            let language = file.attributes["target-language"]
            if let targetLanguage, let language, language != targetLanguage {
                throw DragomanError(
                    file.location(path), "files in one document have different target languages",
                    hint: "send one language per file")
            }
            targetLanguage = targetLanguage ?? language
            var units: [ExchangeUnit] = []
            if let body = file.element("body", namespace: fileNamespace) {
                collectUnits(body, namespace: fileNamespace, path: path, into: &units)
            }
            files.append(
                ExchangeFile(original: file.attributes["original"], units: units, location: file.location(path)))
        }
        return ExchangeDocument(sourceLanguage: sourceLanguage ?? "", targetLanguage: targetLanguage, files: files)
    }

    private func collectUnits(_ node: XMLNode, namespace: String, path: String, into units: inout [ExchangeUnit]) {
        for child in node.elements(namespace: namespace) {
            if child.name == "group" { collectUnits(child, namespace: namespace, path: path, into: &units) }
            if child.name == "trans-unit" { units.append(unit(child, namespace: namespace, path: path)) }
        }
    }

    private func unit(_ node: XMLNode, namespace: String, path: String) -> ExchangeUnit {
        let inline = XLIFFInline(namespace: namespace, roles: XLIFFInline.version12.roles)
        var unit = ExchangeUnit(
            id: node.attributes["id"] ?? "", name: node.attributes["resname"], source: [], location: node.location(path)
        )
        unit.notes = node.elements("note", namespace: namespace).map {
            ExchangeNote(category: $0.attributes["from"], $0.text)
        }
        if let translator = node.attributes["mq:lastchangedby"] {
            unit.notes.append(ExchangeNote(category: ExchangeNote.translatorCategory, translator))
        }
        if let date = node.attributes["mq:lastchangedtimestamp"] {
            unit.notes.append(ExchangeNote(category: ExchangeNote.dateCategory, date))
        }
        if let source = node.element("source", namespace: namespace) {
            switch inline.tokens(source) {
            case .success(let tokens): unit.source = tokens
            case .failure(let defect): unit.defect = "source: \(defect.reason) (line \(defect.element.line))"
            }
        } else {
            unit.defect = "<trans-unit> has no <source>"
        }
        guard let target = node.element("target", namespace: namespace) else { return unit }
        switch inline.tokens(target) {
        case .success(let tokens): unit.target = tokens.isEmpty ? nil : tokens
        case .failure(let defect): unit.defect = "target: \(defect.reason) (line \(defect.element.line))"
        }
        let state = target.attributes["state"]
        switch state {
        case "signed-off": unit.state = .reviewed
        case "final": unit.state = .final
        case "new", "needs-translation": unit.state = .new
        default: unit.state = .translated
        }
        if node.attributes["approved"] == "yes", unit.state < .reviewed { unit.state = .reviewed }
        // A source copy still marked untranslated is the placeholder target the writer adds for OmegaT and
        // other source = target tools, not a translation (a target the translator changed counts, whatever its
        // state, because OmegaT leaves the attribute as it found it).
        if unit.state == .new, let copy = unit.target, copy.canonical == unit.source.canonical { unit.target = nil }
        if state?.hasPrefix("needs-review") == true {
            let qualifier = target.attributes["state-qualifier"] ?? ""
            unit.mark = qualifier.hasSuffix("match") || qualifier.hasPrefix("mt") ? .exactMatch : .stale
        }
        return unit
    }
}
