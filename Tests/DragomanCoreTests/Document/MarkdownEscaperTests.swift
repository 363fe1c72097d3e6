import Testing

@testable import DragomanCore

@Suite struct MarkdownEscaperTests {
    /// `word` as the escaper loads it: eight bytes, the first lowest.
    static func word(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
    }

    @Test func aPlainWordHoldsNoByteThatNeedsCare() {
        for byte in UInt8.min...UInt8.max where MarkdownEscaper.needsCare(byte) {
            for position in 0..<8 {
                var bytes = Array("abcdefgh".utf8)
                bytes[position] = byte
                #expect(!MarkdownEscaper.isPlain(Self.word(bytes)), "byte \(byte) at \(position)")
            }
        }
    }

    @Test func lettersSpacesAndNonASCIIArePlain() {
        let plain = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ ".utf8) + Array(0x80...0xFF)
        for byte in plain {
            #expect(MarkdownEscaper.isPlain(Self.word(Array(repeating: byte, count: 8))), "byte \(byte)")
        }
    }

    @Test(arguments: [
        (
            "Twelve words then *stars* and [a link] & more\r\non one line", false,
            "Twelve words then \\*stars\\* and \\[a link\\] &amp; more  on one line"
        ),
        (
            "Ünïcödé wörds with `code`, ~strike~ and <b>|</b>_", false,
            "Ünïcödé wörds with \\`code\\`, \\~strike\\~ and \\<b\\>\\|\\</b\\>\\_"
        ),
        ("images ![alt] but ! alone, back\\slash", false, "images \\!\\[alt\\] but ! alone, back\\\\slash"),
        ("1234567890. A number that would start a list", true, "1234567890\\. A number that would start a list"),
        ("1234567890. A number inside a line", false, "1234567890. A number inside a line"),
        ("2025) A number closing a parenthesis", true, "2025\\) A number closing a parenthesis"),
        ("# a heading-like line", true, "\\# a heading-like line"),
        ("- a list-like line", true, "\\- a list-like line"),
        ("a line + more = more", true, "a line + more = more"),
    ])
    func escapes(text: String, atLineStart: Bool, expected: String) {
        var output = UTF8Buffer(capacity: 0)
        MarkdownEscaper.escape(text, atLineStart: atLineStart, into: &output)
        #expect(output.text == expected)
    }
}
