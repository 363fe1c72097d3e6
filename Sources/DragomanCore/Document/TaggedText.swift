/// The plain-text notation of segment content that translators and PO files see:
/// `MSCs are known for their <1>immunomodulatory</1> properties<2/>`.
///
/// Tags are `<n>`, `</n>` and `<n/>` with n the code's id. A literal `<` that would read as a tag, and a
/// literal backslash, are escaped with a backslash.
public enum TaggedText {
    /// Renders content with numbered tags.
    public static func render(_ content: [InlineElement]) -> String {
        var result = ""
        for element in content {
            switch element {
            case .text(let text): result += escape(text)
            case .open(let code): result += "<\(code.id)>"
            case .close(let code): result += "</\(code.id)>"
            case .standalone(let code): result += "<\(code.id)/>"
            }
        }
        return result
    }

    /// A tag or a run of text in tagged notation.
    public enum Token: Hashable, Sendable {
        case text(String)
        case open(Int)
        case close(Int)
        case standalone(Int)
    }

    /// Splits tagged text into text and tags; escapes are resolved.
    public static func tokens(_ tagged: String) -> [Token] {
        var tokens: [Token] = []
        var text: [UInt8] = []
        let bytes = Array(tagged.utf8)
        var index = 0
        func flush() {
            if !text.isEmpty { tokens.append(.text(String(decoding: text, as: UTF8.self))) }
            text.removeAll(keepingCapacity: true)
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\"), index + 1 < bytes.count,
                bytes[index + 1] == UInt8(ascii: "<") || bytes[index + 1] == UInt8(ascii: "\\")
            {
                text.append(bytes[index + 1])
                index += 2
                continue
            }
            if byte == UInt8(ascii: "<"), let (token, length) = tag(in: bytes, at: index) {
                flush()
                tokens.append(token)
                index += length
                continue
            }
            text.append(byte)
            index += 1
        }
        flush()
        return tokens
    }

    /// The UTF-8 of `tagged` with runs of white space (space, tab, line ends) collapsed to one space and
    /// trimmed: the canonical form that segment IDs hash and "same source" compares. The white space is ASCII,
    /// and no byte of another character is, so bytes suffice.
    static func collapsingWhiteSpace(_ tagged: String) -> [UInt8] {
        var result: [UInt8] = []
        var pendingSpace = false
        tagged.withUTF8Bytes { bytes in
            result.reserveCapacity(bytes.count)
            for byte in bytes {
                if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                    pendingSpace = !result.isEmpty
                    continue
                }
                if pendingSpace { result.append(0x20) }
                pendingSpace = false
                result.append(byte)
            }
        }
        return result
    }

    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "\\") }) else { return text }
        return rebuild(Array(text.utf8))
    }

    private static func rebuild(_ bytes: [UInt8]) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 4)
        for (index, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: "\\") || (byte == UInt8(ascii: "<") && tag(in: bytes, at: index) != nil) {
                output.append(UInt8(ascii: "\\"))
            }
            output.append(byte)
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Recognises `<n>`, `</n>` or `<n/>` at `start`.
    static func tag(in bytes: [UInt8], at start: Int) -> (Token, Int)? {
        var index = start + 1
        var closing = false
        if index < bytes.count, bytes[index] == UInt8(ascii: "/") {
            closing = true
            index += 1
        }
        var number = 0
        let digitsStart = index
        while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9"),
            index - digitsStart < 6
        {
            number = number * 10 + Int(bytes[index] - UInt8(ascii: "0"))
            index += 1
        }
        guard index > digitsStart, index < bytes.count, bytes[digitsStart] != UInt8(ascii: "0") else { return nil }
        if bytes[index] == UInt8(ascii: ">") {
            return (closing ? .close(number) : .open(number), index + 1 - start)
        }
        if !closing, bytes[index] == UInt8(ascii: "/"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: ">") {
            return (.standalone(number), index + 2 - start)
        }
        return nil
    }
}
