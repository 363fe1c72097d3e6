import Testing

@testable import DragomanCore

/// `Segmenter.firstIndex(of:or:nonASCII:in:from:)` tests four units at a time: it must find what a plain loop finds.
@Suite struct MarkScanTests {
    @Test(arguments: [false, true])
    func agreesWithALoop(nonASCII: Bool) {
        // A fixed generator: marks, ASCII letters and a few units outside ASCII, at every alignment.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        let alphabet: [UInt16] = [0x61, 0x62, 0x20, 0x2E, 0x5B, 0x22, 0x2026, 0xAB, 0x130, 0x7F, 0x80]
        for length in 0..<40 {
            var units: [UInt16] = []
            for _ in 0..<length {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                units.append(alphabet[Int(state >> 33) % alphabet.count])
            }
            for (first, second) in [(UInt16(0x2E), UInt16(0x2026)), (0x5B, 0x5B), (0x22, 0x22)] {
                for start in 0...length {
                    var expected = start
                    while expected < length, units[expected] != first, units[expected] != second,
                        !(nonASCII && units[expected] >= 0x80)
                    {
                        expected += 1
                    }
                    let found = units.withUnsafeBufferPointer {
                        Segmenter.firstIndex(of: first, or: second, nonASCII: nonASCII, in: $0, from: start)
                    }
                    #expect(found == expected, "\(units) from \(start)")
                }
            }
        }
    }
}
