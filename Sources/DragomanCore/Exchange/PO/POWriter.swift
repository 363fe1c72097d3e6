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
        let output = header(document)
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
        // The entries are written as UTF-8 bytes into one buffer, made into a string once.
        var buffer = UTF8Buffer(capacity: 1 << 16)
        buffer.append(output)
        for (unit, references) in entries {
            buffer.append(ascii: 0x0A)
            for remark in unit.remarks { buffer.line("# ", Self.oneLine(remark)) }
            for note in unit.notes where note.category.map(ExchangeNote.contextCategories.contains) ?? false {
                guard let category = note.category, category != ExchangeNote.staleSourceCategory else { continue }
                buffer.line("#. ", category, ": ", Self.oneLine(note.text))
            }
            let legend = XLIFF12Writer().legend(unit)
            if !legend.isEmpty { buffer.line("#. codes: ", Self.oneLine(legend)) }
            for reference in references { buffer.line("#: ", reference) }
            if unit.mark != nil, unit.target != nil { buffer.append("#, fuzzy\n") }
            if unit.mark == .stale, let old = unit.note(ExchangeNote.staleSourceCategory) {
                buffer.append("#| msgctxt ")
                Self.appendQuoted(unit.id, to: &buffer)
                buffer.append("\n#| msgid ")
                Self.appendQuoted(old, to: &buffer)
                buffer.append(ascii: 0x0A)
            }
            buffer.append("msgctxt ")
            Self.appendQuoted(unit.id, to: &buffer)
            buffer.append("\nmsgid ")
            Self.appendQuoted(unit.source.tagged, to: &buffer)
            buffer.append("\nmsgstr ")
            Self.appendQuoted(unit.target?.tagged ?? "", to: &buffer)
            buffer.append(ascii: 0x0A)
        }
        return buffer.text
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
        var buffer = UTF8Buffer(capacity: text.utf8.count + 8)
        appendQuoted(text, to: &buffer)
        return buffer.text
    }

    /// ``quote(_:)`` appended to `buffer`: the characters to escape are ASCII, so the text is copied between
    /// them byte for byte.
    static func appendQuoted(_ text: String, to buffer: inout UTF8Buffer) {
        buffer.append(ascii: UInt8(ascii: "\""))
        text.withUTF8Bytes { bytes in
            var copied = 0
            for index in bytes.indices {
                let escape: UInt8
                switch bytes[index] {
                case UInt8(ascii: "\\"): escape = UInt8(ascii: "\\")
                case UInt8(ascii: "\""): escape = UInt8(ascii: "\"")
                case 0x0A: escape = UInt8(ascii: "n")
                case 0x09: escape = UInt8(ascii: "t")
                case 0x0D: escape = UInt8(ascii: "r")
                default: continue
                }
                buffer.append(UnsafeBufferPointer(rebasing: bytes[copied..<index]))
                buffer.append(ascii: UInt8(ascii: "\\"))
                buffer.append(ascii: escape)
                copied = index + 1
            }
            buffer.append(UnsafeBufferPointer(rebasing: bytes[copied...]))
        }
        buffer.append(ascii: UInt8(ascii: "\""))
    }
}

extension UTF8Buffer {
    /// Appends the pieces and a line feed.
    fileprivate mutating func line(_ pieces: String...) {
        for piece in pieces { append(piece) }
        append(ascii: 0x0A)
    }
}
