import CICU
import Foundation
import PropertyBased
import Testing

@testable import DragomanCore

/// The one-pass word counter must count exactly what ICU's word iterator counts.
@Suite struct WordCounterTests {
    static let locales = ["en", "tr", "ar"]

    static func iteratorCount(_ text: String, locale: String) throws -> Int {
        try BreakIterator(.word, locale: locale).countWords(in: text)
    }

    static let cases: [String] = [
        "", " ", "Stem cells, 3 days later!", "Kök hücre, 3 gün sonra!", "don't", "rock 'n' roll", "e-mail",
        "well-known", "U.S.A.", "3.5", "3,500.25", "1:30", "a.b.c", "a.3", "3.a", "a1b2", "Dr. Ayşe'nin",
        "hücrelerin’de", "a_b", "_", "__", "_a", "a_", "1_000", "x@example.com", "www.example.com/path?q=1",
        "C++ and C#", "50%", "%50", "$40", "+90 212 555 00 00", "İstanbul'da", "ıİşŞğĞçÇöÖüÜ",
        "العلاج بالخلايا الجذعية.", "د. سارة", "٣٫٥ مليون", "١٬٠٠٠", "في ٢٣ يناير ٢٠٢٥", "بالـ MSC",
        "\u{2067}MSC\u{2069} والخلايا", "\u{2066}IstemCellTherapy\u{2069}.", "a\u{200F}b", "a\u{200D}b",
        "e\u{301}te\u{301}", "\u{301}a", "a\n\u{301}b", "a\r\nb", "a\u{2028}b", "a\u{85}b", "a\tb\u{A0}c",
        "שלום", "צה\"ל", "א'", "א'ב", "a\"b", "a'b", "a:b", "a·b", "1;2", "1'000", "a.\u{301}b",
        "👩‍⚕️ doctor", "🇹🇷🇹🇷", "Ωmega ΣΙΓΜΑ", "Привет, мир", "x²", "½ cup", "ⅷ", "①②",
        "**bold** and [link](https://example.com)", "`code`", "Fig. 2", "No. 7", "i.e. this", "vs.",
    ]

    @Test(arguments: locales) func countsWhatTheIteratorCounts(locale: String) throws {
        let counter = try WordCounter(locale: locale)
        #expect(counter.followsRootRules, "the site's locales count in one pass")
        for text in Self.cases {
            #expect(counter.count(in: text) == (try Self.iteratorCount(text, locale: locale)), "\(locale): \(text)")
        }
    }

    /// Every fixture and sample post, and the built site's Turkish and Arabic posts.
    @Test func countsPostsLikeTheIterator() throws {
        var urls = TestSupport.posts
        for locale in Self.locales {
            let folder = TestSupport.repositoryRoot.appendingPathComponent("Output/\(locale)/posts")
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            urls += names.filter { $0.hasSuffix(".md") }.sorted().map { folder.appendingPathComponent($0) }
        }
        #expect(urls.count > 8)
        let texts = try urls.map { try String(contentsOf: $0, encoding: .utf8) }
        for locale in Self.locales {
            let counter = try WordCounter(locale: locale)
            for text in texts {
                #expect(counter.count(in: text) == (try Self.iteratorCount(text, locale: locale)))
            }
        }
    }

    static let piece = Gen.element(of: [
        "a", "Z", "ş", "İ", "ع", "ة", "ـ", "٣", "7", "א", "\"", "'", "’", ".", ",", ":", ";", "_", "-", " ", "\n",
        "\u{301}", "\u{200F}", "\u{2066}", "\u{2069}", "\u{200D}", "%", "@", "/", "·", "٫", "٬", "👍", "\u{A0}",
        "\r", "\u{2028}", "ª", "\u{5B0}", "״", "＠", "١", "🇹", "©", "\u{FE0F}", "ـ", "\u{64E}", "x²", "ǅ",
    ])
    .map { $0 ?? "" }.array(of: 0...12).map { $0.joined() }

    /// Each site locale's counter with its iterator.
    static func countersWithIterators() throws -> [(WordCounter, BreakIterator)] {
        try locales.map { try (WordCounter(locale: $0), BreakIterator(.word, locale: $0)) }
    }

    /// Expects each counter to count `text` as its iterator does (the message shows the text's scalars).
    static func expectCountsAlike(
        _ text: String, _ counters: [(WordCounter, BreakIterator)],
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        for (counter, iterator) in counters {
            #expect(
                counter.count(in: text) == iterator.countWords(in: text),
                "\(text.unicodeScalars.map { String($0.value, radix: 16) })", sourceLocation: sourceLocation)
        }
    }

    @Test func randomTextCountsLikeTheIterator() async throws {
        let counters = try Self.countersWithIterators()
        await propertyCheck(count: 2000, input: Self.piece) { Self.expectCountsAlike($0, counters) }
    }

    /// Every ASCII character between letters and between digits, at each offset of a 16-byte block (the one
    /// pass reads ASCII sixteen bytes at a time), and before and after non-ASCII letters and marks.
    @Test func asciiCharactersAtBlockEdgesCountLikeTheIterator() throws {
        let counters = try Self.countersWithIterators()
        for value in UInt8(0)..<0x80 {
            let character = String(UnicodeScalar(value))
            for offset in 0...17 {
                let lead = String(repeating: offset % 2 == 0 ? "a" : " ", count: offset)
                let texts = [
                    lead + "ab\(character)cd 12\(character)34 x\(character)\(character)y",
                    lead + "ş\(character)ü \(character)ع\(character)\u{301}a٣\(character)7 \(character)",
                    lead + "words and 12 more\(character)\u{200D}👍 then\(character)",
                ]
                for text in texts { Self.expectCountsAlike(text, counters) }
            }
        }
    }

    /// Runs of ASCII words with non-ASCII characters and punctuation among them, long enough to cross several
    /// 16-byte blocks.
    static let mixedText = Gen.element(of: [
        "word", "Stem", "cells", "12", "3.5", " ", " ", " ", "  ", "\n", ".", ",", "'", "\"", "_", ":", ";", "!", "-",
        "(", ")", "@", "*", "/", "ş", "ğ", "İ", "güven", "ع", "الخلايا", "\u{301}", "\u{2068}", "\u{2069}", "👍",
        "\u{200D}", "א", "\t", "٣", "ـ", "x²", "日本",
    ])
    .map { $0 ?? "" }.array(of: 0...40).map { $0.joined() }

    @Test func mixedTextAcrossBlocksCountsLikeTheIterator() async throws {
        let counters = try Self.countersWithIterators()
        await propertyCheck(count: 2000, input: Self.mixedText) { Self.expectCountsAlike($0, counters) }
    }

    @Test func textForDictionariesGoesToTheIterator() throws {
        for text in ["日本語のテキストです。", "ภาษาไทยไม่มีช่องว่าง", "中文文本 and English"] {
            var copy = text
            #expect(copy.withUTF8 { dgm_count_words_utf8($0.baseAddress, Int32($0.count)) } == -1)
            #expect(try WordCounter(locale: "ja").count(in: text) == (try Self.iteratorCount(text, locale: "ja")))
        }
    }

    /// A locale whose word rules ICU tailors counts with its iterator, caught by the probe.
    @Test func tailoredLocalesCountWithTheirIterator() throws {
        for locale in ["en_US_POSIX", "sv", "fi"] {
            let counter = try WordCounter(locale: locale)
            for text in Self.cases + [WordCounter.rulesProbe] {
                #expect(
                    counter.count(in: text) == (try Self.iteratorCount(text, locale: locale)), "\(locale): \(text)")
            }
        }
        let posix = try BreakIterator(.word, locale: "en_US_POSIX").countWords(in: WordCounter.rulesProbe)
        let root = try BreakIterator(.word, locale: "en").countWords(in: WordCounter.rulesProbe)
        #expect(posix != root, "the probe must tell POSIX's rules from the root's")
    }

    @Test func piecesWrittenInPlaceCountAsOneText() throws {
        let counter = try WordCounter(locale: "en")
        let pieces = ["Stem ", "cells", "are", " here.", "\n", "日本"]
        let count = counter.count { writer in
            for piece in pieces { writer.append(piece) }
        }
        #expect(count == (try Self.iteratorCount(pieces.joined(), locale: "en")))
        #expect(counter.count { _ in } == 0)
    }

    /// The storage grows while pieces are written, and a shorter text after a longer one counts only itself.
    @Test func writtenTextGrowsTheStorage() throws {
        let counter = try WordCounter(locale: "en")
        let long = (0..<500).map { "word\($0)" }
        #expect(
            counter.count { writer in for piece in long { writer.append(piece); writer.append(ascii: 0x20) } } == 500)
        #expect(counter.count { writer in writer.append("one two") } == 2)
        #expect(counter.count { writer in for _ in 0..<300 { writer.append(ascii: 0x61) } } == 1)
    }
}
