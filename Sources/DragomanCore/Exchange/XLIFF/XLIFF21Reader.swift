/// Reads XLIFF 2.0/2.1/2.2 as written by ``XLIFF21Writer`` or returned by CAT tools.
///
/// Tolerates reformatted white space, foreign attributes and namespaces, `mtc:matches`, `group`s, several
/// `segment`s per unit (their sources and targets are joined), `mrk` annotations. `originalData` is ignored:
/// markup always comes from the current source post.
public struct XLIFF21Reader: Sendable {
    public init() {}

    /// Parses an XLIFF 2 file; throws on anything that is not a well-formed XLIFF 2 document.
    public func read(_ bytes: [UInt8], path: String) throws(DragomanError) -> ExchangeDocument {
        let namespace = XLIFF21Writer.namespace
        let root = try XMLTreeParser.parse(bytes, path: path, omitting: Self.omissions)
        guard root.name == "xliff", root.namespace == namespace else {
            throw DragomanError(
                root.location(path), "not an XLIFF 2 document (root <\(root.name)> in namespace '\(root.namespace)')",
                hint: "export the file again with --format xliff21")
        }
        guard let sourceLanguage = root.attributes["srcLang"] else {
            throw DragomanError(root.location(path), "<xliff> has no srcLang", hint: "add srcLang=\"en\"")
        }
        var files: [ExchangeFile] = []
        for file in root.elements("file", namespace: namespace) {
            var units: [ExchangeUnit] = []
            collectUnits(file, path: path, into: &units)
            files.append(
                ExchangeFile(original: file.attributes["original"], units: units, location: file.location(path)))
        }
        return ExchangeDocument(
            sourceLanguage: sourceLanguage, targetLanguage: root.attributes["trgLang"], files: files)
    }

    private func collectUnits(_ node: XMLNode, path: String, into units: inout [ExchangeUnit]) {
        for case .element(let child) in node.children where child.namespace == XLIFF21Writer.namespace {
            if child.name == "group" { collectUnits(child, path: path, into: &units) }
            if child.name == "unit" { units.append(unit(child, path: path)) }
        }
    }

    private func unit(_ node: XMLNode, path: String) -> ExchangeUnit {
        let namespace = XLIFF21Writer.namespace
        var unit = ExchangeUnit(
            id: node.attributes["id"] ?? "", name: node.attributes["name"], source: [], location: node.location(path))
        unit.notes = (node.element("notes", namespace: namespace)?.elements("note", namespace: namespace) ?? []).map {
            ExchangeNote(category: $0.attributes["category"], $0.text)
        }
        let inline = XLIFFInline.version2
        var target: [ExchangeToken] = []
        var hasTarget = false
        var state: TranslationState?
        var segments = 0
        var translatedSegments = 0
        // Each part's tokens come merged; only parts joined together need merging again.
        var parts = 0
        for case .element(let part) in node.children
        where part.namespace == namespace && (part.name == "segment" || part.name == "ignorable") {
            guard let source = part.element("source", namespace: namespace) else {
                unit.defect = "a <\(part.name)> has no <source>"
                continue
            }
            parts += 1
            switch inline.tokens(source) {
            case .success(let tokens): unit.source.append(joining: tokens)
            case .failure(let defect): unit.defect = "source: \(defect.reason) (line \(defect.element.line))"
            }
            if let targetNode = part.element("target", namespace: namespace) {
                hasTarget = true
                if part.name == "segment" { translatedSegments += 1 }
                switch inline.tokens(targetNode) {
                case .success(let tokens): target.append(joining: tokens)
                case .failure(let defect): unit.defect = "target: \(defect.reason) (line \(defect.element.line))"
                }
            } else if part.name == "ignorable" {
                target += inline.tokens(source).successValue ?? []
            }
            guard part.name == "segment" else { continue }
            segments += 1
            let partState = Self.state(part.attributes["state"])
            state = state.map { min($0, partState) } ?? partState
            switch part.attributes["subState"] {
            case "dragoman:stale": unit.mark = .stale
            case "dragoman:exact-match": unit.mark = unit.mark ?? .exactMatch
            default: break
            }
        }
        unit.state = state ?? .new
        if translatedSegments > 0, translatedSegments < segments, unit.defect == nil {
            unit.defect = "only \(translatedSegments) of its \(segments) segments have a target"
        }
        let joined = parts > 1 ? target.merged : target
        unit.target = hasTarget && !joined.isEmpty ? joined : nil
        if parts > 1 { unit.source = unit.source.merged }
        return unit
    }

    /// What this reader never reads: `originalData` (see above), the text of the elements it reads only
    /// child elements from (the white space between them), and attributes other than those it asks for here
    /// and in ``XLIFFInline`` (a test holds the list to what the two read).
    static let omissions = XMLTreeOmissions(
        namespace: XLIFF21Writer.namespace, subtrees: ["originalData"],
        text: ["xliff", "file", "group", "unit", "segment", "ignorable", "notes"],
        attributes: [
            "srcLang", "trgLang", "original", "id", "name", "category", "state", "subState", "rid", "startRef", "hex",
        ])

    static func state(_ value: String?) -> TranslationState {
        switch value {
        case "translated": .translated
        case "reviewed": .reviewed
        case "final": .final
        default: .new
        }
    }
}

extension Result {
    /// The value of a success, nil for a failure.
    public var successValue: Success? { if case .success(let value) = self { value } else { nil } }
}

extension Array where Element == ExchangeToken {
    /// `tokens` after these; an empty array takes them as they are, without copying.
    mutating func append(joining tokens: [ExchangeToken]) {
        if isEmpty { self = tokens } else { self += tokens }
    }

    /// Adjacent text tokens joined, empty ones dropped.
    var merged: [ExchangeToken] {
        if hasMergedTexts({ if case .text(let text) = $0 { text } else { nil } }) { return self }
        var result: [ExchangeToken] = []
        for token in self {
            if case .text(let text) = token {
                if text.isEmpty { continue }
                if case .text(let previous)? = result.last {
                    result[result.count - 1] = .text(previous + text)
                    continue
                }
            }
            result.append(token)
        }
        return result
    }
}
