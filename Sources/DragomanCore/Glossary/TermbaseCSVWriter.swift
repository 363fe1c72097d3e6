/// Writes a termbase back to the editors' CSV layout (the inverse of ``TermbaseCSVReader``).
public enum TermbaseCSVWriter {
    /// CSV text: `id`, the source and target locales, `<locale>_forbidden` for locales that forbid something,
    /// `dnt`, `case_sensitive`, `note`, then the kept columns. Line ends are CRLF, as RFC 4180 says.
    public static func write(_ termbase: Termbase) -> String {
        let locales = [termbase.sourceLocale] + termbase.targetLocales.filter { $0 != termbase.sourceLocale }
        let forbiddenLocales = locales.filter { locale in
            termbase.concepts.contains { !($0.forbidden[locale] ?? []).isEmpty }
        }
        let header =
            ["id"] + locales + forbiddenLocales.map { $0 + "_forbidden" } + ["dnt", "case_sensitive", "note"]
            + termbase.extraColumns
        var lines = [CSVParser.render(header)]
        for concept in termbase.concepts {
            var row = [concept.id]
            row += locales.map { (concept.terms[$0] ?? []).joined(separator: " | ") }
            row += forbiddenLocales.map { (concept.forbidden[$0] ?? []).joined(separator: " | ") }
            row += [concept.doNotTranslate ? "yes" : "no", concept.caseSensitive ? "yes" : "no", concept.note]
            row += termbase.extraColumns.map { concept.extra[$0] ?? "" }
            lines.append(CSVParser.render(row))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }
}
