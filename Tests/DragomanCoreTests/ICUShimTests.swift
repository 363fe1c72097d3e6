import DragomanCore
import Testing

@Suite("ICU shim")
struct ICUShimTests {
    @Test("Turkish case mapping keeps dotted and dotless i apart")
    func turkishCase() throws {
        #expect(try ICU.mapCase("KEMİK İLİĞİ", .lower, locale: "tr") == "kemik iliği")
        #expect(try ICU.mapCase("ILIK", .lower, locale: "tr") == "ılık")
        #expect(try ICU.mapCase("istanbul", .upper, locale: "tr") == "İSTANBUL")
        #expect(try ICU.mapCase("istanbul", .upper, locale: "en") == "ISTANBUL")
    }

    @Test("sentence break iterator reports boundaries after trailing spaces")
    func sentenceBreaks() throws {
        let iterator = try BreakIterator(.sentence, locale: "en")
        #expect(iterator.boundaries(in: Array("One. Two? Three!".utf16)) == [5, 10, 16])
    }

    @Test("word counts ignore punctuation")
    func wordCount() throws {
        #expect(try ICU.countWords("Kök hücre, 3 gün sonra!", locale: "tr") == 5)
    }
}
