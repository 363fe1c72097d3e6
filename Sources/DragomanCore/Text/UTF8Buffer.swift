/// Text written as UTF-8 bytes piece by piece, made into one `String` at the end.
///
/// An append to a `String` pays for its checks and bookkeeping each time (about 30 instructions per byte of
/// an assembled post, whose pieces are mostly a few bytes long); an append here is a copy of the bytes.
/// Every piece is whole UTF-8 sequences, so the text comes out as it went in.
struct UTF8Buffer {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    var count: Int { bytes.count }

    /// The text written so far.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Whether nothing is written yet or the last character is `\n` (not `\r\n`, one character).
    var endsLine: Bool {
        guard let last = bytes.last else { return true }
        return last == 0x0A && (bytes.count < 2 || bytes[bytes.count - 2] != 0x0D)
    }

    mutating func append(_ text: String) {
        text.withUTF8Bytes { bytes.append(contentsOf: $0) }
    }

    /// Appends bytes that are whole UTF-8 sequences.
    mutating func append(_ piece: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: piece)
    }

    mutating func append(ascii byte: UInt8) {
        bytes.append(byte)
    }

    mutating func append(_ scalar: Unicode.Scalar) {
        UTF8.encode(scalar) { bytes.append($0) }
    }

    /// Appends `value` in decimal, a non-negative one with zeros in front up to `width` digits.
    mutating func append(integer value: Int, width: Int = 1) {
        guard value >= 0 else { return append(String(value)) }
        // The power of ten of the first digit, so the digits come out in order.
        var unit = 1
        var digits = 1
        while unit <= value / 10 {
            unit *= 10
            digits += 1
        }
        for _ in digits..<max(width, digits) { bytes.append(UInt8(ascii: "0")) }
        while unit > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(value / unit % 10))
            unit /= 10
        }
    }

    /// Removes the bytes at offsets `range`, which start and end on character boundaries.
    mutating func removeSubrange(_ range: Range<Int>) {
        bytes.removeSubrange(range)
    }

    /// Calls `body` with the bytes written so far.
    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        bytes.withUnsafeBufferPointer(body)
    }
}
