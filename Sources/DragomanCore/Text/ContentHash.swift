/// A 64-bit FNV-1a hash with a SplitMix64 finish, printed as 16 hex digits: stable across runs and
/// platforms (unlike `Hasher`), for the manifest and the build cache. Not cryptographic.
public struct ContentHash: Sendable {
    private var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    /// Adds bytes.
    public mutating func add<Bytes: Sequence>(bytes: Bytes) where Bytes.Element == UInt8 {
        var current = value
        // Contiguous bytes (a native string's UTF-8 view, arrays) in a plain loop, not through the iterator.
        let contiguous: Void? = bytes.withContiguousStorageIfAvailable { buffer in
            for byte in buffer {
                current ^= UInt64(byte)
                current = current &* 0x0000_0100_0000_01b3
            }
        }
        if contiguous != nil {
            value = current
            return
        }
        for byte in bytes {
            current ^= UInt64(byte)
            current = current &* 0x0000_0100_0000_01b3
        }
        value = current
    }

    /// Adds a string's UTF-8 bytes followed by a separator, so ("ab","c") and ("a","bc") differ.
    public mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add(bytes: $0) }
        add(bytes: CollectionOfOne(0xFF))
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
