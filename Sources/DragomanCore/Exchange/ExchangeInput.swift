/// Checks an untrusted exchange file's bytes before any parser sees them.
///
/// Invalid UTF-8 and control characters are refused with their position; an XML prolog that declares a
/// document type is refused outright, so no DTD, external entity or entity expansion can ever be loaded.
public enum ExchangeInput {
    /// Throws at the first problem: invalid UTF-8, a C0/C1 control character (tab, LF, CR allowed), or (for XML)
    /// a `<!DOCTYPE`.
    public static func check(_ bytes: [UInt8], path: String, xml: Bool) throws(DragomanError) {
        let problems = scan(bytes)
        if let bad = problems.invalidUTF8 {
            throw DragomanError(
                SourceLocation.of(offset: bad, in: bytes, path: path), "invalid UTF-8 byte sequence",
                hint: "save the file as UTF-8")
        }
        if let control = problems.control {
            throw DragomanError(
                SourceLocation.of(offset: control.offset, in: bytes, path: path),
                "control character U+\(hex(control.value)) is not allowed",
                hint: "remove the character; only tab, line feed and carriage return may appear")
        }
        if xml, let doctype = doctypeOffset(bytes) {
            throw DragomanError(
                SourceLocation.of(offset: doctype, in: bytes, path: path), "DTDs are not allowed",
                hint: "remove the <!DOCTYPE> declaration; exchange files never need one")
        }
    }

    /// The first invalid UTF-8 sequence, else the first control character, in one pass over a clean file:
    /// eight bytes at a time while they are ASCII without a control character, else character by character,
    /// each non-ASCII sequence checked as ``UTF8Validation`` checks it (a C1 control is the sequence C2 80…9F).
    /// A file with a control character is validated to its end before the control is reported, since invalid
    /// UTF-8 anywhere takes precedence.
    static func scan(_ bytes: [UInt8]) -> (invalidUTF8: Int?, control: (offset: Int, value: UInt32)?) {
        let found: (invalidUTF8: Int?, control: (offset: Int, value: UInt32)?) = bytes.withUnsafeBytes { raw in
            let high: UInt64 = 0x8080_8080_8080_8080
            /// The top bit of each byte of `word` that is zero (and no other bit).
            @inline(__always) func zeroBytes(_ word: UInt64) -> UInt64 {
                ~(((word & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | word | 0x7F7F_7F7F_7F7F_7F7F)
            }
            var index = 0
            while index < raw.count {
                // Eight bytes at a time while they are printable ASCII, tabs and line ends (an exchange file is
                // mostly that: markup, indentation and Latin text). Each mask has the top bit of a byte set
                // where the byte is of its kind; every byte is below 0x80 once `word & high` is 0, so no sum
                // below carries from one byte into the next.
                while raw.count - index >= 8 {
                    let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                    guard word & high == 0 else { break }
                    let belowSpace = ~(word &+ 0x6060_6060_6060_6060) & high
                    let allowed =
                        zeroBytes(word ^ 0x0909_0909_0909_0909) | zeroBytes(word ^ 0x0A0A_0A0A_0A0A_0A0A)
                        | zeroBytes(word ^ 0x0D0D_0D0D_0D0D_0D0D)
                    guard belowSpace & ~allowed | zeroBytes(word ^ 0x7F7F_7F7F_7F7F_7F7F) == 0 else { break }
                    index += 8
                }
                guard index < raw.count else { break }
                let byte = raw[index]
                if byte < 0x80 {
                    if (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F {
                        return (nil, (index, UInt32(byte)))
                    }
                    index += 1
                    continue
                }
                // Two-byte characters (Turkish and Arabic letters) settled here, the rest by the full check.
                if byte >= 0xC2, byte <= 0xDF, index + 1 < raw.count, raw[index + 1] & 0xC0 == 0x80 {
                    if byte == 0xC2, raw[index + 1] <= 0x9F { return (nil, (index, UInt32(raw[index + 1]))) }
                    index += 2
                    continue
                }
                guard let length = UTF8Validation.sequenceLength(raw, at: index) else { return (index, nil) }
                if byte == 0xC2, raw[index + 1] <= 0x9F { return (nil, (index, UInt32(raw[index + 1]))) }
                index += length
            }
            return (nil, nil)
        }
        guard found.control != nil else { return found }
        let invalid = UTF8Validation.firstInvalidOffset(bytes)
        return invalid == nil ? found : (invalid, nil)
    }

    /// The offset of a document type declaration in the prolog (before the root element), if any.
    static func doctypeOffset(_ bytes: [UInt8]) -> Int? {
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        func starts(_ text: String, at offset: Int) -> Bool {
            let pattern = Array(text.utf8)
            return offset + pattern.count <= bytes.count && Array(bytes[offset..<offset + pattern.count]) == pattern
        }
        func skip(past terminator: String, from offset: Int) -> Int {
            let pattern = Array(terminator.utf8)
            var position = offset
            while position + pattern.count <= bytes.count {
                if bytes[position] == pattern[0], Array(bytes[position..<position + pattern.count]) == pattern {
                    return position + pattern.count
                }
                position += 1
            }
            return bytes.count
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                index += 1
            } else if starts("<?", at: index) {
                index = skip(past: "?>", from: index + 2)
            } else if starts("<!--", at: index) {
                index = skip(past: "-->", from: index + 4)
            } else if starts("<!", at: index) {
                return index  // <!DOCTYPE, or any other declaration: never allowed in the prolog of an exchange file
            } else {
                return nil
            }
        }
        return nil
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
