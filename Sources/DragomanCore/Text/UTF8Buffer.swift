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

    /// Appends `value` in decimal.
    mutating func append(integer value: Int) {
        guard value >= 0 else { return append(String(value)) }
        // Digits from the last, then turned around in place.
        let start = bytes.count
        var remaining = value
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(remaining % 10))
            remaining /= 10
        } while remaining > 0
        bytes[start...].reverse()
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
