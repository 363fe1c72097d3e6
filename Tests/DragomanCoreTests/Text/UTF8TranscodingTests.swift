import Testing

@testable import DragomanCore

@Suite struct UTF8TranscodingTests {
    /// ICU results are decoded by hand: they must come out as the standard library decodes them.
    @Test(arguments: [
        [UInt16](), Array("23 January 2025".utf16), Array("٢٣ يناير ٢٠٢٥".utf16), Array("kök-hücre İ ı".utf16),
        Array("𝔸 😀 \u{7FF}\u{800}\u{FFFF}".utf16), [0xD800], [0xDC00, 0x41], [0x41, 0xD83D], [0xD83D, 0xD83D, 0xDE00],
    ])
    func utf16DecodesAsTheStandardLibraryDoes(units: [UInt16]) {
        let decoded = units.withUnsafeBufferPointer { UTF8Transcoding.string(fromUTF16: $0) }
        #expect(decoded == String(decoding: units, as: UTF16.self))
        #expect(Array(decoded.utf8) == Array(String(decoding: units, as: UTF16.self).utf8))
    }

    /// Text of every length up to 40, with a non-ASCII character at each position, widens as the standard
    /// library's UTF-16 view reads it (the vector steps take 16 and 8 bytes, the rest goes one by one).
    @Test(arguments: ["é", "ğ", "😀", "ع"])
    func utf8EncodesAsTheStandardLibraryDoes(character: String) {
        for length in 0...40 {
            for position in 0...length {
                let letters = String(repeating: "a", count: length)
                let text =
                    String(letters.prefix(position)) + (position < length ? character : "")
                    + String(letters.dropFirst(position + 1))
                #expect(UTF8Transcoding.utf16(of: text) == Array(text.utf16), "\(text)")
            }
        }
    }
}
