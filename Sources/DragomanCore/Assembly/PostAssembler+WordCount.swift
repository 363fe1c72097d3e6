extension PostAssembler {
    /// Words of the body as the reader of this locale sees it (target where translated, else source), as
    /// ICU's word iterator counts them.
    func wordCount(_ document: SourceDocument, targets: [[InlineElement]?]) -> Int {
        // Segments in common scripts are counted without ICU when the locale's rules allow it; the others in
        // one ICU pass, joined by line breaks (which always separate words), their plain text (as
        // `appendPlainText` makes it) written straight into the iterator's UTF-16, no string built.
        let shortcut = formatter.countsCommonScriptsWithoutICU
        var words = 0
        var rest: [[InlineElement]] = []
        var capacity = 0
        for index in document.segments.indices where !document.segments[index].path.hasPrefix("front/") {
            let content = targets[index] ?? document.segments[index].content
            if shortcut {
                var counter = CommonScriptWordCounter()
                Self.forEachPlainText(content) { counter.feed($0) }
                if counter.isKnown {
                    words += counter.count
                    continue
                }
            }
            Self.forEachPlainText(content) { capacity += $0.utf8.count }
            capacity += 1
            rest.append(content)
        }
        guard !rest.isEmpty else { return words }
        return words
            + formatter.countWords(utf8Capacity: capacity) { writer in
                for content in rest {
                    Self.forEachPlainText(content) { writer.append($0) }
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
