extension ComplianceReport {
    /// The report for a terminal: findings grouped by post, each as `location: severity: message`, the
    /// offending stretch of the target quoted below, and a summary line.
    public func text() -> String {
        var lines: [String] = []
        for post in posts {
            let results = self.results.filter { $0.unit.post == post }
            let findings = results.flatMap(\.findings)
            let locales = Set(results.map(\.unit.targetLocale)).sorted().joined(separator: ", ")
            lines.append(
                "\(post) [\(locales)]: \(findings.isEmpty ? "no findings" : "\(findings.count) finding\(findings.count == 1 ? "" : "s")")"
            )
            for result in results {
                for finding in result.findings {
                    let place = finding.location ?? "\(finding.post)#\(finding.unit)"
                    lines.append(
                        "  \(place): \(finding.severity.rawValue): [\(finding.kind.rawValue)] \(finding.message)")
                    if let span = finding.targetSpans.first {
                        lines.append("    target: \(Self.excerpt(result.unit.target, span))")
                    } else if let span = finding.sourceSpans.first {
                        lines.append("    source: \(Self.excerpt(result.unit.source, span))")
                    }
                }
            }
        }
        let summary = [Diagnostic.Severity.error, .warning, .note].map { severity in
            let count = count(severity)
            return "\(count) \(severity.rawValue)\(count == 1 ? "" : "s")"
        }
        lines.append(
            "\(summary.joined(separator: ", ")) in \(results.count) unit\(results.count == 1 ? "" : "s") (glossary \(termbasePath))"
        )
        return lines.joined(separator: "\n") + "\n"
    }

    /// Up to 30 characters either side of `span`, the span itself between »«.
    static func excerpt(_ text: String, _ span: TextSpan) -> String {
        let units = UTF8Transcoding.utf16(of: text)
        let start = max(0, min(span.start, units.count))
        let end = max(start, min(span.end, units.count))
        let before = String(decoding: units[max(0, start - 30)..<start], as: UTF16.self)
        let inside = String(decoding: units[start..<end], as: UTF16.self)
        let after = String(decoding: units[end..<min(units.count, end + 30)], as: UTF16.self)
        return "…\(before)»\(inside)«\(after)…".replacingNewlines()
    }
}

extension String {
    /// Line breaks shown as spaces, so one finding stays on one line.
    fileprivate func replacingNewlines() -> String {
        String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : $0 }))
    }
}
