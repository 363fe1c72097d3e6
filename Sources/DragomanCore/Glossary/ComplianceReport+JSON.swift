import Foundation

extension ComplianceReport {
    private struct Document: Encodable {
        var glossary: String
        var units: Int
        var errors: Int
        var warnings: Int
        var findings: [GlossaryFinding]
    }

    /// The report as JSON: `{"findings": [{"unit", "concept", "kind", "severity", "message", …}], …}`, keys
    /// sorted so the output is stable.
    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let document = Document(
            glossary: termbasePath, units: results.count, errors: count(.error), warnings: count(.warning),
            findings: findings)
        // Encoding plain strings, ints and arrays cannot fail; an empty object is the safe fallback.
        guard let data = try? encoder.encode(document) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
