/// Writes XLIFF 1.2 (strict schema): `g` for paired codes and `x` for standalone ones, with `ctype`; since
/// 1.2 codes cannot carry original data, a `codes` note gives translators the legend.
///
/// Every unit has a `target`: OmegaT's XLIFF filter (and other "source = target" tools) translates the content
/// of `target` and skips units without one, so an untranslated unit carries a copy of its source marked
/// `needs-translation`; ``XLIFF12Reader`` reads such a copy back as no translation. `xml:space="preserve"`
/// keeps tabs and double spaces from being collapsed by tools that normalise white space.
///
/// Target states: `translated`, `signed-off` (reviewed), `final`; stale and pre-filled targets are
/// `needs-review-translation`, pre-filled ones with `state-qualifier="exact-match"`.
public struct XLIFF12Writer: Sendable {
    public static let namespace = "urn:oasis:names:tc:xliff:document:1.2"

    public init() {}

    /// The document as XLIFF 1.2 text.
    public func write(_ document: ExchangeDocument) -> String {
        var xml = XMLWriter()
        xml.start("xliff", [("xmlns", Self.namespace), ("version", "1.2")])
        for file in document.files {
            xml.start(
                "file",
                [
                    ("original", file.original ?? "unknown"), ("source-language", document.sourceLanguage),
                    ("target-language", document.targetLanguage), ("datatype", "x-markdown"),
                ])
            xml.start("body")
            for unit in file.units { write(unit, to: &xml) }
            xml.end()
            xml.end()
        }
        xml.end()
        return xml.output
    }

    private func write(_ unit: ExchangeUnit, to xml: inout XMLWriter) {
        xml.start("trans-unit", [("id", unit.id), ("resname", unit.name), ("xml:space", "preserve")])
        xml.inline("source") { content(unit.source, unit: unit, into: &$0) }
        let (state, qualifier) = unit.target == nil ? ("needs-translation", nil) : Self.state(unit)
        xml.inline("target", [("state", state), ("state-qualifier", qualifier)]) {
            content(unit.target ?? unit.source, unit: unit, into: &$0)
        }
        for note in unit.notes { xml.text("note", [("from", note.category)], note.text) }
        if !unit.codes.isEmpty { xml.text("note", [("from", "codes")], legend(unit)) }
        xml.end()
    }

    static func state(_ unit: ExchangeUnit) -> (String, String?) {
        switch unit.mark {
        case .stale: return ("needs-review-translation", nil)
        case .exactMatch: return ("needs-review-translation", "exact-match")
        case nil: break
        }
        switch unit.state {
        case .new: return ("needs-translation", nil)
        case .translated: return ("translated", nil)
        case .reviewed: return ("signed-off", nil)
        case .final: return ("final", nil)
        }
    }

    /// `1 = **…**; 2 = [link](https://…)` style legend of the unit's codes.
    func legend(_ unit: ExchangeUnit) -> String {
        unit.codes.keys.sorted(by: XLIFF21Writer.numericOrder).compactMap { key in
            guard let code = unit.codes[key] else { return nil }
            if let closing = unit.closingData[key] { return "\(key) = \(code.data)…\(closing)" }
            return "\(key) = \(code.data)"
        }.joined(separator: "; ")
    }

    /// Inline markup for tokens: `g` for a pair that closes inside the content, `bx`/`ex` otherwise, `x` alone.
    func content(_ tokens: [ExchangeToken], unit: ExchangeUnit, into xml: inout XMLWriter) {
        var closes: [String: Int] = [:]
        for token in tokens { if case .close(let id) = token { closes[id, default: 0] += 1 } }
        var openPairs: [String] = []
        for token in tokens {
            switch token {
            case .text(let text):
                xml.appendEscaped(text)
            case .open(let id):
                if closes[id, default: 0] > 0 {
                    openPairs.append(id)
                    xml.appendTag("g", [("id", id), ("ctype", Self.ctype(unit.codes[id]?.kind))])
                } else {
                    xml.appendTag("bx", [("id", id), ("rid", id)], empty: true)
                }
            case .close(let id):
                if openPairs.last == id {
                    openPairs.removeLast()
                    xml.appendClosingTag("g")
                } else {
                    xml.appendTag("ex", [("id", "\(id)e"), ("rid", id)], empty: true)
                }
            case .standalone(let id):
                xml.appendTag("x", [("id", id), ("ctype", Self.standaloneType(unit.codes[id]?.kind))], empty: true)
            }
        }
    }

    static func ctype(_ kind: InlineCode.Kind?) -> String? {
        switch kind {
        case .strong: "bold"
        case .emphasis: "italic"
        case .link: "link"
        case .strikethrough: "x-strikethrough"
        case .html: "x-html"
        default: nil
        }
    }

    static func standaloneType(_ kind: InlineCode.Kind?) -> String? {
        switch kind {
        case .lineBreak: "lb"
        case .image: "image"
        case .code: "x-code"
        case .url: "x-url"
        case .html: "x-html"
        default: nil
        }
    }
}
