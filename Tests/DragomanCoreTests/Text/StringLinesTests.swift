import Testing

@testable import DragomanCore

@Suite struct StringLinesTests {
    @Test(arguments: [
        ("", [""]), ("one", ["one"]), ("one\n", ["one", ""]), ("a\nb", ["a", "b"]), ("a\r\nb\r\n", ["a", "b", ""]),
        ("a\rb", ["a\rb"]), ("\n\n", ["", "", ""]), ("ş\r\nع", ["ş", "ع"]), ("a\r\r\nb", ["a\r", "b"]),
    ])
    func splitsAtLineFeedsDroppingTheCarriageReturnBefore(_ text: String, _ lines: [String]) {
        #expect(text.linesAtLineFeeds.map(String.init) == lines)
    }

    /// Plain text with Windows line ends splits into paragraphs and sentences as with Unix ones.
    @Test func plainTextWithCRLFLineEnds() throws {
        let segmenter = try TestSupport.segmenter("en")
        let unix = "First line of a paragraph\ngoes on here. Second sentence.\n\nNew paragraph.\n"
        let windows = unix.replacingOccurrences(of: "\n", with: "\r\n")
        let expected = ["First line of a paragraph goes on here.", "Second sentence.", "New paragraph."]
        #expect(PlainTextSegmentation.sentences(in: unix, segmenter: segmenter) == expected)
        #expect(PlainTextSegmentation.sentences(in: windows, segmenter: segmenter) == expected)
    }
}
