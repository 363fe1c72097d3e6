extension ComplianceReport {
    /// A self-contained HTML page for editors: findings first, then each post's units side by side with the
    /// glossary terms highlighted (`<mark>`), Arabic cells right to left.
    public func html() -> String {
        var page: [String] = [
            "<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "<meta charset=\"utf-8\">",
            "<title>Glossary check</title>", "<style>", Self.style, "</style>", "</head>", "<body>",
            "<h1>Glossary check</h1>",
            "<p class=\"summary\">\(count(.error)) errors, \(count(.warning)) warnings, \(count(.note)) notes in "
                + "\(results.count) units · glossary <code>\(XMLText.escape(termbasePath))</code></p>",
            "<h2>Findings</h2>",
        ]
        let all = findings
        if all.isEmpty {
            page.append("<p>No findings.</p>")
        } else {
            page.append(
                "<table class=\"findings\"><thead><tr>"
                    + Self.headers(["Severity", "Kind", "Post", "Unit", "Concept", "Message"]) + "</tr></thead><tbody>")
            page += all.map(Self.findingRow)
            page.append("</tbody></table>")
        }
        for post in posts {
            page.append("<h2>\(XMLText.escape(post))</h2>")
            page.append(
                "<table class=\"units\"><thead><tr>" + Self.headers(["Unit", "Source", "Target", "Findings"])
                    + "</tr></thead><tbody>")
            page += results.filter { $0.unit.post == post }.map(Self.unitRow)
            page.append("</tbody></table>")
        }
        page += ["</body>", "</html>"]
        return page.joined(separator: "\n") + "\n"
    }

    /// Escapes `text` and wraps each run of right-to-left script (with the spaces inside it) in `<bdi>`, so an
    /// Arabic term quoted in an English message keeps its place instead of reordering the sentence around it.
    static func isolatingRightToLeftRuns(_ text: String) -> String {
        var output = ""
        var run = ""
        var pendingSpaces = ""
        func flushRun() {
            if !run.isEmpty { output += "<bdi>" + XMLText.escape(run) + "</bdi>" }
            run = ""
        }
        for scalar in text.unicodeScalars {
            let isRightToLeft = (0x0590...0x08FF).contains(scalar.value) || (0xFB1D...0xFEFC).contains(scalar.value)
            if isRightToLeft {
                run += pendingSpaces
                pendingSpaces = ""
                run.unicodeScalars.append(scalar)
            } else if scalar == " ", !run.isEmpty {
                pendingSpaces += " "
            } else {
                flushRun()
                output += XMLText.escape(pendingSpaces + String(scalar))
                pendingSpaces = ""
            }
        }
        flushRun()
        return output + pendingSpaces
    }

    private static func headers(_ names: [String]) -> String { names.map { "<th>\($0)</th>" }.joined() }

    private static func cell(_ text: String, _ attributes: String = "") -> String {
        "<td\(attributes)>\(text)</td>"
    }

    private static func findingRow(_ finding: GlossaryFinding) -> String {
        let anchor = Self.anchor(finding.post, finding.locale, finding.unit)
        let cells = [
            cell(finding.severity.rawValue), cell(finding.kind.rawValue), cell(XMLText.escape(finding.post)),
            cell("<a href=\"#\(anchor)\">\(XMLText.escape(finding.unit))</a>"), cell(XMLText.escape(finding.concept)),
            cell(isolatingRightToLeftRuns(finding.message)),
        ]
        return "<tr class=\"\(finding.severity.rawValue)\">\(cells.joined())</tr>"
    }

    private static func unitRow(_ result: UnitResult) -> String {
        let unit = result.unit
        let direction = LocaleCode.isRightToLeft(unit.targetLocale) ? " dir=\"rtl\"" : ""
        let flagged = result.findings.isEmpty ? "" : " class=\"flagged\""
        let notes = result.findings.map {
            "<div class=\"\($0.severity.rawValue)\">\($0.kind.rawValue): \(isolatingRightToLeftRuns($0.message))</div>"
        }
        let source = highlight(unit.source, result.sourceTerms, result.findings.flatMap(\.sourceSpans))
        let target = highlight(unit.target, result.targetTerms, result.findings.flatMap(\.targetSpans))
        let cells = [
            cell(XMLText.escape(unit.id)), cell(source, " lang=\"en\""),
            cell(target, " lang=\"\(XMLText.escape(unit.targetLocale))\"\(direction)"), cell(notes.joined()),
        ]
        let anchor = Self.anchor(unit.post, unit.targetLocale, unit.id)
        return "<tr id=\"\(anchor)\"\(flagged)>\(cells.joined())</tr>"
    }

    private static let style = """
        body{font-family:system-ui,sans-serif;margin:2em;color:#222}
        table{border-collapse:collapse;width:100%;margin-bottom:2em}
        th,td{border:1px solid #ccc;padding:.4em;vertical-align:top;text-align:start}
        tr.error td:first-child,div.error{color:#b00020}
        tr.warning td:first-child,div.warning{color:#8a5a00}
        tr.flagged{background:#fff6f6}
        mark{background:#dff3df}
        mark.forbidden,mark.finding{background:#ffd6d6}
        mark.dnt{background:#dde8ff}
        """

    private static func anchor(_ post: String, _ locale: String, _ unit: String) -> String {
        let raw = "u-\(post)-\(locale)-\(unit)"
        return String(
            String.UnicodeScalarView(
                raw.unicodeScalars.map {
                    $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" ? $0 : "_"
                }))
    }

    /// `text` escaped, with term hits and finding spans wrapped in `<mark>`; overlapping spans are merged.
    static func highlight(_ text: String, _ terms: [TermHit], _ findingSpans: [TextSpan]) -> String {
        var marks: [(span: TextSpan, css: String, title: String)] = terms.map {
            ($0.span, $0.status == .approved ? "term" : $0.status.rawValue, $0.concept)
        }
        marks += findingSpans.map { ($0, "finding", "finding") }
        // On equal spans a finding wins over a plain term, so the reader sees what is wrong.
        marks.sort {
            ($0.span.start, -$0.span.end, $0.css == "finding" ? 0 : 1) < (
                $1.span.start, -$1.span.end, $1.css == "finding" ? 0 : 1
            )
        }
        let units = UTF8Transcoding.utf16(of: text)
        var output = ""
        var cursor = 0
        for mark in marks
        where mark.span.start >= cursor && mark.span.end <= units.count && mark.span.start < mark.span.end {
            output += XMLText.escape(String(decoding: units[cursor..<mark.span.start], as: UTF16.self))
            let inner = XMLText.escape(String(decoding: units[mark.span.start..<mark.span.end], as: UTF16.self))
            output += "<mark class=\"\(mark.css)\" title=\"\(XMLText.escape(mark.title))\">\(inner)</mark>"
            cursor = mark.span.end
        }
        output += XMLText.escape(String(decoding: units[min(cursor, units.count)...], as: UTF16.self))
        return output
    }
}
