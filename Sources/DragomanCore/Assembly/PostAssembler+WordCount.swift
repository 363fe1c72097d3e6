extension PostAssembler {
    /// Words of the body as the reader of this locale sees it (target where translated, else source), as
    /// ICU's word iterator counts them.
    func wordCount(_ document: SourceDocument, targets: [[InlineElement]?]) -> Int {
        // One pass over the whole body: segments joined by line breaks, which always separate words. The plain
        // text (as `appendPlainText` makes it) goes straight into the counter's UTF-8, no string built; a source
        // segment's is read from the post's segment tables.
        let storage = document.segments.storage
        return formatter.countWords { writer in
            for index in document.segments.indices where !storage.isFrontMatter(index) {
                if let target = targets[index] {
                    Self.forEachPlainText(target) { writer.append($0) }
                } else {
                    storage.forEachPlainText(index) { writer.append(utf8: $0) }
                }
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
