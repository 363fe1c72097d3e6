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

    /// The first invalid UTF-8 sequence, else the first control character. The standard library validates
    /// (its ASCII path takes many bytes at once); controls are looked for eight bytes at a time, and only a
    /// word holding a byte below 0x20, 0x7F or 0xC2 (the lead of U+0080…U+00BF) is looked at byte by byte.
    static func scan(_ bytes: [UInt8]) -> (invalidUTF8: Int?, control: (offset: Int, value: UInt32)?) {
        guard String(validating: bytes, as: UTF8.self) != nil else {
            return (UTF8Validation.firstInvalidOffset(bytes), nil)
        }
        return bytes.withUnsafeBytes { raw in
            let ones: UInt64 = 0x0101_0101_0101_0101
            let high: UInt64 = 0x8080_8080_8080_8080
            /// Whether a byte of `word` equals `byte` (may also say so when a byte before it does).
            func has(_ word: UInt64, _ byte: UInt8) -> Bool {
                let spread = word ^ (ones &* UInt64(byte))
                return (spread &- ones) & ~spread & high != 0
            }
            var index = 0
            while index < raw.count {
                if index + 8 <= raw.count {
                    let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                    let belowSpace = (word &- ones &* 0x20) & ~word & high != 0
                    if !belowSpace && !has(word, 0x7F) && !has(word, 0xC2) {
                        index += 8
                        continue
                    }
                }
                let byte = raw[index]
                if (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F {
                    return (nil, (index, UInt32(byte)))
                }
                // C1 controls are U+0080…U+009F: C2 80 … C2 9F.
                if byte == 0xC2, index + 1 < raw.count, (0x80...0x9F).contains(raw[index + 1]) {
                    return (nil, (index, UInt32(raw[index + 1])))
                }
                index += 1
            }
            return (nil, nil)
        }
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
