import Testing

@testable import DragomanCore

@Suite struct UTF8BufferTests {
    @Test(arguments: [
        (0, 1, "0"), (10, 1, "10"), (7, 2, "07"), (5, 4, "0005"), (2024, 4, "2024"), (100, 2, "100"),
        (1_234_567, 1, "1234567"), (-42, 1, "-42"), (Int.max, 1, String(Int.max)),
    ])
    func writesIntegers(value: Int, width: Int, expected: String) {
        var buffer = UTF8Buffer(capacity: 0)
        buffer.append(integer: value, width: width)
        #expect(buffer.text == expected)
    }

    @Test func readsLineEnds() {
        var buffer = UTF8Buffer(capacity: 0)
        #expect(buffer.endsLine)
        buffer.append("para\u{2068}graph\r\n")
        #expect(!buffer.endsLine)
        buffer.append(ascii: 0x0A)
        #expect(buffer.endsLine)
        buffer.append(BidiIsolation.popDirectionalIsolate)
        #expect(!buffer.endsLine)
        #expect(buffer.text == "para\u{2068}graph\r\n\n\u{2069}")
    }
}
