extension PostAssembler {
    /// Words of the body as the reader of this locale sees it (target where translated, else source), as
    /// ICU's word iterator counts them.
    func wordCount(_ document: SourceDocument, targets: [[InlineElement]?]) -> Int {
        // One ICU pass over the whole body: segments joined by line breaks, which always separate words. The
        // plain text (as `appendPlainText` makes it) goes straight into the iterator's UTF-16, no string built.
        var capacity = 0
        for index in document.segments.indices where !document.segments[index].path.hasPrefix("front/") {
            Self.forEachPlainText(targets[index] ?? document.segments[index].content) { capacity += $0.utf8.count }
            capacity += 1
        }
        return formatter.countWords(utf8Capacity: capacity) { writer in
            for index in document.segments.indices where !document.segments[index].path.hasPrefix("front/") {
                Self.forEachPlainText(targets[index] ?? document.segments[index].content) { writer.append($0) }
                writer.append(ascii: 0x0A)
            }
        }
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
