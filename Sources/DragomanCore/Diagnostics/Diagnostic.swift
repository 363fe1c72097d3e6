/// A finding collected while a stage runs: printed as `file:line:col: severity: message`, never thrown.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    /// How serious a finding is.
    public enum Severity: String, Sendable, Codable, Comparable, CaseIterable {
        case note, warning, error

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String
    public var notes: [String]

    public init(_ severity: Severity, at location: SourceLocation, _ message: String, notes: [String] = []) {
        self.severity = severity
        self.location = location
        self.message = message
        self.notes = notes
    }

    public var description: String {
        (["\(location): \(severity.rawValue): \(message)"] + notes.map { "  note: \($0)" }).joined(separator: "\n")
    }
}
