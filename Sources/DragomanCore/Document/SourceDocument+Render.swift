import Yams

extension SourceDocument {
    /// Rebuilds the post, each segment replaced by its entry in `targets` (segments without one keep the
    /// source). With no targets the result is the source file, byte for byte.
    ///
    /// Target text is escaped for Markdown: only the source's own codes come out as markup, whatever a
    /// translator typed.
    public func render(targets: [SegmentID: [InlineElement]] = [:]) -> String {
        var output = UTF8Buffer(capacity: bytes.count + bytes.count / 4)
        render(targets: targetsByIndex(targets), frontMatter: true, into: &output)
        return output.text
    }

    /// `targets` by segment index, as the index-based methods take them.
    func targetsByIndex(_ targets: [SegmentID: [InlineElement]]) -> [[InlineElement]?] {
        targets.isEmpty ? Array(repeating: nil, count: segments.count) : segments.map { targets[$0.id] }
    }

    /// ``render(targets:)`` appended to `output`, with the targets by segment index (nil keeps the source):
    /// no dictionary lookup by ID per segment, no string per segment. Without `frontMatter`, the front matter
    /// comes out empty (its fences stay). With `isolatingSource`, each segment that keeps the source is set
    /// between that isolate and PDI (source text shown in a locale written the other way).
    func render(
        targets: [[InlineElement]?], frontMatter: Bool, isolatingSource isolate: Unicode.Scalar? = nil,
        into output: inout UTF8Buffer
    ) {
        let storage = segments.storage
        for part in skeleton.parts {
            switch part {
            case .literal(let literal): storage.withSourceBytes(literal) { output.append($0) }
            case .segment(let index):
                // Read from the segment tables in place: no strings of the source segment are made.
                if let target = targets[index], !storage.content(index, equals: target.normalized) {
                    MarkdownEscaper.render(target, source: segments[index], atLineStart: output.endsLine, into: &output)
                } else if let isolate {
                    output.append(isolate)
                    storage.withRawBytes(index) { output.append($0) }
                    output.append(BidiIsolation.popDirectionalIsolate)
                } else {
                    storage.withRawBytes(index) { output.append($0) }
                }
            case .frontMatter:
                if frontMatter { output.append(renderFrontMatter(targets: targets)) }
            }
        }
    }

    /// The translated value of each translatable front-matter field, keyed `key` or `key[n]`.
    public func frontMatterValues(targets: [SegmentID: [InlineElement]]) -> [(field: FrontMatterField, value: String)] {
        frontMatterValues(targets: targetsByIndex(targets))
    }

    /// ``frontMatterValues(targets:)`` with the targets by segment index.
    func frontMatterValues(targets: [[InlineElement]?]) -> [(field: FrontMatterField, value: String)] {
        frontMatterFields.map { field in
            var value = ""
            for (offset, index) in field.segments.enumerated() {
                if offset > 0 { value += field.separators[offset - 1] }
                (targets[index] ?? segments[index].content).appendPlainText(to: &value)
            }
            return (field, value)
        }
    }

    private func renderFrontMatter(targets: [[InlineElement]?]) -> String {
        guard let frontMatter else { return "" }
        let changed = frontMatterFields.contains { field in
            field.segments.contains { index in
                targets[index].map { !segments.storage.content(index, equals: $0.normalized) } ?? false
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
