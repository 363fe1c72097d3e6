import Foundation

/// Reads the editors' CSV termbase and validates it.
///
/// Header row first. `id` (unique) and one column per locale (`en`, `tr`, `ar`: preferred term, admitted
/// alternatives after ` | `) are the core; `<locale>_forbidden`, `dnt`, `case_sensitive` and `note` are
/// optional; any other column is kept and ignored. Every problem is reported as `file:line: error: …`.
public enum TermbaseCSVReader {
    /// Reads and validates the termbase at `url`; `path` is how messages name the file.
    public static func read(_ url: URL, path: String? = nil, sourceLocale: String = "en") throws(TermbaseInvalid)
        -> Termbase
    {
        let name = path ?? url.path
        guard let data = try? Data(contentsOf: url) else {
            throw TermbaseInvalid([Diagnostic(.error, at: SourceLocation(path: name), "cannot read the termbase file")])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw TermbaseInvalid([
                Diagnostic(.error, at: SourceLocation(path: name), "the termbase is not UTF-8; save it as CSV UTF-8")
            ])
        }
        return try parse(text, path: name, sourceLocale: sourceLocale)
    }

    /// Parses and validates CSV text.
    public static func parse(_ text: String, path: String, sourceLocale: String = "en") throws(TermbaseInvalid)
        -> Termbase
    {
        let records: [CSVParser.Record]
        do {
            records = try CSVParser.parse(text)
        } catch {
            throw TermbaseInvalid([Diagnostic(.error, at: SourceLocation(path: path, line: error.line), error.reason)])
        }
        guard let header = records.first else {
            throw TermbaseInvalid([
                Diagnostic(
                    .error, at: SourceLocation(path: path, line: 1),
                    "the termbase is empty; the first row must name the columns")
            ])
        }
        var builder = TermbaseBuilder(path: path, sourceLocale: sourceLocale, header: header)
        for record in records.dropFirst() { builder.add(record) }
        return try builder.finish()
    }
}

/// Turns CSV records into concepts, collecting every problem on the way.
struct TermbaseBuilder {
    private let path: String
    private let sourceLocale: String
    private let columns: [String]
    private let locales: [String]
    private var diagnostics: [Diagnostic] = []
    private var concepts: [TermConcept] = []
    private var firstLine: [String: Int] = [:]
    /// Folded source term → index of the concept that has it.
    private var sourceTerms: [String: Int] = [:]
    private let normalizer: TermNormalizer
    private let headerLine: Int

    static let reserved: Set<String> = ["id", "dnt", "case_sensitive", "note"]

    init(path: String, sourceLocale: String, header: CSVParser.Record) {
        self.path = path
        self.sourceLocale = sourceLocale
        headerLine = header.line
        columns = header.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        locales = columns.filter { !Self.reserved.contains($0) && LocaleCode.isLocaleColumn($0) }
        normalizer = TermNormalizer(locale: sourceLocale)
        for required in ["id", sourceLocale] where !columns.contains(required) {
            error(headerLine, "missing required column '\(required)'")
        }
        var seen: Set<String> = []
        for column in columns where !column.isEmpty && !seen.insert(column).inserted {
            error(headerLine, "column '\(column)' appears twice")
        }
    }

    private mutating func error(_ line: Int, _ message: String) {
        diagnostics.append(Diagnostic(.error, at: SourceLocation(path: path, line: line), message))
    }

    mutating func add(_ record: CSVParser.Record) {
        let line = record.line
        if record.fields.count > columns.count {
            error(
                line,
                "row has \(record.fields.count) fields but the header has \(columns.count); quote cells that contain commas"
            )
            return
        }
        var cells: [String: String] = [:]
        for (column, field) in zip(columns, record.fields) {
            cells[column] = field.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let id = cells["id"] ?? ""
        guard !id.isEmpty else {
            error(line, "empty 'id' cell; give the concept a unique ID")
            return
        }
        if let first = firstLine[id] {
            error(line, "duplicate concept ID '\(id)' (first defined on line \(first))")
            return
        }
        firstLine[id] = line
        let dnt = flag(cells["dnt"], column: "dnt", line: line)
        let caseSensitive = flag(cells["case_sensitive"], column: "case_sensitive", line: line)
        var terms: [String: [String]] = [:]
        var forbidden: [String: [String]] = [:]
        for locale in locales {
            terms[locale] = Self.split(cells[locale])
            forbidden[locale] = Self.split(cells[locale + "_forbidden"])
            if terms[locale]?.isEmpty ?? true {
                if locale == sourceLocale {
                    error(line, "concept '\(id)' has an empty '\(locale)' cell; enter the source term")
                } else if !dnt {
                    error(
                        line, "concept '\(id)' has an empty '\(locale)' cell; enter the approved term or set dnt to yes"
                    )
                }
            }
            let folded = Set((terms[locale] ?? []).map(normalizer.fold))
            for term in forbidden[locale] ?? [] where folded.contains(normalizer.fold(term)) {
                error(line, "concept '\(id)' both approves and forbids '\(term)' in '\(locale)'")
            }
        }
        let known = Set(["id", "dnt", "case_sensitive", "note"] + locales + locales.map { $0 + "_forbidden" })
        var extra: [String: String] = [:]
        for column in columns where !known.contains(column) && !column.isEmpty { extra[column] = cells[column] ?? "" }
        let concept = TermConcept(
            id: id, terms: terms.filter { !$0.value.isEmpty }, forbidden: forbidden.filter { !$0.value.isEmpty },
            doNotTranslate: dnt, caseSensitive: caseSensitive, note: cells["note"] ?? "", extra: extra, line: line)
        checkConflicts(concept, line: line)
        concepts.append(concept)
    }

    /// A source term under two concepts is an error when the concepts translate it differently.
    private mutating func checkConflicts(_ concept: TermConcept, line: Int) {
        for term in concept.terms[sourceLocale] ?? [] {
            let key = normalizer.fold(term)
            if let other = sourceTerms[key] {
                let previous = concepts[other]
                if translations(previous) != translations(concept) || previous.doNotTranslate != concept.doNotTranslate
                {
                    error(
                        line,
                        "term '\(term)' is also under concept '\(previous.id)' (line \(previous.line ?? 0)) with a different translation; merge the concepts or remove the term from one"
                    )
                }
            } else {
                sourceTerms[key] = concepts.count
            }
        }
    }

    private func translations(_ concept: TermConcept) -> [Set<String>] {
        locales.filter { $0 != sourceLocale }.map { Set((concept.terms[$0] ?? []).map(normalizer.fold)) }
    }

    private mutating func flag(_ cell: String?, column: String, line: Int) -> Bool {
        switch LocaleCode.asciiLowercased(cell ?? "") {
        case "yes", "y", "true", "1": return true
        case "no", "n", "false", "0", "": return false
        default:
            error(line, "'\(column)' must be yes or no, found '\(cell ?? "")'")
            return false
        }
    }

    /// Splits a cell on ` | ` (any spaces around the bar), dropping empty alternatives.
    static func split(_ cell: String?) -> [String] {
        guard let cell, !cell.isEmpty else { return [] }
        return cell.split(separator: "|").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter {
            !$0.isEmpty
        }
    }

    func finish() throws(TermbaseInvalid) -> Termbase {
        if !diagnostics.isEmpty { throw TermbaseInvalid(diagnostics) }
        let known = Set(["id", "dnt", "case_sensitive", "note"] + locales + locales.map { $0 + "_forbidden" })
        return Termbase(
            sourceLocale: sourceLocale, targetLocales: locales.filter { $0 != sourceLocale }, concepts: concepts,
            extraColumns: columns.filter { !known.contains($0) && !$0.isEmpty }, path: path)
    }
}
