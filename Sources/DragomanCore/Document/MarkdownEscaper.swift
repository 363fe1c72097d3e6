/// Writes target content as Markdown: codes come back as their source markup, text is escaped so that it
/// cannot open emphasis, links, HTML or a new block.
enum MarkdownEscaper {
    /// Appends the Markdown of `content` to `output`, its codes written as the markup of `source`'s codes,
    /// read from its post's segment tables.
    static func render(_ content: [InlineElement], source: Segment, atLineStart: Bool, into output: inout UTF8Buffer) {
        var first = atLineStart
        for element in content {
            switch element {
            case .text(let text): escape(text, atLineStart: first, into: &output)
            case .open(let code):
                source.storage.withMarkup(of: .open, id: code.id, in: source.index) { output.append($0) }
            case .close(let code):
                source.storage.withMarkup(of: .close, id: code.id, in: source.index) { output.append($0) }
            case .standalone(let code):
                source.storage.withMarkup(of: .standalone, id: code.id, in: source.index) { output.append($0) }
            }
            first = false
        }
    }

    /// Whether `escape` may do something other than copy `byte`: one bit per ASCII byte, set for the
    /// backslash, `` ` `` `*` `_` `[` `]` `<` `>` `|` `~` `!` `&` `#` `-` `+` `=` `.` `)` and line ends.
    @inline(__always) static func needsCare(_ byte: UInt8) -> Bool {
        byte < 64
            ? (0x7000_6E4A_0000_2400 as UInt64) >> byte & 1 != 0
            : byte < 128 && (0x5000_0001_B800_0000 as UInt64) >> (byte - 64) & 1 != 0
    }

    /// Whether none of the eight bytes of `word` needs care, by a cheaper test than ``needsCare(_:)`` that
    /// passes only letters, spaces and bytes of non-ASCII characters (most of any text); digits and
    /// punctuation are left to the byte-by-byte test.
    @inline(__always) static func isPlain(_ word: UInt64) -> Bool {
        let high: UInt64 = 0x8080_8080_8080_8080
        let ascii = word & ~high
        // Every byte of `ascii` is below 0x80, so the sums below carry into no other byte: each byte's top bit
        // says whether the byte (case folded) is at least `a`, past `z`, not a space.
        let folded = ascii | 0x2020_2020_2020_2020
        let atLeastA = folded &+ 0x1F1F_1F1F_1F1F_1F1F
        let pastZ = folded &+ 0x0505_0505_0505_0505
        let notSpace = (ascii ^ 0x2020_2020_2020_2020) &+ 0x7F7F_7F7F_7F7F_7F7F
        return (word | atLeastA & ~pastZ | ~notSpace) & high == high
    }

    /// Appends the escaped `text` to `output`; what came before in `output` does not count as line start.
    static func escape(_ text: String, atLineStart: Bool, into output: inout UTF8Buffer) {
        text.withUTF8Bytes { escape($0, atLineStart: atLineStart, into: &output) }
    }

    private static func escape(_ bytes: UnsafeBufferPointer<UInt8>, atLineStart: Bool, into output: inout UTF8Buffer) {
        var index = 0
        // Bytes from `copied` on are not in `output` yet. The bytes that need care are ASCII, so every stretch
        // between them is whole characters.
        var copied = 0
        func flush(upTo end: Int) {
            guard end > copied else { return }
            output.append(UnsafeBufferPointer(rebasing: bytes[copied..<end]))
            copied = end
        }
        while index < bytes.count {
            if bytes.count - index >= 8, let base = bytes.baseAddress,
                isPlain(UnsafeRawPointer(base).loadUnaligned(fromByteOffset: index, as: UInt64.self))
            {
                index += 8
                continue
            }
            let byte = bytes[index]
            guard needsCare(byte) else {
                index += 1
                continue
            }
            // Every byte of `text` gives at least one byte of output: "nothing written yet for this text" is
            // `index == 0`, and "only digits written" is "only digits before `index`".
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
                UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "|"), UInt8(ascii: "~"):
                flush(upTo: index)
                output.append(ascii: UInt8(ascii: "\\"))
            case UInt8(ascii: "!") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "["):
                flush(upTo: index)
                output.append(ascii: UInt8(ascii: "\\"))
            case UInt8(ascii: "&"):
                flush(upTo: index)
                output.append("&amp;")
                copied = index + 1
            case 0x0A, 0x0D:
                flush(upTo: index)
                output.append(ascii: UInt8(ascii: " "))
                copied = index + 1
            case UInt8(ascii: "#"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "="):
                if atLineStart && index == 0 { output.append(ascii: UInt8(ascii: "\\")) }
            case UInt8(ascii: "."), UInt8(ascii: ")"):
                if atLineStart, index > 0, bytes[..<index].allSatisfy({ (0x30...0x39).contains($0) }) {
                    flush(upTo: index)
                    output.append(ascii: UInt8(ascii: "\\"))
                }
            default: break
            }
            index += 1
        }
        flush(upTo: bytes.count)
    }
}
