import Testing

@testable import DragomanCore

/// `Segmenter.cannotBreak` lets text skip ICU: wherever it says so, ICU itself finds no boundary but the end.
@Suite struct CannotBreakTests {
    static let cases: [(text: String, cannotBreak: Bool)] = [
        ("A heading without a terminator", true),
        ("Done.", true),
        ("Really?!\")", true),
        ("One sentence, with a comma (and a remark).", true),
        ("Hi.) ", true),
        ("Ends with spaces.   ", true),
        ("\"Quoted.\"", true),
        ("Wait...", true),
        ("It costs $5!", true),
        (".", true),
        ("One. Two.", false),
        ("Hi. )", false),
        ("Dr. Smith arrived", false),
        ("Take 3.5 mg daily", false),
        ("Done.[1]", false),
        ("Kök hücre.", false),
        ("Line\nbreak.", false),
    ]

    @Test(arguments: cases, ["en", "tr", "ar"])
    func agreesWithICU(_ example: (text: String, cannotBreak: Bool), locale: String) throws {
        let units = Array(example.text.utf16)
        #expect(Segmenter.cannotBreak(units) == example.cannotBreak)
        guard example.cannotBreak else { return }
        let segmenter = try TestSupport.segmenter(locale)
        let iterator = try BreakIterator(.sentence, locale: segmenter.rules.icuLocale)
        #expect(iterator.boundaries(in: units) == [units.count])
        #expect(segmenter.boundaries(in: units) == [units.count])
    }
}
