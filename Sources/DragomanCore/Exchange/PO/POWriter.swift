import Foundation

/// Writes gettext PO: `msgctxt` = segment ID, `msgid` = tagged source (`<1>…</1>`), `msgstr` = tagged target.
///
/// Context goes in extracted comments (`#.`), the post in a reference (`#: path:line`); stale and pre-filled
/// targets are `#, fuzzy`, a stale one with the old source as `#| msgid`. A unit that several posts share
/// (same ID and source) is written once with several references, as gettext does.
public struct POWriter: Sendable {
    public init() {}

    /// The document as PO text; passes `msgfmt -c`.
    public func write(_ document: ExchangeDocument) -> String {
        var output = header(document)
        var seen: [String: Int] = [:]
        var entries: [(unit: ExchangeUnit, references: [String])] = []
        for file in document.files {
            for unit in file.units {
                let reference = (file.original ?? "unknown") + (unit.location?.line.map { ":\($0)" } ?? "")
                let key = unit.id + "\u{4}" + unit.source.tagged
                if let index = seen[key] {
                    entries[index].references.append(reference)
                } else {
                    seen[key] = entries.count
                    entries.append((unit, [reference]))
                }
            }
        }
        for (unit, references) in entries {
            output += "\n"
            for remark in unit.remarks { output += "# \(Self.oneLine(remark))\n" }
            for note in unit.notes where note.category.map(ExchangeNote.contextCategories.contains) ?? false {
                guard let category = note.category, category != ExchangeNote.staleSourceCategory else { continue }
                output += "#. \(category): \(Self.oneLine(note.text))\n"
            }
            let legend = XLIFF12Writer().legend(unit)
            if !legend.isEmpty { output += "#. codes: \(Self.oneLine(legend))\n" }
            for reference in references { output += "#: \(reference)\n" }
            if unit.mark != nil, unit.target != nil { output += "#, fuzzy\n" }
            if unit.mark == .stale, let old = unit.note(ExchangeNote.staleSourceCategory) {
                output += "#| msgctxt \(Self.quote(unit.id))\n#| msgid \(Self.quote(old))\n"
            }
            output += "msgctxt \(Self.quote(unit.id))\n"
            output += "msgid \(Self.quote(unit.source.tagged))\n"
            output += "msgstr \(Self.quote(unit.target?.tagged ?? ""))\n"
        }
        return output
    }

    private func header(_ document: ExchangeDocument) -> String {
        let language = document.targetLanguage ?? ""
        let fields = [
            "Project-Id-Version: Dragoman",
            "Report-Msgid-Bugs-To: ",
            "POT-Creation-Date: \(document.date ?? "2000-01-01 00:00+0000")",
            "PO-Revision-Date: \(document.date ?? "2000-01-01 00:00+0000")",
            "Last-Translator: \(document.translator ?? "none")",
            "Language-Team: \(language)",
            "Language: \(language)",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=UTF-8",
            "Content-Transfer-Encoding: 8bit",
            "Plural-Forms: \(Self.pluralForms(language))",
            "X-Source-Language: \(document.sourceLanguage)",
        ]
        var output = "# Dragoman translation exchange: \(document.sourceLanguage) → \(language).\n"
        output += "# Keep the numbered tags (<1>…</1>, <2/>): they stand for formatting and links.\n"
        output += "msgid \"\"\nmsgstr \"\"\n"
        for field in fields { output += Self.quote(field + "\n") + "\n" }
        return output
    }

    /// The gettext plural rule of a language (CLDR categories for Arabic's six forms).
    static func pluralForms(_ language: String) -> String {
        switch language.split(separator: "-").first.map(String.init) ?? language {
        case "ar":
            "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);"
        case "ja", "zh", "ko", "vi", "th", "id": "nplurals=1; plural=0;"
        default: "nplurals=2; plural=(n != 1);"
        }
    }

    static func oneLine(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return text }
        return text.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
    }

    /// A PO string literal.
    static func quote(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
