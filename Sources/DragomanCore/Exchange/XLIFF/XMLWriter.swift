/// Builds XML text deterministically: attributes in the order given, two-space indent, `\n` line ends.
///
/// Everything is appended to one growing string: no element, attribute list or indent is built as a string
/// of its own first.
struct XMLWriter {
    private(set) var output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    private var open: [String] = []

    /// Opens an element on its own line.
    mutating func start(_ name: String, _ attributes: [(String, String?)] = []) {
        appendIndent()
        output += "<"
        output += name
        Self.appendAttributes(attributes, to: &output)
        output += ">\n"
        open.append(name)
    }

    /// Closes the innermost open element.
    mutating func end() {
        guard let name = open.popLast() else { return }
        appendIndent()
        output += "</"
        output += name
        output += ">\n"
    }

    /// An element whose content is already-escaped inline markup, on one line.
    mutating func inline(_ name: String, _ attributes: [(String, String?)] = [], markup: String) {
        appendIndent()
        output += "<"
        output += name
        Self.appendAttributes(attributes, to: &output)
        output += ">"
        output += markup
        output += "</"
        output += name
        output += ">\n"
    }

    /// An element holding plain text.
    mutating func text(_ name: String, _ attributes: [(String, String?)] = [], _ text: String) {
        appendIndent()
        output += "<"
        output += name
        Self.appendAttributes(attributes, to: &output)
        output += ">"
        Self.appendEscaped(text, to: &output)
        output += "</"
        output += name
        output += ">\n"
    }

    private mutating func appendIndent() {
        for _ in 0..<open.count { output += "  " }
    }

    static func attributes(_ attributes: [(String, String?)]) -> String {
        var result = ""
        appendAttributes(attributes, to: &result)
        return result
    }

    /// ` name="value"` for each attribute with a value, escaped.
    static func appendAttributes(_ attributes: [(String, String?)], to output: inout String) {
        for (name, value) in attributes {
            guard let value else { continue }
            output += " "
            output += name
            output += "=\""
            appendEscaped(value, attribute: true, to: &output)
            output += "\""
        }
    }

    /// Escapes `&`, `<`, `>` (and quotes and white space in attributes, so they survive normalisation).
    static func escape(_ text: String, attribute: Bool = false) -> String {
        var result = ""
        appendEscaped(text, attribute: attribute, to: &result)
        return result
    }

    /// ``escape(_:attribute:)`` appended to `output`: stretches without a character to escape are appended as
    /// slices of `text`, never character by character.
    static func appendEscaped(_ text: String, attribute: Bool = false, to output: inout String) {
        let bytes = text.utf8
        var copied = bytes.startIndex
        var index = copied
        while index != bytes.endIndex {
            let replacement: String? =
                switch bytes[index] {
                case 0x26: "&amp;"
                case 0x3C: "&lt;"
                case 0x3E: "&gt;"
                case 0x0D: "&#13;"
                case 0x22 where attribute: "&quot;"
                case 0x0A where attribute: "&#10;"
                case 0x09 where attribute: "&#9;"
                default: nil
                }
            if let replacement {
                output += text[copied..<index]
                output += replacement
                copied = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
        if copied == bytes.startIndex {
            output += text
        } else {
            output += text[copied..<bytes.endIndex]
        }
    }
}
