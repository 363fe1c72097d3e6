import Foundation
import Testing

@testable import DragomanCore

/// The clinic's shipped translations of the sample post must pass the glossary.
@Suite struct SamplePostTests {
    /// The post's lines, aligned across languages (the translations keep the source's line structure).
    static func units(_ locale: String) throws -> [BilingualUnit] {
        let read = { (name: String) in
            try String(contentsOf: try GlossaryTestSupport.goldenURL("sample-post/\(name).md"), encoding: .utf8)
                .components(separatedBy: "\n")
        }
        let source = try read("en")
        let target = try read(locale)
        #expect(source.count == target.count)
        let skipped = ["slug:", "date:", "author:", "---"]
        return zip(source, target).enumerated().compactMap { index, pair in
            let (sourceLine, targetLine) = pair
            guard !sourceLine.trimmingCharacters(in: .whitespaces).isEmpty,
                !skipped.contains(where: { sourceLine.hasPrefix($0) })
            else { return nil }
            return BilingualUnit(
                post: "mesenchymal-stem-cell-therapy-for-autism", id: "line-\(index + 1)", source: sourceLine,
                target: targetLine, targetLocale: locale,
                location: DragomanCore.SourceLocation(path: "\(locale).md", line: index + 1))
        }
    }

    @Test(arguments: ["tr", "ar"])
    func shippedTranslationPasses(locale: String) throws {
        let report = try GlossaryCheck.run(units: try Self.units(locale), termbase: try GlossaryTestSupport.medical())
        #expect(report.findings.isEmpty, "\(report.text())")
        #expect(report.results.flatMap(\.sourceTerms).count > 80)
    }
}
