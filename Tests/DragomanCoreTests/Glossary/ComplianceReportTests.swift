import Foundation
import Testing

@testable import DragomanCore

/// Report renderers: golden files for every format, escaping, order, severities and exit status.
@Suite struct ComplianceReportTests {
    static let units = [
        BilingualUnit(
            post: "msc-autism", id: "s1", source: "Mesenchymal stem cells from bone marrow reduce inflammation.",
            target: "Kemik iliğinden elde edilen mezenkimal kök hücreler iltihabı azaltır.", targetLocale: "tr",
            location: DragomanCore.SourceLocation(path: "tr.xlf", line: 12, column: 9)),
        BilingualUnit(
            post: "msc-autism", id: "s2", source: "The FDA has not approved MSC therapy for <ASD> & autism.",
            target: "Gıda ve İlaç Dairesi, ASD ve otizm hastalığı için MSC tedavisini onaylamadı.", targetLocale: "tr",
            location: DragomanCore.SourceLocation(path: "tr.xlf", line: 20, column: 9)),
        BilingualUnit(
            post: "msc-autism", id: "s1", source: "Mesenchymal stem cells reduce neuroinflammation.",
            target: "تقلل الخلايا الأم الالتهاب العصبي.", targetLocale: "ar"),
        BilingualUnit(
            post: "dental-pulp", id: "s1", source: "Dental pulp is a source of stem cells.",
            target: "لب الأسنان مصدر للخلايا الجذعية.", targetLocale: "ar"),
    ]

    static func report(_ severities: GlossarySeverities = .default) throws -> ComplianceReport {
        try GlossaryCheck.run(units: units, termbase: try GlossaryTestSupport.medical(), severities: severities)
    }

    @Test func goldens() throws {
        let report = try Self.report()
        try GlossaryTestSupport.assertGolden(report.json(), "report.json")
        try GlossaryTestSupport.assertGolden(report.html(), "report.html")
        try GlossaryTestSupport.assertGolden(report.text(), "report.txt")
        try GlossaryTestSupport.assertGolden(report.junit(), "report.junit.xml")
    }

    @Test func findingsAreDeterministicAndGroupedByPost() throws {
        let first = try Self.report()
        let again = try GlossaryCheck.run(units: Self.units, termbase: try GlossaryTestSupport.medical())
        #expect(first.json() == again.json())
        #expect(first.posts == ["dental-pulp", "msc-autism"])
        let labels = first.findings.map { "\($0.locale)/\($0.unit) \($0.kind.rawValue):\($0.concept)" }
        #expect(
            labels == [
                "tr/s2 missing:asd", "tr/s2 forbidden:asd", "tr/s2 forbidden:autism", "tr/s2 dnt:fda",
                "ar/s1 missing:msc", "ar/s1 forbidden:stem-cell",
            ])
    }

    @Test func jsonHasTheDocumentedShape() throws {
        let data = Data(try Self.report().json().utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let findings = try #require(object["findings"] as? [[String: Any]])
        for key in ["unit", "concept", "kind", "severity", "message", "post", "locale", "sourceSpans", "targetSpans"] {
            #expect(findings.allSatisfy { $0[key] != nil }, "missing key \(key)")
        }
    }

    @Test func htmlIsEscapedRightToLeftAndFindingsFirst() throws {
        let html = try Self.report().html()
        #expect(html.contains("&lt;<mark class=\"finding\" title=\"finding\">ASD</mark>&gt; &amp; <mark"))
        #expect(!html.contains("<ASD>"))
        #expect(html.contains("lang=\"ar\" dir=\"rtl\""))
        #expect(html.contains("<mark class=\"term\" title=\"bone-marrow\">Kemik iliğinden</mark>"))
        let findings = try #require(html.range(of: "<h2>Findings</h2>"))
        let units = try #require(html.range(of: "<h2>dental-pulp</h2>"))
        #expect(findings.lowerBound < units.lowerBound)
    }

    @Test func severitiesAreConfigurable() throws {
        var severities = GlossarySeverities.default
        let applied = ["missing=warning", "forbidden=off", "dnt=warning", "dnt=fatal", "typo=error"].map {
            severities.apply($0)
        }
        #expect(applied == [true, true, true, false, false])
        let report = try Self.report(severities)
        #expect(!report.hasErrors)
        #expect(report.findings.allSatisfy { $0.severity == .warning && $0.kind != .forbidden })
        #expect(try Self.report().hasErrors)
    }
}

@Suite struct ReportBidiTests {
    @Test func arabicRunsInMessagesAreIsolated() {
        #expect(
            ComplianceReport.isolatingRightToLeftRuns("use 'خلية جذعية' & more")
                == "use &#39;<bdi>خلية جذعية</bdi>&#39; &amp; more")
        #expect(ComplianceReport.isolatingRightToLeftRuns("plain <b>") == "plain &lt;b&gt;")
    }
}
