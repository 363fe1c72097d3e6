/// A 64-bit multiply-xorshift hash of eight bytes at a time with a SplitMix64 finish, printed as 16 hex
/// digits: stable across runs and platforms (unlike `Hasher`), for the manifest and the build cache. Not
/// cryptographic.
public struct ContentHash: Sendable {
    private var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    /// Adds bytes: eight at a time, then the rest with their count. The hash depends on how bytes are split
    /// between calls, which is always the same for the same inputs.
    public mutating func add<Bytes: Sequence>(bytes: Bytes) where Bytes.Element == UInt8 {
        let contiguous: Void? = bytes.withContiguousStorageIfAvailable { add(UnsafeRawBufferPointer($0)) }
        if contiguous == nil { Array(bytes).withUnsafeBytes { add($0) } }
    }

    private mutating func add(_ buffer: UnsafeRawBufferPointer) {
        var current = value
        var offset = 0
        while offset + 8 <= buffer.count {
            mix(&current, UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
            offset += 8
        }
        var tail = UInt64(buffer.count - offset) << 56
        for shift in 0..<(buffer.count - offset) { tail |= UInt64(buffer[offset + shift]) << (8 * UInt64(shift)) }
        mix(&current, tail)
        value = current
    }

    /// One step per eight bytes: the multiply spreads low bits up, the shift brings high bits down.
    @inline(__always) private func mix(_ current: inout UInt64, _ word: UInt64) {
        current = (current ^ word) &* 0x9e37_79b9_7f4a_7c15
        current ^= current >> 32
    }

    /// Adds a string's UTF-8 bytes; their count goes in too, so ("ab","c") and ("a","bc") differ.
    public mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add(UnsafeRawBufferPointer($0)) }
    }

    /// The hash of what was added.
    public var hex: String {
        let mixed = Self.avalanche(value)
        let digits = Array("0123456789abcdef".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(16)
        for shift in stride(from: 60, through: 0, by: -4) { bytes.append(digits[Int((mixed >> UInt64(shift)) & 0xF)]) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The hash of `bytes`.
    public static func of<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var hash = ContentHash()
        hash.add(bytes: bytes)
        return hash.hex
    }

    /// SplitMix64's finaliser: every output bit depends on every input bit (segment IDs use it too).
    static func avalanche(_ hash: UInt64) -> UInt64 {
        var value = hash
        value ^= value >> 30
        value = value &* 0xbf58_476d_1ce4_e5b9
        value ^= value >> 27
        value = value &* 0x94d0_49bb_1331_11eb
        value ^= value >> 31
        return value
    }
}
