/// Writes target content as Markdown: codes come back as their source markup, text is escaped so that it
/// cannot open emphasis, links, HTML or a new block.
enum MarkdownEscaper {
    /// Appends the Markdown of `content` to `output`.
    static func render(
        _ content: [InlineElement], source: [InlineElement], atLineStart: Bool, into output: inout String
    ) {
        var first = atLineStart
        for element in content {
            switch element {
            case .text(let text):
                escape(text, atLineStart: first, into: &output)
            case .open(let code):
                output += markup(of: code.id, in: source) { if case .open(let code) = $0 { code } else { nil } } ?? ""
            case .close(let code):
                output += markup(of: code.id, in: source) { if case .close(let code) = $0 { code } else { nil } } ?? ""
            case .standalone(let code):
                output +=
                    markup(of: code.id, in: source) { if case .standalone(let code) = $0 { code } else { nil } } ?? ""
            }
            first = false
        }
    }

    /// Whether `escape` may do something other than copy `byte`: one bit per ASCII byte, set for the
    /// backslash, `` ` `` `*` `_` `[` `]` `<` `>` `|` `~` `!` `&` `#` `-` `+` `=` `.` `)` and line ends.
    @inline(__always) private static func needsCare(_ byte: UInt8) -> Bool {
        byte < 64
            ? (0x7000_6E4A_0000_2400 as UInt64) >> byte & 1 != 0
            : byte < 128 && (0x5000_0001_B800_0000 as UInt64) >> (byte - 64) & 1 != 0
    }

    /// The source's markup for the code half `half` picks out with id `id` (the target's own `data` is never
    /// trusted); the last one wins, as in a table keyed by id. A segment has a few codes: a scan beats
    /// building tables per segment.
    private static func markup(of id: Int, in source: [InlineElement], _ half: (InlineElement) -> InlineCode?)
        -> String?
    {
        for element in source.reversed() {
            if let code = half(element), code.id == id { return code.data }
        }
        return nil
    }

    /// Appends the escaped `text` to `output`; what came before in `output` does not count as line start.
    static func escape(_ text: String, atLineStart: Bool, into output: inout String) {
        // Text is appended in slices of `text` between the bytes that need care (all ASCII, so every slice is
        // whole characters), never as bytes.
        text.withUTF8Bytes { escape($0, of: text, atLineStart: atLineStart, into: &output) }
    }

    private static func escape(
        _ bytes: UnsafeBufferPointer<UInt8>, of text: String, atLineStart: Bool, into output: inout String
    ) {
        var index = 0
        // Bytes from `copied` on are not in `output` yet.
        var copied = 0
        func flush(upTo end: Int) {
            guard end > copied else { return }
            // The whole text (most texts need no escape) is appended as a string, the cheapest append there is.
            if copied == 0, end == bytes.count {
                output += text
            } else {
                output += text.utf8Slice(copied..<end)
            }
            copied = end
        }
        while index < bytes.count {
            while index < bytes.count, !needsCare(bytes[index]) { index += 1 }
            guard index < bytes.count else { break }
            let byte = bytes[index]
            // Every byte of `text` gives at least one byte of output: "nothing written yet for this text" is
            // `index == 0`, and "only digits written" is "only digits before `index`".
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
                UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "|"), UInt8(ascii: "~"):
                flush(upTo: index)
                output += "\\"
            case UInt8(ascii: "!") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "["):
                flush(upTo: index)
                output += "\\"
            case UInt8(ascii: "&"):
                flush(upTo: index)
                output += "&amp;"
                copied = index + 1
            case 0x0A, 0x0D:
                flush(upTo: index)
                output += " "
                copied = index + 1
            case UInt8(ascii: "#"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "="):
                if atLineStart && index == 0 { output += "\\" }
            case UInt8(ascii: "."), UInt8(ascii: ")"):
                if atLineStart, index > 0, bytes[..<index].allSatisfy({ (0x30...0x39).contains($0) }) {
                    flush(upTo: index)
                    output += "\\"
                }
            default: break
            }
            index += 1
        }
        flush(upTo: bytes.count)
    }
}
