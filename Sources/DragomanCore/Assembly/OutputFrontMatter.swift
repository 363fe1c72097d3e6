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
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\t": output += "\\t"
            case "\r": output += "\\r"
            case "\u{2028}": output += "\\L"
            case "\u{2029}": output += "\\P"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
                    || scalar.value == 0xFEFF
                {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output + "\""
    }
}
