import Yams

extension SourceDocument {
    /// Rebuilds the post, each segment replaced by its entry in `targets` (segments without one keep the
    /// source). With no targets the result is the source file, byte for byte.
    ///
    /// Target text is escaped for Markdown: only the source's own codes come out as markup, whatever a
    /// translator typed.
    public func render(targets: [SegmentID: [InlineElement]] = [:]) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count + text.utf8.count / 4)
        for part in skeleton.parts {
            switch part {
            case .literal(let literal): output += literal
            case .segment(let index):
                let segment = segments[index]
                if let target = targets[segment.id], target.normalized != segment.content {
                    output += MarkdownEscaper.render(
                        target, source: segment.content, atLineStart: Self.endsLine(output))
                } else {
                    output += segment.raw
                }
            case .frontMatter:
                output += renderFrontMatter(targets: targets)
            }
        }
        return output
    }

    /// Whether `text` is empty or its last character is `\n` (not `\r\n`, one character), read from its UTF-8
    /// instead of walking graphemes back from the end.
    private static func endsLine(_ text: String) -> Bool {
        let bytes = text.utf8
        guard let last = bytes.last else { return true }
        guard last == 0x0A else { return false }
        return bytes.count < 2 || bytes[bytes.index(bytes.endIndex, offsetBy: -2)] != 0x0D
    }

    /// The translated value of each translatable front-matter field, keyed `key` or `key[n]`.
    public func frontMatterValues(targets: [SegmentID: [InlineElement]]) -> [(field: FrontMatterField, value: String)] {
        frontMatterFields.map { field in
            var value = ""
            for (offset, index) in field.segments.enumerated() {
                if offset > 0 { value += field.separators[offset - 1] }
                let segment = segments[index]
                value += (targets[segment.id] ?? segment.content).plainText
            }
            return (field, value)
        }
    }

    private func renderFrontMatter(targets: [SegmentID: [InlineElement]]) -> String {
        guard let frontMatter else { return "" }
        let changed = frontMatterFields.contains { field in
            field.segments.contains { index in
                targets[segments[index].id].map { $0.normalized != segments[index].content } ?? false
            }
        }
        guard changed else { return frontMatter.yaml }
        var mapping = frontMatter.mapping
        for (field, value) in frontMatterValues(targets: targets) {
            let key = Node(field.key)
            if let index = field.index, var sequence = mapping[key]?.sequence, index < sequence.count {
                sequence[index] = Node(value)
                mapping[key] = .sequence(sequence)
            } else if field.index == nil {
                mapping[key] = Node(value)
            }
        }
        return (try? Yams.serialize(node: .mapping(mapping), allowUnicode: true)) ?? frontMatter.yaml
    }
}
