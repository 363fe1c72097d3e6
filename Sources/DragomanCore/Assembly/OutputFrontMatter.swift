/// Writes the front matter of an assembled post as YAML, keys in a fixed order, every string double-quoted
/// and escaped, so no value (translated or not) can change the YAML's structure.
struct OutputFrontMatter {
    enum Value {
        case string(String)
        case integer(Int)
        case strings([String])
        /// An ISO 8601 date, written bare so Hugo reads it as a date.
        case date(CalendarDate)
    }

    private(set) var entries: [(key: String, value: Value)] = []

    mutating func add(_ key: String, _ value: Value) { entries.append((key, value)) }

    /// Appends the YAML (without the `---` fences) to `output`.
    func write(into output: inout UTF8Buffer) {
        for (key, value) in entries {
            output.append(key)
            switch value {
            case .string(let text):
                output.append(": \"")
                Self.escape(text, into: &output)
                output.append("\"\n")
            case .integer(let number):
                output.append(": ")
                output.append(integer: number)
                output.append(ascii: 0x0A)
            case .date(let date):
                // `YYYY-MM-DD`, as its description prints a date read from ISO 8601 digits.
                output.append(": ")
                output.append(integer: date.year, width: 4)
                output.append(ascii: UInt8(ascii: "-"))
                output.append(integer: date.month, width: 2)
                output.append(ascii: UInt8(ascii: "-"))
                output.append(integer: date.day, width: 2)
                output.append(ascii: 0x0A)
            case .strings(let items):
                guard !items.isEmpty else {
                    output.append(": []\n")
                    continue
                }
                output.append(ascii: UInt8(ascii: ":"))
                for item in items {
                    output.append("\n  - \"")
                    Self.escape(item, into: &output)
                    output.append(ascii: UInt8(ascii: "\""))
                }
                output.append(ascii: 0x0A)
            }
        }
    }

    /// Appends `text` escaped for a YAML double-quoted scalar (the quotes left to the caller) to `output`.
    static func escape(_ text: String, into output: inout UTF8Buffer) {
        // Every character that needs an escape is ASCII or starts with 0xC2, 0xE2 or 0xEF; the text between
        // them is copied a stretch at a time.
        text.withUTF8Bytes { bytes in
            var copied = 0
            func copy(upTo end: Int, skipping length: Int) {
                if end > copied { output.append(UnsafeBufferPointer(rebasing: bytes[copied..<end])) }
                copied = end + length
            }
            func replace(_ length: Int, at index: Int, with escaped: String) {
                copy(upTo: index, skipping: length)
                output.append(escaped)
            }
            func replace(_ length: Int, at index: Int, withUnicode value: UInt8) {
                copy(upTo: index, skipping: length)
                output.append("\\u00")
                output.append(ascii: hexDigit(value >> 4))
                output.append(ascii: hexDigit(value & 0xF))
            }
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case 0x22: replace(1, at: index, with: "\\\"")
                case 0x5C: replace(1, at: index, with: "\\\\")
                case 0x0A: replace(1, at: index, with: "\\n")
                case 0x09: replace(1, at: index, with: "\\t")
                case 0x0D: replace(1, at: index, with: "\\r")
                case 0x00..<0x20, 0x7F: replace(1, at: index, withUnicode: byte)
                case 0xC2 where index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1]):
                    replace(2, at: index, withUnicode: bytes[index + 1])
                    index += 1
                case 0xE2
                where index + 2 < bytes.count && bytes[index + 1] == 0x80
                    && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    replace(3, at: index, with: bytes[index + 2] == 0xA8 ? "\\L" : "\\P")
                    index += 2
                case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF:
                    replace(3, at: index, with: "\\uFEFF")
                    index += 2
                default: break
                }
                index += 1
            }
            copy(upTo: bytes.count, skipping: 0)
        }
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "A") + value - 10
    }
}
