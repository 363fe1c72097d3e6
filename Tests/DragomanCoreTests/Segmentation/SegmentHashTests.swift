import Testing

@testable import DragomanCore

/// The ID hash, computed piece by piece while white space is collapsed, equals FNV-1a of the canonical tagged
/// text made in full: IDs already in translators' files and stores must never change.
@Suite struct SegmentHashTests {
    /// Pieces chosen to put white space, tag-like text, `\` and multi-byte characters anywhere in a text.
    static let pieces = [
        "a", "word", "longerword", " ", "  ", "\n", "\t", "<", "\\", "x<y", "a\\b", "é", "ş", "ğı", "مرحبا", "😀", "!",
        "12345678", "abcdefgh ", "<1>", "</2>", "<3/>", "text<4>", "\u{1F}", "\u{21}", "=", "[", "|",
    ]

    static func reference(_ content: [InlineElement]) -> UInt64 {
        SegmentID.hash(SegmentID.canonical(content))
    }

    static func hash(_ content: [InlineElement]) -> UInt64 {
        ContentHash.avalanche(SegmentID.canonicalHash(content))
    }

    @Test func fixedTextsHashAsTheirCanonicalForm() {
        let texts = [
            "", " ", "Plain sentence of more than eight bytes.", "  leading and trailing  ",
            "Tabs\tand\nnew lines\r\nmixed", "a<b and c\\d escape", "tag-like<1>text<12/>and</3>",
            "Kök hücre nakli, 2024'te başladı.",
            "العلاج بالخلايا الجذعية", "exactly8", "exactly8 exactly8", "sixteen-byte-run",
        ]
        for text in texts {
            #expect(Self.hash([.text(text)]) == Self.reference([.text(text)]), "\(text)")
        }
    }

    @Test func randomContentHashesAsItsCanonicalForm() {
        var generator = SplitMix(seed: 0x5EED_1D)
        for _ in 0..<3_000 {
            var content: [InlineElement] = []
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                var text = ""
                for _ in 0..<Int.random(in: 0...12, using: &generator) {
                    text += Self.pieces.randomElement(using: &generator) ?? ""
                }
                content.append(.text(text))
                if Bool.random(using: &generator) {
                    content.append(.standalone(InlineCode(id: content.count, kind: .code, data: "`x`")))
                }
            }
            #expect(Self.hash(content) == Self.reference(content), "\(content)")
        }
    }
}

/// A small seeded generator, so a failing case can be replayed.
private struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return ContentHash.avalanche(state)
    }
}
