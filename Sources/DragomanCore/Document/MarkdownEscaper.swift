/// Writes target content as Markdown: codes come back as their source markup, text is escaped so that it
/// cannot open emphasis, links, HTML or a new block.
enum MarkdownEscaper {
    static func render(_ content: [InlineElement], source: [InlineElement], atLineStart: Bool) -> String {
        // One byte buffer for the whole segment: no String per escaped text, no String concatenation.
        var output: [UInt8] = []
        var first = atLineStart
        func append(_ markup: String?) {
            guard var markup else { return }
            markup.withUTF8 { output.append(contentsOf: $0) }
        }
        for element in content {
            switch element {
            case .text(let text):
                escape(text, atLineStart: first, into: &output)
            case .open(let code):
                append(markup(of: code.id, in: source) { if case .open(let code) = $0 { code } else { nil } })
            case .close(let code):
                append(markup(of: code.id, in: source) { if case .close(let code) = $0 { code } else { nil } })
            case .standalone(let code):
                append(markup(of: code.id, in: source) { if case .standalone(let code) = $0 { code } else { nil } })
            }
            first = false
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Whether `escape` may do something other than copy `byte`.
    @inline(__always) private static func needsCare(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
            UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "|"), UInt8(ascii: "~"),
            UInt8(ascii: "!"), UInt8(ascii: "&"), 0x0A, 0x0D, UInt8(ascii: "#"), UInt8(ascii: "-"), UInt8(ascii: "+"),
            UInt8(ascii: "="), UInt8(ascii: "."), UInt8(ascii: ")"):
            true
        default: false
        }
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

    static func escape(_ text: String, atLineStart: Bool) -> String {
        var output: [UInt8] = []
        escape(text, atLineStart: atLineStart, into: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends the escaped UTF-8 of `text` to `output`; what came before in `output` does not count as line start.
    static func escape(_ text: String, atLineStart: Bool, into output: inout [UInt8]) {
        var text = text
        let start = output.count
        text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                // Runs of bytes that never need care are copied whole.
                let runStart = index
                while index < bytes.count, !needsCare(bytes[index]) { index += 1 }
                if index > runStart {
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                }
                guard index < bytes.count else { break }
                let byte = bytes[index]
                defer { index += 1 }
                switch byte {
                case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
                    UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "|"), UInt8(ascii: "~"):
                    output.append(UInt8(ascii: "\\"))
                    output.append(byte)
                case UInt8(ascii: "!") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "["):
                    output.append(UInt8(ascii: "\\"))
                    output.append(byte)
                case UInt8(ascii: "&"):
                    output.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])  // &amp;
                case 0x0A, 0x0D:
                    output.append(0x20)
                case UInt8(ascii: "#"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "="):
                    if atLineStart && output.count == start { output.append(UInt8(ascii: "\\")) }
                    output.append(byte)
                case UInt8(ascii: "."), UInt8(ascii: ")"):
                    if atLineStart, output.count > start, output[start...].allSatisfy({ (0x30...0x39).contains($0) }) {
                        output.append(UInt8(ascii: "\\"))
                    }
                    output.append(byte)
                default:
                    output.append(byte)
                }
            }
        }
    }
}
