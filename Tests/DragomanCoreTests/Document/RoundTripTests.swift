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
