/// Writes target content as Markdown: codes come back as their source markup, text is escaped so that it
/// cannot open emphasis, links, HTML or a new block.
enum MarkdownEscaper {
    static func render(_ content: [InlineElement], source: [InlineElement], atLineStart: Bool) -> String {
        // One byte buffer for the whole segment: no String per escaped text, no String concatenation.
        var output: [UInt8] = []
        var first = atLineStart
        let sourceCodes = codesByHalf(source)
        func append(_ markup: String?) {
            guard var markup else { return }
            markup.withUTF8 { output.append(contentsOf: $0) }
        }
        for element in content {
            switch element {
            case .text(let text):
                escape(text, atLineStart: first, into: &output)
            case .open(let code):
                append(sourceCodes.open[code.id])
            case .close(let code):
                append(sourceCodes.close[code.id])
            case .standalone(let code):
                append(sourceCodes.standalone[code.id])
            }
            first = false
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Markup of each code half as the source has it (the target's own `data` is never trusted).
    private static func codesByHalf(_ source: [InlineElement]) -> (
        open: [Int: String], close: [Int: String], standalone: [Int: String]
    ) {
        var open: [Int: String] = [:]
        var close: [Int: String] = [:]
        var standalone: [Int: String] = [:]
        for element in source {
            switch element {
            case .text: break
            case .open(let code): open[code.id] = code.data
            case .close(let code): close[code.id] = code.data
            case .standalone(let code): standalone[code.id] = code.data
            }
        }
        return (open, close, standalone)
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
        output.reserveCapacity(start + text.utf8.count + 8)
        text.withUTF8 { bytes in
            for index in 0..<bytes.count {
                let byte = bytes[index]
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
