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
}
