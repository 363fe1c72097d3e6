import Foundation

/// Reads gettext PO as written by ``POWriter`` or returned by Poedit, Weblate, Lokalize and the like.
///
/// Tolerates re-wrapped strings, reordered comments, obsolete entries (`#~`, ignored) and header changes.
/// Units come grouped by their first `#:` reference (the post); entries without one have no post, and the
/// importer finds it by segment ID.
public struct POReader: Sendable {
    public init() {}

    private struct Entry {
        var line = 0
        var context: String?
        var id: String?
        var target: String?
        var plural = false
        var fuzzy = false
        var previousID: String?
        var comments: [String] = []
        var extracted: [String] = []
        var references: [String] = []
    }

    /// Parses a PO file; throws with `file:line:col` on syntax errors.
    public func read(_ bytes: [UInt8], path: String) throws(DragomanError) -> ExchangeDocument {
        let text = String(decoding: bytes, as: UTF8.self)
        var entries: [Entry] = []
        var entry = Entry()
        var field: WritableKeyPath<Entry, String?>?
        var lineNumber = 0
        func finish() {
            if entry.id != nil { entries.append(entry) }
            entry = Entry()
            field = nil
        }
        for line in text.linesAtLineFeeds {
            lineNumber += 1
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty { continue }
            if trimmed.hasPrefix("#~") { continue }
            if trimmed.hasPrefix("#") {
                if entry.id != nil, entry.target != nil { finish() }
                if entry.line == 0 { entry.line = lineNumber }
                try comment(String(trimmed), into: &entry, line: lineNumber, path: path)
                continue
            }
            // What was dropped is spaces and tabs: one column per byte.
            let location = SourceLocation(
                path: path, line: lineNumber, column: line.utf8.count - trimmed.utf8.count + 1)
            if trimmed.hasPrefix("\"") {
                guard let field else {
                    throw DragomanError(location, "a string continues nothing", hint: "put it after msgid or msgstr")
                }
                entry[keyPath: field] = (entry[keyPath: field] ?? "") + (try Self.unquote(trimmed, at: location))
                continue
            }
            let parts = trimmed.split(separator: " ", maxSplits: 1)
            let keyword = parts.first.map(String.init) ?? ""
            let value = parts.count > 1 ? parts[1].drop { $0 == " " } : ""
            if keyword == "msgctxt" || (keyword == "msgid" && entry.context == nil && entry.id == nil) {
                if entry.id != nil { finish() }
            } else if keyword == "msgid", entry.id != nil {
                finish()
            }
            if entry.line == 0 { entry.line = lineNumber }
            let valueLocation = SourceLocation(
                path: path, line: lineNumber, column: location.column.map { $0 + keyword.count + 1 })
            switch keyword {
            case "msgctxt": field = \.context
            case "msgid": field = \.id
            case "msgid_plural": entry.plural = true; field = nil; continue
            case "msgstr", "msgstr[0]": field = \.target
            default:
                if keyword.hasPrefix("msgstr[") { field = nil; continue }
                throw DragomanError(location, "unknown keyword '\(keyword)'", hint: "this line is not PO syntax")
            }
            if let field { entry[keyPath: field] = try Self.unquote(value, at: valueLocation) }
        }
        finish()
        return document(entries, path: path)
    }

    private func comment(_ line: String, into entry: inout Entry, line number: Int, path: String) throws(DragomanError)
    {
        let body = line.dropFirst(2)
        if line.hasPrefix("#.") {
            entry.extracted.append(String(body))
        } else if line.hasPrefix("#:") {
            entry.references += body.split(separator: " ").map(String.init)
        } else if line.hasPrefix("#,") {
            if body.split(separator: ",").contains(where: { $0.trimmingHorizontalSpace == "fuzzy" }) {
                entry.fuzzy = true
            }
        } else if line.hasPrefix("#| msgid ") {
            let location = SourceLocation(path: path, line: number, column: 10)
            entry.previousID = try Self.unquote(line.dropFirst(9), at: location)
        } else if line.hasPrefix("# ") || line == "#" {
            let text = String(line.dropFirst(2))
            if !text.isEmpty { entry.comments.append(text) }
        }
    }

    private func document(_ entries: [Entry], path: String) -> ExchangeDocument {
        var header: [String: String] = [:]
        var files: [ExchangeFile] = []
        var fileIndex: [String: Int] = [:]
        for entry in entries {
            guard let id = entry.id else { continue }
            if id.isEmpty && entry.context == nil {
                for line in (entry.target ?? "").split(separator: "\n") {
                    let pair = line.split(separator: ":", maxSplits: 1)
                    if pair.count == 2 { header[String(pair[0])] = pair[1].trimmingHorizontalSpace }
                }
                continue
            }
            var unit = ExchangeUnit(
                id: entry.context ?? "", source: ExchangeToken.tokens(tagged: id),
                location: SourceLocation(path: path, line: entry.line, column: 1))
            // Translate Toolkit's po2xliff drops msgctxt, so a PO that went through xliff2po comes back
            // without it; the `location` comment and the `#:` post still name the segment.
            let hasLocation = entry.extracted.contains {
                $0.trimmingHorizontalSpace.hasPrefix("location:")
            }
            if entry.context == nil, !hasLocation || entry.references.isEmpty {
                unit.defect = "the entry has no msgctxt (the segment ID) and no '#. location:' comment with a '#:' post"
            }
            if entry.plural { unit.defect = "plural entries are not used by Dragoman" }
            if let target = entry.target, !target.isEmpty {
                unit.target = ExchangeToken.tokens(tagged: target)
                unit.state = .translated
            }
            unit.notes = entry.comments.map { ExchangeNote($0) }
            for extracted in entry.extracted {
                let pair = extracted.split(separator: ":", maxSplits: 1)
                let category = pair.first.map { $0.trimmingHorizontalSpace } ?? ""
                if pair.count == 2, ExchangeNote.contextCategories.contains(category) {
                    unit.notes.append(ExchangeNote(category: category, pair[1].trimmingHorizontalSpace))
                    if category == "location" { unit.name = pair[1].trimmingHorizontalSpace }
                }
            }
            if entry.fuzzy {
                unit.mark = entry.previousID == nil ? .exactMatch : .stale
                if let previous = entry.previousID {
                    unit.notes.append(ExchangeNote(category: ExchangeNote.staleSourceCategory, previous))
                }
            }
            let posts = entry.references.isEmpty ? [nil] : entry.references.map { Self.post(of: $0) }
            for post in posts {
                let key = post ?? ""
                if fileIndex[key] == nil {
                    fileIndex[key] = files.count
                    files.append(ExchangeFile(original: post, units: []))
                }
                if let index = fileIndex[key] { files[index].units.append(unit) }
            }
        }
        var document = ExchangeDocument(
            sourceLanguage: header["X-Source-Language"] ?? "",
            targetLanguage: header["Language"].flatMap { $0.isEmpty ? nil : $0 },
            files: files,
            translator: header["Last-Translator"].flatMap { $0 == "none" || $0.contains("FULL NAME") ? nil : $0 },
            date: header["PO-Revision-Date"].flatMap { $0.hasPrefix("2000-01-01") || $0.hasPrefix("YEAR") ? nil : $0 })
        document.carriesState = false
        return document
    }

    /// `path:line` → `path`.
    static func post(of reference: String) -> String {
        guard let colon = reference.lastIndex(of: ":"), Int(reference[reference.index(after: colon)...]) != nil else {
            return reference
        }
        return String(reference[..<colon])
    }

    /// The value of a PO string literal.
    static func unquote<S: StringProtocol>(_ literal: S, at location: SourceLocation) throws(DragomanError) -> String {
        if let value = unquotedQuickly(String(literal)) { return value }
        return try unquoteCharacters(literal, at: location)
    }

    /// ``unquote(_:at:)`` over UTF-8 bytes for the literals a PO file is made of: ASCII blanks around, a quote at
    /// each end, an ASCII byte after the opening one (so that no mark can join it) and only `\n` `\t` `\r`
    /// `\\` `\"` escapes. Nil for anything else, which the character-by-character reading then reads or
    /// refuses with its message.
    static func unquotedQuickly(_ literal: String) -> String? {
        var literal = literal
        return literal.withUTF8 { bytes -> String? in
            var start = 0
            var end = bytes.count
            while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
            while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
            guard end - start >= 2, bytes[start] == 0x22, bytes[end - 1] == 0x22 else { return nil }
            let content = UnsafeBufferPointer(rebasing: bytes[(start + 1)..<(end - 1)])
            guard content.first.map({ $0 < 0x80 }) ?? true else { return nil }
            guard content.contains(where: { $0 == 0x5C || $0 == 0x22 }) else {
                return String(decoding: content, as: UTF8.self)
            }
            var result: [UInt8] = []
            result.reserveCapacity(content.count)
            var index = 0
            while index < content.count {
                let byte = content[index]
                if byte == 0x22 { return nil }
                guard byte == 0x5C else {
                    result.append(byte)
                    index += 1
                    continue
                }
                guard index + 1 < content.count else { return nil }
                switch content[index + 1] {
                case UInt8(ascii: "n"): result.append(0x0A)
                case UInt8(ascii: "t"): result.append(0x09)
                case UInt8(ascii: "r"): result.append(0x0D)
                case 0x5C, 0x22: result.append(content[index + 1])
                default: return nil
                }
                index += 2
            }
            return String(decoding: result, as: UTF8.self)
        }
    }

    /// The value of a PO string literal, read character by character (any white space around it); errors name
    /// what is wrong.
    static func unquoteCharacters<S: StringProtocol>(_ literal: S, at location: SourceLocation) throws(DragomanError)
        -> String
    {
        let trimmed = literal.trimmingHorizontalSpace
        guard trimmed.count >= 2, trimmed.hasPrefix("\""), trimmed.hasSuffix("\"") else {
            throw DragomanError(location, "expected a quoted string", hint: "PO strings are written \"like this\"")
        }
        var result = ""
        var escaping = false
        for scalar in trimmed.unicodeScalars.dropFirst().dropLast() {
            if escaping {
                switch scalar {
                case "n": result += "\n"
                case "t": result += "\t"
                case "r": result += "\r"
                case "\\", "\"": result.unicodeScalars.append(scalar)
                default:
                    throw DragomanError(location, "unknown escape '\\\(scalar)'", hint: "use \\n, \\t, \\\\ or \\\"")
                }
                escaping = false
            } else if scalar == "\\" {
                escaping = true
            } else if scalar == "\"" {
                throw DragomanError(location, "unescaped quote inside a string", hint: "write \\\" for a quote")
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

extension StringProtocol {
    /// The text without the spaces and tabs around it (what `trimmingCharacters(in: .whitespaces)` removes:
    /// tab, the Unicode space separators and, in Foundation's set, U+200B), scalar by scalar instead of through
    /// Foundation's character sets.
    var trimmingHorizontalSpace: String {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar == " " || scalar == "\t"
                || (scalar.value >= 0x80
                    && (scalar.properties.generalCategory == .spaceSeparator || scalar == "\u{200B}"))
        }
        var scalars = Substring(self).unicodeScalars
        while let first = scalars.first, isSpace(first) { scalars.removeFirst() }
        while let last = scalars.last, isSpace(last) { scalars.removeLast() }
        return String(scalars)
    }
}
