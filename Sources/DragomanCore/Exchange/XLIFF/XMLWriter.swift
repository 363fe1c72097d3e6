/// Builds XML text deterministically: attributes in the order given, two-space indent, `\n` line ends.
struct XMLWriter {
    private(set) var output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    private var open: [String] = []

    /// Opens an element on its own line.
    mutating func start(_ name: String, _ attributes: [(String, String?)] = []) {
        output += indent + "<" + name + Self.attributes(attributes) + ">\n"
        open.append(name)
    }

    /// Closes the innermost open element.
    mutating func end() {
        guard let name = open.popLast() else { return }
        output += indent + "</" + name + ">\n"
    }

    /// An element whose content is already-escaped inline markup, on one line.
    mutating func inline(_ name: String, _ attributes: [(String, String?)] = [], markup: String) {
        output += indent + "<" + name + Self.attributes(attributes) + ">" + markup + "</" + name + ">\n"
    }

    /// An element holding plain text.
    mutating func text(_ name: String, _ attributes: [(String, String?)] = [], _ text: String) {
        inline(name, attributes, markup: Self.escape(text))
    }

    private var indent: String { String(repeating: "  ", count: open.count) }

    static func attributes(_ attributes: [(String, String?)]) -> String {
        var result = ""
        for (name, value) in attributes {
            guard let value else { continue }
            result += " \(name)=\"\(escape(value, attribute: true))\""
        }
        return result
    }

    /// Escapes `&`, `<`, `>` (and quotes and white space in attributes, so they survive normalisation).
    static func escape(_ text: String, attribute: Bool = false) -> String {
        guard
            text.utf8.contains(where: {
                $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x0D
                    || (attribute && ($0 == 0x0A || $0 == 0x09))
            })
        else {
            return text
        }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where attribute: result += "&quot;"
            case "\r": result += "&#13;"
            case "\n" where attribute: result += "&#10;"
            case "\t" where attribute: result += "&#9;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
