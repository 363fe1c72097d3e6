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

    var yaml: String {
        var output = ""
        for (key, value) in entries {
            output += key
            output += ":"
            switch value {
            case .string(let text): output += " " + Self.quote(text)
            case .integer(let number): output += " \(number)"
            case .date(let date): output += " \(date)"
            case .strings(let items):
                if items.isEmpty { output += " []" }
                for item in items { output += "\n  - " + Self.quote(item) }
            }
            output += "\n"
        }
        return output
    }

    /// A YAML double-quoted scalar.
    static func quote(_ text: String) -> String {
        // Byte by byte: every character that needs an escape is ASCII or starts with 0xC2, 0xE2 or 0xEF, and
        // the rest is copied as it is.
        var text = text
        return text.withUTF8 { bytes -> String in
            var output: [UInt8] = [0x22]
            output.reserveCapacity(bytes.count + 2)
            func escape(_ escaped: StaticString) { escaped.withUTF8Buffer { output.append(contentsOf: $0) } }
            func unicode(_ value: Int) {
                let digits: StaticString = "0123456789ABCDEF"
                escape("\\u")
                digits.withUTF8Buffer { hex in
                    for shift in [12, 8, 4, 0] { output.append(hex[(value >> shift) & 0xF]) }
                }
            }
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case 0x22: escape("\\\"")
                case 0x5C: escape("\\\\")
                case 0x0A: escape("\\n")
                case 0x09: escape("\\t")
                case 0x0D: escape("\\r")
                case 0x00..<0x20, 0x7F: unicode(Int(byte))
                case 0xC2 where index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1]):
                    unicode(Int(bytes[index + 1]))
                    index += 1
                case 0xE2
                where index + 2 < bytes.count && bytes[index + 1] == 0x80
                    && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    escape(bytes[index + 2] == 0xA8 ? "\\L" : "\\P")
                    index += 2
                case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF:
                    unicode(0xFEFF)
                    index += 2
                default: output.append(byte)
                }
                index += 1
            }
            output.append(0x22)
            return String(decoding: output, as: UTF8.self)
        }
    }
}
