import Testing

@testable import DragomanCore

/// The word counter that spares ICU must count exactly as ICU's word iterator does, or reading times change.
@Suite struct CommonScriptWordCounterTests {
    static let locales = ["en", "tr", "ar"]

    static func count(_ text: String) -> Int? {
        var counter = CommonScriptWordCounter()
        counter.feed(text)
        return counter.isKnown ? counter.count : nil
    }

    @Test(arguments: locales)
    func agreesWithICUForTheProjectLocales(locale: String) {
        #expect(CommonScriptWordCounter.agreesWithICU(locale: locale))
    }

    /// Random texts over every sample character, long and short runs, against ICU.
    @Test(arguments: locales)
    func randomTextsCountAsICUCountsThem(locale: String) throws {
        let words = try BreakIterator(.word, locale: locale)
        let alphabet = CommonScriptWordCounter.samples.values.flatMap { $0 } + ["a", "b", "ب", "7"]
        var state: UInt64 = 0x5EED
        for _ in 0..<3_000 {
            var text = ""
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for _ in 0..<(1 + Int(state >> 60)) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += alphabet[Int((state >> 33) % UInt64(alphabet.count))]
            }
            #expect(Self.count(text) == words.countWords(in: text), "\(text.unicodeScalars.map(\.value))")
        }
    }

    /// Every scalar of the known ranges counts as one word alone and joins or splits its neighbours as ICU says.
    @Test(arguments: locales)
    func everyKnownScalarBehavesAsICUSays(locale: String) throws {
        let words = try BreakIterator(.word, locale: locale)
        let ranges: [ClosedRange<UInt32>] = [
            0x20...0x7E, 0xA0...0x17F, 0x600...0x66F, 0x2019...0x2019, 0x200E...0x200F, 0x2068...0x2069,
        ]
        for scalar in ranges.joined().compactMap(Unicode.Scalar.init) {
            for text in ["\(scalar)", "a\(scalar)b", "7\(scalar)7", "ب\(scalar)ب", "a \(scalar)"] {
                guard let count = Self.count(text) else { continue }
                #expect(count == words.countWords(in: text), "U+\(String(scalar.value, radix: 16)) in \(text)")
            }
        }
    }

    @Test func otherScriptsAreLeftToICU() {
        #expect(Self.count("日本語") == nil)
        #expect(Self.count("שלום") == nil)
        #expect(Self.count("a_b") == nil)
        #expect(Self.count("MSC 5 mg, 3.5 ml: don't") == 6)
    }
}
