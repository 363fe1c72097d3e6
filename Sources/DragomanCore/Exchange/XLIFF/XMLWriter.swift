/// Builds XML text deterministically: attributes in the order given, two-space indent, `\n` line ends.
///
/// Everything is written as UTF-8 bytes into one buffer, made into a `String` once at the end: no element,
/// attribute list, indent or inline content is built as a string of its own first.
struct XMLWriter {
    private var buffer = UTF8Buffer(capacity: 1 << 16)
    private var open: [String] = []

    init() { buffer.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n") }

    /// The document written so far.
    var output: String { buffer.text }

    /// Opens an element on its own line.
    mutating func start(_ name: String, _ attributes: [(String, String?)] = []) {
        appendIndent()
        appendTag(name, attributes)
        buffer.append(ascii: 0x0A)
        open.append(name)
    }

    /// Closes the innermost open element.
    mutating func end() {
        guard let name = open.popLast() else { return }
        appendIndent()
        appendClosingTag(name)
        buffer.append(ascii: 0x0A)
    }

    /// An element on one line whose content `content` writes with the `append…` methods (inline markup).
    mutating func inline(
        _ name: String, _ attributes: [(String, String?)] = [], content: (inout XMLWriter) -> Void
    ) {
        appendIndent()
        appendTag(name, attributes)
        content(&self)
        appendClosingTag(name)
        buffer.append(ascii: 0x0A)
    }

    /// An element holding plain text.
    mutating func text(_ name: String, _ attributes: [(String, String?)] = [], _ text: String) {
        inline(name, attributes) { $0.appendEscaped(text) }
    }

    /// Appends `<name attributes>`, or `<name attributes/>` when `empty`.
    mutating func appendTag(_ name: String, _ attributes: [(String, String?)], empty: Bool = false) {
        buffer.append(ascii: UInt8(ascii: "<"))
        buffer.append(name)
        for (name, value) in attributes {
            guard let value else { continue }
            buffer.append(ascii: 0x20)
            buffer.append(name)
            buffer.append(ascii: UInt8(ascii: "="))
            buffer.append(ascii: UInt8(ascii: "\""))
            Self.appendEscaped(value, attribute: true, to: &buffer)
            buffer.append(ascii: UInt8(ascii: "\""))
        }
        if empty { buffer.append(ascii: UInt8(ascii: "/")) }
        buffer.append(ascii: UInt8(ascii: ">"))
    }

    /// Appends `</name>`.
    mutating func appendClosingTag(_ name: String) {
        buffer.append(ascii: UInt8(ascii: "<"))
        buffer.append(ascii: UInt8(ascii: "/"))
        buffer.append(name)
        buffer.append(ascii: UInt8(ascii: ">"))
    }

    /// Appends text content, escaped.
    mutating func appendEscaped(_ text: String) {
        Self.appendEscaped(text, to: &buffer)
    }

    private mutating func appendIndent() {
        for _ in 0..<open.count {
            buffer.append(ascii: 0x20)
            buffer.append(ascii: 0x20)
        }
    }

    /// Appends `text` with `&`, `<`, `>` and carriage returns escaped (and quotes, line feeds and tabs in
    /// attributes, so they survive normalisation): stretches without a character to escape are copied whole.
    static func appendEscaped(_ text: String, attribute: Bool = false, to output: inout UTF8Buffer) {
        text.withUTF8Bytes { bytes in
            var copied = 0
            for index in bytes.indices {
                let replacement: StaticString
                switch bytes[index] {
                case 0x26: replacement = "&amp;"
                case 0x3C: replacement = "&lt;"
                case 0x3E: replacement = "&gt;"
                case 0x0D: replacement = "&#13;"
                case 0x22 where attribute: replacement = "&quot;"
                case 0x0A where attribute: replacement = "&#10;"
                case 0x09 where attribute: replacement = "&#9;"
                default: continue
                }
                output.append(UnsafeBufferPointer(rebasing: bytes[copied..<index]))
                replacement.withUTF8Buffer { output.append($0) }
                copied = index + 1
            }
            output.append(UnsafeBufferPointer(rebasing: bytes[copied...]))
        }
    }
}
