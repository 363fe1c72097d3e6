extension PostAssembler {
    /// Words of the body as the reader of this locale sees it (target where translated, else source), as
    /// ICU's word iterator counts them.
    func wordCount(_ document: SourceDocument, targets: [[InlineElement]?]) -> Int {
        // One pass over the whole body: segments joined by line breaks, which always separate words. The plain
        // text (as `appendPlainText` makes it) goes straight into the counter's UTF-8, no string built.
        formatter.countWords { writer in
            for index in document.segments.indices where !Self.isFrontMatter(document.segments[index]) {
                Self.forEachPlainText(targets[index] ?? document.segments[index].content) { writer.append($0) }
                writer.append(ascii: 0x0A)
            }
        }
    }

    /// Whether `segment` is a front-matter value. Body paths start with `body/`: the first byte settles most
    /// segments without `hasPrefix` (about a hundred instructions), and `hasPrefix` is true only if it is `f`.
    private static func isFrontMatter(_ segment: Segment) -> Bool {
        segment.path.utf8.first == UInt8(ascii: "f") && segment.path.hasPrefix("front/")
    }

    /// Calls `body` with each piece of the plain text of `content`: texts, a space for a line break, the
    /// markup of URLs and inline code.
    private static func forEachPlainText(_ content: [InlineElement], _ body: (String) -> Void) {
        for element in content {
            switch element {
            case .text(let text): body(text)
            case .standalone(let code) where code.kind == .lineBreak: body(" ")
            case .standalone(let code) where code.kind == .url || code.kind == .code: body(code.data)
            default: break
            }
        }
    }
}
