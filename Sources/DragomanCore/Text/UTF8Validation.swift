/// Finds the first byte that breaks UTF-8.
enum UTF8Validation {
    static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBytes { raw in
            var index = 0
            while index < raw.count {
                // ASCII (most of any post, markup included) eight bytes at a time.
                while raw.count - index >= 8,
                    raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
                {
                    index += 8
                }
                guard index < raw.count else { break }
                if raw[index] < 0x80 {
                    index += 1
                    continue
                }
                guard let length = sequenceLength(raw, at: index) else { return index }
                index += length
            }
            return nil
        }
    }

    /// The length of the well-formed UTF-8 sequence that starts with the non-ASCII byte at `index` (no
    /// overlong forms, surrogates or values past U+10FFFF), nil when it is not one.
    @inline(__always) static func sequenceLength(_ bytes: UnsafeRawBufferPointer, at index: Int) -> Int? {
        let lead = bytes[index]
        let length: Int
        var value: UInt32
        let minimum: UInt32
        switch lead {
        case 0xC2...0xDF: (length, minimum, value) = (2, 0x80, UInt32(lead & 0x1F))
        case 0xE0...0xEF: (length, minimum, value) = (3, 0x800, UInt32(lead & 0x0F))
        case 0xF0...0xF4: (length, minimum, value) = (4, 0x10000, UInt32(lead & 0x07))
        default: return nil
        }
        guard index + length <= bytes.count else { return nil }
        for offset in 1..<length {
            let next = bytes[index + offset]
            guard next & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(next & 0x3F)
        }
        guard value >= minimum, value <= 0x10FFFF, !(0xD800...0xDFFF).contains(value) else { return nil }
        return length
    }
}
