/// The editors' glossary: concepts with approved, admitted and forbidden terms per locale.
///
/// Read it from CSV with ``TermbaseCSVReader`` or from TBX with ``TBXReader``; check translations against it
/// with ``GlossaryCheck``.
public struct Termbase: Hashable, Sendable {
    /// The locale the posts are written in (`en`).
    public var sourceLocale: String
    /// The locales translations are checked in, in column order.
    public var targetLocales: [String]
    /// Concepts in file order.
    public var concepts: [TermConcept]
    /// Columns kept but not interpreted, in file order.
    public var extraColumns: [String]
    /// Where the termbase was read from (for messages).
    public var path: String

    public init(
        sourceLocale: String = "en", targetLocales: [String], concepts: [TermConcept], extraColumns: [String] = [],
        path: String = "glossary"
    ) {
        self.sourceLocale = sourceLocale
        self.targetLocales = targetLocales
        self.concepts = concepts
        self.extraColumns = extraColumns
        self.path = path
    }

    /// The concept with `id`, if any.
    public func concept(_ id: String) -> TermConcept? { concepts.first { $0.id == id } }
}

/// A termbase file that cannot be used: every problem found, each naming `file:line`.
public struct TermbaseInvalid: Error, Equatable, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    /// One problem per line, `file:line: error: message`.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
