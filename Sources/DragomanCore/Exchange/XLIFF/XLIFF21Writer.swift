/// Writes XLIFF 2.1 (core namespace `urn:oasis:names:tc:xliff:document:2.0`): `pc`/`ph` placeholders whose
/// markup sits in `originalData`, context in `notes`, state on `segment`.
///
/// Output is deterministic (fixed attribute order, 2-space indent, `\n`), so store files diff cleanly.
/// Stale and pre-filled units carry `subState="dragoman:stale"` / `"dragoman:exact-match"`.
public struct XLIFF21Writer: Sendable {
    public static let namespace = "urn:oasis:names:tc:xliff:document:2.0"

    public init() {}

    /// The document as XLIFF 2.1 text.
    public func write(_ document: ExchangeDocument) -> String {
        var xml = XMLWriter()
        xml.start(
            "xliff",
            [
                ("xmlns", Self.namespace), ("version", "2.1"), ("srcLang", document.sourceLanguage),
                ("trgLang", document.targetLanguage),
            ])
        for (index, file) in document.files.enumerated() {
            xml.start("file", [("id", "f\(index + 1)"), ("original", file.original)])
            for unit in file.units { write(unit, to: &xml) }
            // The schema wants at least one unit or group in a file; an export with nothing left to translate
            // (`--only untranslated` on a finished post) still has to validate.
            if file.units.isEmpty { xml.inline("group", [("id", "empty")]) { _ in } }
            xml.end()
        }
        xml.end()
        return xml.output
    }

    private func write(_ unit: ExchangeUnit, to xml: inout XMLWriter) {
        xml.start("unit", [("id", unit.id), ("name", unit.name)])
        if !unit.notes.isEmpty {
            xml.start("notes")
            for note in unit.notes { xml.text("note", [("category", note.category)], note.text) }
            xml.end()
        }
        let dataIDs = writeOriginalData(unit, to: &xml)
        let state: String =
            switch unit.state {
            case .new: "initial"
            default: unit.state.rawValue
            }
        xml.start("segment", [("state", state), ("subState", unit.mark.map { "dragoman:\($0.rawValue)" })])
        xml.inline("source") { content(unit.source, unit: unit, dataIDs: dataIDs, into: &$0) }
        if let target = unit.target {
            xml.inline("target") { content(target, unit: unit, dataIDs: dataIDs, into: &$0) }
        }
        xml.end()
        xml.end()
    }

    /// Writes `originalData` for the unit's codes; returns the data ids that exist.
    private func writeOriginalData(_ unit: ExchangeUnit, to xml: inout XMLWriter) -> Set<String> {
        guard !unit.codes.isEmpty else { return [] }
        var ids: Set<String> = []
        xml.start("originalData")
        for key in unit.codes.keys.sorted(by: Self.numericOrder) {
            guard let code = unit.codes[key] else { continue }
            xml.text("data", [("id", "d\(key)")], code.data)
            ids.insert("d\(key)")
            if let closing = unit.closingData[key] {
                xml.text("data", [("id", "d\(key)e")], closing)
                ids.insert("d\(key)e")
            }
        }
        xml.end()
        return ids
    }

    static func numericOrder(_ lhs: String, _ rhs: String) -> Bool {
        switch (Int(lhs), Int(rhs)) {
        case (let left?, let right?): left < right
        default: lhs < rhs
        }
    }

    /// Inline markup for tokens: `pc` for a pair that closes inside the content, `sc`/`ec` otherwise, `ph` alone.
    func content(_ tokens: [ExchangeToken], unit: ExchangeUnit, dataIDs: Set<String>, into xml: inout XMLWriter) {
        var closes: [String: Int] = [:]
        for token in tokens { if case .close(let id) = token { closes[id, default: 0] += 1 } }
        var openPairs: [String] = []
        for token in tokens {
            switch token {
            case .text(let text):
                xml.appendEscaped(text)
            case .open(let id):
                let reference = dataIDs.contains("d\(id)") ? "d\(id)" : nil
                if closes[id, default: 0] > 0 {
                    openPairs.append(id)
                    let referenceEnd = dataIDs.contains("d\(id)e") ? "d\(id)e" : nil
                    let (type, subType) = Self.type(of: unit.codes[id]?.kind)
                    xml.appendTag(
                        "pc",
                        [
                            ("id", id), ("dataRefStart", reference), ("dataRefEnd", referenceEnd), ("type", type),
                            ("subType", subType),
                        ])
                } else {
                    xml.appendTag("sc", [("id", id), ("dataRef", reference), ("isolated", "yes")], empty: true)
                }
            case .close(let id):
                if let last = openPairs.last, last == id {
                    openPairs.removeLast()
                    xml.appendClosingTag("pc")
                } else {
                    let reference = dataIDs.contains("d\(id)e") ? "d\(id)e" : nil
                    xml.appendTag("ec", [("id", id), ("dataRef", reference), ("isolated", "yes")], empty: true)
                }
            case .standalone(let id):
                let reference = dataIDs.contains("d\(id)") ? "d\(id)" : nil
                let (type, subType) = Self.type(of: unit.codes[id]?.kind)
                xml.appendTag(
                    "ph", [("id", id), ("dataRef", reference), ("type", type), ("subType", subType)], empty: true)
            }
        }
    }

    /// XLIFF 2 `type`/`subType` of a code kind.
    static func type(of kind: InlineCode.Kind?) -> (String?, String?) {
        switch kind {
        case .strong: ("fmt", "xlf:b")
        case .emphasis: ("fmt", "xlf:i")
        case .strikethrough, .html: ("fmt", nil)
        case .lineBreak: ("fmt", "xlf:lb")
        case .link, .url: ("link", nil)
        case .image: ("image", nil)
        case .code: ("ui", nil)
        case nil: (nil, nil)
        }
    }
}
