import DragomanCore
import Foundation
import Testing

/// Random Markdown, built from the constructs that stress inline lexing, must come back byte for byte.
@Suite("Round trip on generated Markdown")
struct RoundTripPropertyTests {
    static let pieces = [
        "*", "**", "_", "__", "~~", "`", "``", "[", "]", "(", ")", "![", "<", ">", "http://x.example/z_(1)",
        "www.example.com", "a@b.example", "\\", "&amp;", "&#65;", "\n", "\n\n", "  \n", "> ", "- ", "1. ", "# ",
        "| a | b |\n|---|---|\n", "```\ncode\n```\n", "<b>", "</b>", "<!-- dragoman:off -->\n",
        "<!-- dragoman:on -->\n", " ", "word", "Dr.", "end.", "Ünïcödé", "العربية.", "?", "!", "text", "3. gün",
        "[link](https://example.com \"t\")", "**bold. Two.**", "\t", "\r\n",
    ]

    /// A small deterministic generator (SplitMix64), so a failure names a seed that reproduces it.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    static func post(seed: UInt64) -> String {
        var generator = Generator(state: seed)
        var text = generator.next(3) == 0 ? "---\ntitle: A title. Two.\ntags: [x, y]\n---\n" : ""
        for _ in 0..<(1 + generator.next(120)) { text += pieces[generator.next(pieces.count)] }
        return text
    }

    @Test("render() without targets reproduces the source", arguments: 0..<40)
    func roundTrip(batch: Int) throws {
        let segmenter = try Segmenter(rules: SegmentationRules(locale: "en", abbreviations: ["Dr"]))
        let reader = DocumentReader(segmenter: segmenter)
        for index in 0..<25 {
            let seed = UInt64(batch * 25 + index)
            let source = Self.post(seed: seed)
            let document = try reader.read(Array(source.utf8), path: "seed-\(seed).md", defaultSlug: "x")
            #expect(document.render() == source, "seed \(seed)")
            for segment in document.segments
            where !segment.raw.isEmpty && segment.range.endOffset > segment.range.startOffset {
                let bytes = Array(source.utf8)[segment.range.startOffset..<segment.range.endOffset]
                #expect(String(decoding: bytes, as: UTF8.self) == segment.raw, "seed \(seed) segment \(segment.id)")
            }
        }
    }
}
