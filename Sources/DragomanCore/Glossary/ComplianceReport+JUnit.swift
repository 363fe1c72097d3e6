extension ComplianceReport {
    /// The report as JUnit XML for CI: one test suite per post, one test case per unit; error findings are
    /// failures, warnings and notes go to `system-out`.
    public func junit() -> String {
        var lines = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>"]
        let failures = results.filter { $0.findings.contains { $0.severity == .error } }.count
        lines.append("<testsuites name=\"dragoman glossary\" tests=\"\(results.count)\" failures=\"\(failures)\">")
        for post in posts {
            let units = results.filter { $0.unit.post == post }
            let failed = units.filter { $0.findings.contains { $0.severity == .error } }.count
            lines.append(
                "  <testsuite name=\"\(XMLText.escape(post))\" tests=\"\(units.count)\" failures=\"\(failed)\">")
            for result in units {
                let name = XMLText.escape("\(result.unit.targetLocale)/\(result.unit.id)")
                let errors = result.findings.filter { $0.severity == .error }
                let others = result.findings.filter { $0.severity != .error }
                if errors.isEmpty && others.isEmpty {
                    lines.append("    <testcase classname=\"\(XMLText.escape(post))\" name=\"\(name)\"/>")
                    continue
                }
                lines.append("    <testcase classname=\"\(XMLText.escape(post))\" name=\"\(name)\">")
                for finding in errors {
                    lines.append(
                        "      <failure type=\"\(finding.kind.rawValue)\" message=\"\(XMLText.escape(finding.message))\">\(XMLText.escape(finding.location ?? result.unit.id)): \(XMLText.escape(finding.message))</failure>"
                    )
                }
                if !others.isEmpty {
                    let text = others.map { "\($0.severity.rawValue): [\($0.kind.rawValue)] \($0.message)" }
                    lines.append("      <system-out>\(XMLText.escape(text.joined(separator: "\n")))</system-out>")
                }
                lines.append("    </testcase>")
            }
            lines.append("  </testsuite>")
        }
        lines.append("</testsuites>")
        return lines.joined(separator: "\n") + "\n"
    }
}
