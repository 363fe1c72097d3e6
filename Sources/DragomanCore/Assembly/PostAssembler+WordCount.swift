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
                    target.forEachPlainText { writer.append($0) }
                } else {
                    storage.forEachPlainText(index) { writer.append(utf8: $0) }
                }
                writer.append(ascii: 0x0A)
            }
        }
    }
}
