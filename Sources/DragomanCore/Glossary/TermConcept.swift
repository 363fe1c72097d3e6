/// One concept of the termbase: its terms per locale, the terms editors forbid, and how to check it.
public struct TermConcept: Hashable, Sendable {
    /// The concept's unique ID (the CSV `id` column).
    public var id: String
    /// Terms per locale code; the first is the preferred term, the rest are admitted alternatives.
    public var terms: [String: [String]]
    /// Terms that must not appear, per locale code (`<locale>_forbidden` columns).
    public var forbidden: [String: [String]]
    /// The source term must appear unchanged in every target (brands, acronyms kept in Latin script).
    public var doNotTranslate: Bool
    /// Match the source term with its exact letter case (folded matching otherwise).
    public var caseSensitive: Bool
    /// The editors' note.
    public var note: String
    /// Columns the termbase keeps but does not interpret, by header name.
    public var extra: [String: String]
    /// The CSV line the concept's record starts on (1-based), when read from a file.
    public var line: Int?

    public init(
        id: String, terms: [String: [String]], forbidden: [String: [String]] = [:], doNotTranslate: Bool = false,
        caseSensitive: Bool = false, note: String = "", extra: [String: String] = [:], line: Int? = nil
    ) {
        self.id = id
        self.terms = terms
        self.forbidden = forbidden
        self.doNotTranslate = doNotTranslate
        self.caseSensitive = caseSensitive
        self.note = note
        self.extra = extra
        self.line = line
    }

    /// The terms a target in `locale` may use: the locale's own terms, or the source terms for a
    /// do-not-translate concept whose locale cell is empty.
    public func approved(in locale: String, sourceLocale: String) -> [String] {
        let own = terms[locale] ?? []
        if doNotTranslate { return own.isEmpty ? terms[sourceLocale] ?? [] : own }
        return own
    }

    /// The preferred term in `locale`, if any.
    public func preferred(in locale: String) -> String? { terms[locale]?.first }
}
