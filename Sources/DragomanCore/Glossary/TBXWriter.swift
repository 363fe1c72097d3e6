/// Writes a termbase as TBX-Basic (TBX 2, `martif`), the exchange format CAT tools import.
///
/// Each concept is a `termEntry`; each locale a `langSet`; each term a `tig` whose `administrativeStatus` is
/// `preferredTerm-admn-sts` (the first term), `admittedTerm-admn-sts` (alternatives) or
/// `deprecatedTerm-admn-sts` (forbidden terms). TBX-Basic has no data category for do-not-translate or case
/// sensitivity, so those travel as `<admin type="x-dnt">` and `<admin type="x-caseSensitive">`, which CAT
/// tools ignore and ``TBXReader`` reads back.
public enum TBXWriter {
    /// The TBX document for `termbase`.
    public static func write(_ termbase: Termbase) -> String {
        let locales = [termbase.sourceLocale] + termbase.targetLocales.filter { $0 != termbase.sourceLocale }
        var lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<martif type=\"TBX-Basic\" xml:lang=\"\(XMLText.escape(termbase.sourceLocale))\">",
            "  <martifHeader>",
            "    <fileDesc><sourceDesc><p>Exported by Dragoman from \(XMLText.escape(termbase.path))</p></sourceDesc></fileDesc>",
            "    <encodingDesc><p type=\"XCSURI\">TBXBasicXCSV02.xcs</p></encodingDesc>",
            "  </martifHeader>",
            "  <text>",
            "    <body>",
        ]
        for concept in termbase.concepts {
            lines.append("      <termEntry id=\"\(XMLText.escape(concept.id))\">")
            if !concept.note.isEmpty { lines.append("        <note>\(XMLText.escape(concept.note))</note>") }
            if concept.doNotTranslate { lines.append("        <admin type=\"x-dnt\">yes</admin>") }
            if concept.caseSensitive { lines.append("        <admin type=\"x-caseSensitive\">yes</admin>") }
            for locale in locales {
                let terms = concept.terms[locale] ?? []
                let forbidden = concept.forbidden[locale] ?? []
                guard !terms.isEmpty || !forbidden.isEmpty else { continue }
                lines.append("        <langSet xml:lang=\"\(XMLText.escape(locale))\">")
                for (index, term) in terms.enumerated() {
                    lines += tig(term, status: index == 0 ? "preferredTerm-admn-sts" : "admittedTerm-admn-sts")
                }
                for term in forbidden { lines += tig(term, status: "deprecatedTerm-admn-sts") }
                lines.append("        </langSet>")
            }
            lines.append("      </termEntry>")
        }
        lines += ["    </body>", "  </text>", "</martif>"]
        return lines.joined(separator: "\n") + "\n"
    }

    private static func tig(_ term: String, status: String) -> [String] {
        [
            "          <tig>",
            "            <term>\(XMLText.escape(term))</term>",
            "            <termNote type=\"administrativeStatus\">\(status)</termNote>",
            "          </tig>",
        ]
    }
}
