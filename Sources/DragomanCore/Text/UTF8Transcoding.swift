/// Decoding valid UTF-8 (a String's, or a post the reader has checked) straight into UTF-16 code units,
/// without passing through `String`: what ICU reads.
enum UTF8Transcoding {
    /// Writes the UTF-16 of valid UTF-8 `bytes` into `buffer` from `position`; returns the end position.
    /// The buffer has room: UTF-16 never needs more code units than UTF-8 needs bytes.
    static func writeUTF16(
        _ bytes: UnsafeBufferPointer<UInt8>, into buffer: UnsafeMutableBufferPointer<UInt16>, at position: Int
    )
        -> Int
    {
        var index = 0
        var position = position
        let count = bytes.count
        guard let base = bytes.baseAddress, let units = buffer.baseAddress else { return position }
        // The vector stores below are not bounds-checked: the caller's promise, checked in debug builds.
        assert(position + bytes.count <= buffer.count, "no room for the UTF-16 of the text")
        let raw = UnsafeRawPointer(base)
        let output = UnsafeMutableRawPointer(units)
        while index < count {
            // Sixteen ASCII bytes at a time (most text): widened in place as vectors, no decoding.
            while count - index >= 16 {
                let bytes = raw.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
                guard bytes & 0x80 == SIMD16(repeating: 0) else { break }
                output.storeBytes(
                    of: SIMD16<UInt16>(truncatingIfNeeded: bytes), toByteOffset: 2 * position, as: SIMD16<UInt16>.self)
                position += 16
                index += 16
            }
            while count - index >= 8 {
                let bytes = raw.loadUnaligned(fromByteOffset: index, as: SIMD8<UInt8>.self)
                guard bytes & 0x80 == SIMD8(repeating: 0) else { break }
                output.storeBytes(
                    of: SIMD8<UInt16>(truncatingIfNeeded: bytes), toByteOffset: 2 * position, as: SIMD8<UInt16>.self)
                position += 8
                index += 8
            }
            guard index < count else { break }
            let byte = bytes[index]
            if byte < 0x80 {
                buffer[position] = UInt16(byte)
                position += 1
                index += 1
                continue
            }
            let length = utf8Length(byte)
            guard index + length <= count else {
                buffer[position] = 0xFFFD
                return position + 1
            }
            var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
            if value < 0x10000 {
                buffer[position] = UInt16(value)
                position += 1
            } else {
                value -= 0x10000
                buffer[position] = UInt16(0xD800 + (value >> 10))
                buffer[position + 1] = UInt16(0xDC00 + (value & 0x3FF))
                position += 2
            }
            index += length
        }
        return position
    }

    /// The UTF-16 code units of `text`, transcoded in one pass (a copy from the `utf16` view walks it
    /// generically, several times slower).
    static func utf16(of text: String) -> [UInt16] {
        var text = text
        return text.withUTF8 { bytes in
            [UInt16](unsafeUninitializedCapacity: bytes.count) { buffer, count in
                count = writeUTF16(bytes, into: buffer, at: 0)
            }
        }
    }

    /// The byte length of the UTF-8 sequence a non-ASCII lead byte starts.
    @inline(__always) static func utf8Length(_ lead: UInt8) -> Int {
        lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    }
}

extension UTF8Transcoding {
    /// A string from UTF-16 code units (what ICU writes), each unpaired surrogate replaced by U+FFFD as
    /// `String(decoding:as:)` does, in one pass: the standard library decodes UTF-16 scalar by scalar
    /// through its generic path.
    static func string(fromUTF16 units: UnsafeBufferPointer<UInt16>) -> String {
        // At most three bytes per code unit: a surrogate pair (two units) takes four.
        String(unsafeUninitializedCapacity: units.count * 3) { bytes in
            var index = 0
            var count = 0
            while index < units.count {
                var value = UInt32(units[index])
                index += 1
                if value < 0x80 {
                    bytes[count] = UInt8(value)
                    count += 1
                    continue
                }
                if (0xD800..<0xDC00).contains(value), index < units.count, (0xDC00..<0xE000).contains(units[index]) {
                    value = 0x10000 + (value - 0xD800) << 10 + (UInt32(units[index]) - 0xDC00)
                    index += 1
                } else if (0xD800..<0xE000).contains(value) {
                    value = 0xFFFD
                }
                if value < 0x800 {
                    bytes[count] = UInt8(0xC0 | value >> 6)
                    bytes[count + 1] = UInt8(0x80 | value & 0x3F)
                    count += 2
                } else if value < 0x10000 {
                    bytes[count] = UInt8(0xE0 | value >> 12)
                    bytes[count + 1] = UInt8(0x80 | value >> 6 & 0x3F)
                    bytes[count + 2] = UInt8(0x80 | value & 0x3F)
                    count += 3
                } else {
                    bytes[count] = UInt8(0xF0 | value >> 18)
                    bytes[count + 1] = UInt8(0x80 | value >> 12 & 0x3F)
                    bytes[count + 2] = UInt8(0x80 | value >> 6 & 0x3F)
                    bytes[count + 3] = UInt8(0x80 | value & 0x3F)
                    count += 4
                }
            }
            return count
        }
    }
}
