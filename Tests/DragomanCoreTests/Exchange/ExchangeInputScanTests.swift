import PropertyBased
import Testing

@testable import DragomanCore

/// The one-pass scan of an exchange file's bytes finds what a byte-by-byte check finds.
@Suite struct ExchangeInputScanTests {
    /// The first control character, byte by byte (valid UTF-8 assumed up to the first invalid sequence).
    static func referenceControl(_ bytes: [UInt8]) -> (offset: Int, value: UInt32)? {
        let end = UTF8Validation.firstInvalidOffset(bytes) ?? bytes.count
        var index = 0
        while index < end {
            let byte = bytes[index]
            if (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F {
                return (index, UInt32(byte))
            }
            if byte == 0xC2, index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) {
                return (index, UInt32(bytes[index + 1]))
            }
            index += 1
        }
        return nil
    }

    static let pieces: [[UInt8]] = [
        Array("<unit id=\"a\">".utf8), Array("    ".utf8), [0x0A], [0x09], [0x0D], [0x00], [0x1F], [0x7F], [0x7E],
        Array("ş".utf8), Array("ع".utf8), Array("€".utf8), Array("😀".utf8), [0xC2, 0x85], [0xC2, 0xA0], [0x80],
        [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0xFF], Array("abcdefgh".utf8),
    ]
    static let piece = Gen.element(of: pieces).map { $0 ?? [] }.array(of: 0...24).map { $0.flatMap { $0 } }

    @Test func findsWhatTheByteByByteCheckFinds() async {
        await propertyCheck(count: 3000, input: Self.piece) { bytes in
            let scanned = ExchangeInput.scan(bytes)
            #expect(scanned.invalidUTF8 == UTF8Validation.firstInvalidOffset(bytes))
            if scanned.invalidUTF8 == nil {
                let reference = Self.referenceControl(bytes)
                #expect(scanned.control?.offset == reference?.offset)
                #expect(scanned.control?.value == reference?.value)
            }
        }
    }

    @Test func reportsTheFirstProblemOfALongCleanFile() {
        let text = String(repeating: "<target>Stem cell therapy.</target>\n", count: 200) + "<target>Kök</target>"
        var bytes = Array(text.utf8)
        #expect(ExchangeInput.scan(bytes).invalidUTF8 == nil)
        #expect(ExchangeInput.scan(bytes).control == nil)
        bytes[5_001] = 0x0B
        bytes[6_003] = 0x1B
        #expect(ExchangeInput.scan(bytes).control?.offset == 5_001)
        bytes[7_000] = 0xFF
        #expect(ExchangeInput.scan(bytes).invalidUTF8 == 7_000)
    }

    /// Every byte value at every position of a 40-byte run of markup (so in each lane of the sixteen-byte
    /// steps and in the bytes after them) is found as the byte-by-byte check finds it.
    @Test func everyByteInEveryLane() {
        let clean = Array("<target id=\"1\">\tStem cell therapy.\r\n</t>".utf8)
        for position in clean.indices {
            for value in 0...255 {
                var bytes = clean
                bytes[position] = UInt8(value)
                let scanned = ExchangeInput.scan(bytes)
                #expect(scanned.invalidUTF8 == UTF8Validation.firstInvalidOffset(bytes), "0x\(value) at \(position)")
                if scanned.invalidUTF8 == nil {
                    #expect(
                        scanned.control?.offset == Self.referenceControl(bytes)?.offset, "0x\(value) at \(position)")
                }
            }
        }
    }
}
