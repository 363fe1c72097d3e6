import DragomanCore
import Foundation
import Testing

@Suite struct RoundTripTests {
    @Test func thereArePostsToCheck() {
        #expect(TestSupport.posts.count >= 6)
    }

    @Test(arguments: TestSupport.posts)
    func renderWithoutTargetsIsTheSourceByteForByte(_ url: URL) throws {
        let source = try Data(contentsOf: url)
        let document = try TestSupport.read(url)
        #expect(Data(document.render().utf8) == source, "\(url.lastPathComponent)")
        #expect(document.warnings.isEmpty, "\(document.warnings)")
    }

    @Test(arguments: [
        "", "no front matter, no newline", "---\ntitle: Only front matter\n---\n",
        "Line\r\nwith CRLF.\r\n\r\nNext.\r\n",
        "Trailing spaces.   \n\n\n", "\u{FEFF}BOM first. Then text.\n", "  Indented text. Two sentences.\n",
    ])
    func unusualShapesRoundTrip(_ text: String) throws {
        #expect(try TestSupport.read(text).render() == text)
    }
}

/// Markup that opens a block with a backslash-escaped character: md4c reports the character after its
/// backslash, and the block is still taken apart (it was left untranslated before).
@Suite struct EscapedFirstCharacterTests {
    @Test(arguments: [
        ("*\\*star* here.\n", "<1>*star</1> here."), ("**\\[x]** y.\n", "<1>[x]</1> y."),
        ("[\\*link](https://example.org) z.\n", "<1>*link</1> z."), ("~~_\\<b_~~ c.\n", "<1><2><b</2></1> c."),
    ])
    func isSegmentedAndRoundTrips(_ text: String, _ tagged: String) throws {
        let document = try TestSupport.read(text)
        #expect(document.warnings.isEmpty, "\(document.warnings)")
        #expect(document.segments.map(\.tagged) == [tagged])
        #expect(document.render() == text)
        // A translation still gets the source's markup, its own text escaped.
        let segment = try #require(document.segments.first)
        var target = segment.content
        if let index = target.lastIndex(where: { if case .text = $0 { true } else { false } }) {
            target[index] = .text(" done.")
        }
        #expect(document.render(targets: [segment.id: target]).hasSuffix(" done.\n"))
    }
}
