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

    /// Appends the YAML (without the `---` fences) to `output`, in as few appends as the values allow.
    func write(into output: inout String) {
        for (key, value) in entries {
            output += key
            switch value {
            case .string(let text):
                output += ": \""
                Self.escape(text, into: &output)
                output += "\"\n"
            case .integer(let number):
                output += ": \(number)\n"
            case .date(let date):
                output += ": \(date)\n"
            case .strings(let items):
                guard !items.isEmpty else {
                    output += ": []\n"
                    continue
                }
                output += ":"
                for item in items {
                    output += "\n  - \""
                    Self.escape(item, into: &output)
                    output += "\""
                }
                output += "\n"
            }
        }
    }

    /// Appends `text` escaped for a YAML double-quoted scalar (the quotes left to the caller) to `output`.
    static func escape(_ text: String, into output: inout String) {
        // Every character that needs an escape is ASCII or starts with 0xC2, 0xE2 or 0xEF; the text between
        // them is appended as slices of `text`, never as bytes.
        text.withUTF8Bytes { bytes in
            var copied = 0
            func replace(with escaped: String, from index: Int, length: Int) {
                if index > copied { output += text.utf8Slice(copied..<index) }
                output += escaped
                copied = index + length
            }
            func unicode(_ value: Int) -> String {
                let digits = Array("0123456789ABCDEF".utf8)
                return "\\u" + String(decoding: [12, 8, 4, 0].map { digits[(value >> $0) & 0xF] }, as: UTF8.self)
            }
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case 0x22: replace(with: "\\\"", from: index, length: 1)
                case 0x5C: replace(with: "\\\\", from: index, length: 1)
                case 0x0A: replace(with: "\\n", from: index, length: 1)
                case 0x09: replace(with: "\\t", from: index, length: 1)
                case 0x0D: replace(with: "\\r", from: index, length: 1)
                case 0x00..<0x20, 0x7F: replace(with: unicode(Int(byte)), from: index, length: 1)
                case 0xC2 where index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1]):
                    replace(with: unicode(Int(bytes[index + 1])), from: index, length: 2)
                    index += 1
                case 0xE2
                where index + 2 < bytes.count && bytes[index + 1] == 0x80
                    && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    replace(with: bytes[index + 2] == 0xA8 ? "\\L" : "\\P", from: index, length: 3)
                    index += 2
                case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF:
                    replace(with: unicode(0xFEFF), from: index, length: 3)
                    index += 2
                default: break
                }
                index += 1
            }
            if bytes.count > copied { output += text.utf8Slice(copied..<bytes.count) }
        }
    }
}
