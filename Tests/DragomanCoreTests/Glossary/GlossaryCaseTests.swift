import Foundation
import Testing

@testable import DragomanCore

/// The bilingual case table: every case's findings, and precision and recall over the whole table.
@Suite struct GlossaryCaseTests {
    static let allCases = turkishCases + arabicCases + heldOutTurkishCases + heldOutArabicCases

    @Test func tableIsLargeEnough() {
        #expect(Self.allCases.count >= 100)
        #expect(turkishCases.contains { !$0.expected.isEmpty } && arabicCases.contains { !$0.expected.isEmpty })
        for kind in ["missing:", "forbidden:", "dnt:"] {
            #expect(turkishCases.contains { $0.expected.contains { $0.hasPrefix(kind) } })
            #expect(arabicCases.contains { $0.expected.contains { $0.hasPrefix(kind) } })
        }
    }

    @Test(arguments: allCases)
    func caseProducesExpectedFindings(_ item: GlossaryCase) throws {
        let checker = try ComplianceChecker(termbase: try GlossaryTestSupport.medical())
        let found = try GlossaryTestSupport.labels(
            source: item.source, target: item.target, locale: item.locale, checker: checker)
        #expect(found == item.expected)
    }

    @Test(arguments: englishSourceCases)
    func sourceFindsExpectedConcepts(_ item: SourceTermCase) throws {
        let checker = try ComplianceChecker(termbase: try GlossaryTestSupport.medical())
        let unit = BilingualUnit(post: "cases", id: "u", source: item.source, target: "", targetLocale: "tr")
        #expect(try checker.check(unit).sourceTerms.map(\.concept) == item.expected)
    }

    @Test func precisionAndRecallAreComplete() throws {
        let checker = try ComplianceChecker(termbase: try GlossaryTestSupport.medical())
        var truePositives = 0
        var falsePositives = 0
        var falseNegatives = 0
        for item in Self.allCases {
            let found = Set(
                try GlossaryTestSupport.labels(
                    source: item.source, target: item.target, locale: item.locale, checker: checker))
            let expected = Set(item.expected)
            truePositives += found.intersection(expected).count
            falsePositives += found.subtracting(expected).count
            falseNegatives += expected.subtracting(found).count
        }
        let precision = Double(truePositives) / Double(max(1, truePositives + falsePositives))
        let recall = Double(truePositives) / Double(max(1, truePositives + falseNegatives))
        print(
            "glossary cases: \(Self.allCases.count), expected findings: \(truePositives + falseNegatives), precision \(precision * 100)%, recall \(recall * 100)%"
        )
        #expect(falsePositives == 0)
        #expect(falseNegatives == 0)
    }
}
