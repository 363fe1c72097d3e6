/// A glossary term found in a unit, for highlighting.
public struct TermHit: Hashable, Sendable, Codable {
    /// How the term stands in the glossary.
    public enum Status: String, Hashable, Sendable, Codable {
        case approved, forbidden, dnt
    }

    public var concept: String
    public var span: TextSpan
    public var status: Status

    public init(concept: String, span: TextSpan, status: Status) {
        self.concept = concept
        self.span = span
        self.status = status
    }
}

/// What the check found in one unit.
public struct UnitResult: Hashable, Sendable {
    public var unit: BilingualUnit
    public var sourceTerms: [TermHit]
    public var targetTerms: [TermHit]
    public var findings: [GlossaryFinding]

    public init(unit: BilingualUnit, sourceTerms: [TermHit], targetTerms: [TermHit], findings: [GlossaryFinding]) {
        self.unit = unit
        self.sourceTerms = sourceTerms
        self.targetTerms = targetTerms
        self.findings = findings
    }
}

/// The outcome of a glossary check: every unit with its terms and findings, grouped by post.
///
/// Render it with `text()`, `json()`, `html()` or `junit()`.
public struct ComplianceReport: Hashable, Sendable {
    /// Units in post order (posts sorted by name), input order within a post.
    public var results: [UnitResult]
    /// The termbase the units were checked against.
    public var termbasePath: String

    public init(results: [UnitResult], termbasePath: String) {
        self.results = results.enumerated().sorted {
            ($0.element.unit.post, $0.offset) < ($1.element.unit.post, $1.offset)
        }.map(\.element)
        self.termbasePath = termbasePath
    }

    /// All findings in report order.
    public var findings: [GlossaryFinding] { results.flatMap(\.findings) }

    /// Whether some finding is an error (the CLI then exits non-zero).
    public var hasErrors: Bool { findings.contains { $0.severity == .error } }

    /// The number of findings of each severity.
    public func count(_ severity: Diagnostic.Severity) -> Int { findings.filter { $0.severity == severity }.count }

    /// The posts in report order.
    public var posts: [String] {
        var seen: Set<String> = []
        return results.map(\.unit.post).filter { seen.insert($0).inserted }
    }
}
