/// A stretch of a unit's text: UTF-16 offsets, as JavaScript and most editors count.
public struct TextSpan: Hashable, Sendable, Codable, Comparable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool { (lhs.start, lhs.end) < (rhs.start, rhs.end) }
}

/// One glossary problem in one unit: a missing approved term, a forbidden term, or a changed
/// do-not-translate term.
public struct GlossaryFinding: Hashable, Sendable, Codable {
    /// What went wrong.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
        /// The source has the concept; the target has none of its approved or admitted terms.
        case missing
        /// The target uses a term the glossary forbids.
        case forbidden
        /// A do-not-translate term does not appear unchanged in the target.
        case dnt

        public static func < (lhs: Kind, rhs: Kind) -> Bool {
            (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
        }
    }

    public var post: String
    public var unit: String
    public var locale: String
    public var concept: String
    public var kind: Kind
    public var severity: Diagnostic.Severity
    public var message: String
    /// The term concerned: the source term found (`missing`, `dnt`) or the forbidden term used.
    public var term: String
    /// The terms the target should use.
    public var expected: [String]
    /// Where the term is in the source, and where the offending term is in the target.
    public var sourceSpans: [TextSpan]
    public var targetSpans: [TextSpan]
    /// `path:line:col` of the unit in the file the editor opened, when known.
    public var location: String?

    public init(
        post: String, unit: String, locale: String, concept: String, kind: Kind, severity: Diagnostic.Severity,
        message: String, term: String, expected: [String], sourceSpans: [TextSpan], targetSpans: [TextSpan],
        location: String?
    ) {
        self.post = post
        self.unit = unit
        self.locale = locale
        self.concept = concept
        self.kind = kind
        self.severity = severity
        self.message = message
        self.term = term
        self.expected = expected
        self.sourceSpans = sourceSpans
        self.targetSpans = targetSpans
        self.location = location
    }
}

/// The severity of each finding kind; nil turns a kind off.
public struct GlossarySeverities: Hashable, Sendable {
    public var missing: Diagnostic.Severity?
    public var forbidden: Diagnostic.Severity?
    public var dnt: Diagnostic.Severity?

    public init(
        missing: Diagnostic.Severity? = .error, forbidden: Diagnostic.Severity? = .error,
        dnt: Diagnostic.Severity? = .error
    ) {
        self.missing = missing
        self.forbidden = forbidden
        self.dnt = dnt
    }

    /// Every kind is an error.
    public static let `default` = GlossarySeverities()

    public subscript(kind: GlossaryFinding.Kind) -> Diagnostic.Severity? {
        get {
            switch kind {
            case .missing: missing
            case .forbidden: forbidden
            case .dnt: dnt
            }
        }
        set {
            switch kind {
            case .missing: missing = newValue
            case .forbidden: forbidden = newValue
            case .dnt: dnt = newValue
            }
        }
    }

    /// Applies a setting written `kind=level` (level `error`, `warning`, `note` or `off`).
    public mutating func apply(_ setting: String) -> Bool {
        let parts = setting.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, let kind = GlossaryFinding.Kind(rawValue: parts[0]) else { return false }
        if parts[1] == "off" {
            self[kind] = nil
            return true
        }
        guard let level = Diagnostic.Severity(rawValue: parts[1]) else { return false }
        self[kind] = level
        return true
    }
}
