/// Writes target content as Markdown: codes come back as their source markup, text is escaped so that it
/// cannot open emphasis, links, HTML or a new block.
enum MarkdownEscaper {
    static func render(_ content: [InlineElement], source: [InlineElement], atLineStart: Bool) -> String {
        var output = ""
        var first = atLineStart
        let sourceCodes = codesByHalf(source)
        for element in content {
            switch element {
            case .text(let text):
                output += escape(text, atLineStart: first)
            case .open(let code):
                output += sourceCodes.open[code.id] ?? ""
            case .close(let code):
                output += sourceCodes.close[code.id] ?? ""
            case .standalone(let code):
                output += sourceCodes.standalone[code.id] ?? ""
            }
            first = false
        }
        return output
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
        output.reserveCapacity(text.utf8.count + 8)
        let bytes = Array(text.utf8)
        for (index, byte) in bytes.enumerated() {
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
                UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "|"), UInt8(ascii: "~"):
                output.append(UInt8(ascii: "\\"))
                output.append(byte)
            case UInt8(ascii: "!") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "["):
                output.append(UInt8(ascii: "\\"))
                output.append(byte)
            case UInt8(ascii: "&"):
                output.append(contentsOf: Array("&amp;".utf8))
            case 0x0A, 0x0D:
                output.append(0x20)
            case UInt8(ascii: "#"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "="):
                if atLineStart && output.isEmpty { output.append(UInt8(ascii: "\\")) }
                output.append(byte)
            case UInt8(ascii: "."), UInt8(ascii: ")"):
                if atLineStart, !output.isEmpty, output.allSatisfy({ (0x30...0x39).contains($0) }) {
                    output.append(UInt8(ascii: "\\"))
                }
                output.append(byte)
            default:
                output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
