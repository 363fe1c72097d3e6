/// Accumulates a document's segments and skeleton while the reader walks the post.
struct DocumentBuilder {
    let source: UnsafeBufferPointer<UInt8>
    let path: String
    private(set) var segments: [Segment] = []
    private(set) var fields: [FrontMatterField] = []
    private(set) var warnings: [Diagnostic] = []
    private var skeleton = Skeleton()
    private var cursor = 0
    private var heading: String?
    private var frontMatterRange: Range<Int>?
    /// Where each line starts, so a location is a binary search and a short scan, not a scan from offset 0.
    private let lines: LineTable
    /// The last location computed, which the next one on the same line counts on from.
    private var lastLocation: (offset: Int, line: Int, column: Int)?
    /// Work buffer for a segment's text, kept between segments.
    private var textBytes: [UInt8] = []

    init(source: UnsafeBufferPointer<UInt8>, path: String) {
        self.source = source
        self.path = path
        lines = LineTable(source)
    }

    private func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: source[range]), as: UTF8.self)
    }

    private mutating func location(_ offset: Int) -> (Int, Int) {
        let hint = lastLocation.flatMap { $0.offset <= offset ? $0 : nil }
        let (line, column) = lines.location(of: offset, in: source, after: hint)
        lastLocation = (offset, line, column)
        return (line, column)
    }

    private mutating func range(_ start: Int, _ end: Int) -> SourceRange {
        let (startLine, startColumn) = location(start)
        let (endLine, endColumn) = location(end)
        return SourceRange(
            startOffset: start, endOffset: end, startLine: startLine, startColumn: startColumn, endLine: endLine,
            endColumn: endColumn)
    }

    mutating func frontMatter(_ frontMatter: FrontMatter, keys: [String], segmenter: Segmenter) {
        let yamlRange = frontMatter.offset..<(frontMatter.offset + frontMatter.yaml.utf8.count)
        frontMatterRange = yamlRange
        skeleton.appendLiteral(string(0..<yamlRange.lowerBound))
        skeleton.parts.append(.frontMatter)
        cursor = yamlRange.upperBound
        for entry in frontMatter.entries where keys.contains(entry.key) {
            switch entry.value {
            case .scalar(let scalar):
                addField(key: entry.key, index: nil, value: scalar, frontMatter, segmenter)
            case .sequence(let items):
                for (index, item) in items.enumerated() {
                    guard let item else { continue }
                    addField(key: entry.key, index: index, value: item, frontMatter, segmenter)
                }
            case .other: break
            }
        }
    }

    private mutating func addField(
        key: String, index: Int?, value: FrontMatter.Scalar, _ frontMatter: FrontMatter, _ segmenter: Segmenter
    ) {
        let units = UTF8Transcoding.utf16(of: value.string)
        var start = 0
        let first = segments.count
        var separators: [String] = []
        var previousEnd: Int?
        let boundaries = segmenter.boundaries(in: units)
        var sentenceNumber = 0
        for boundary in boundaries {
            var from = start
            var to = boundary
            while from < to, Segmenter.isSpace(units[from]) { from += 1 }
            while to > from, Segmenter.isSpace(units[to - 1]) { to -= 1 }
            start = boundary
            guard to > from else { continue }
            if let previousEnd { separators.append(Segmenter.string(units[previousEnd..<from])) }
            previousEnd = to
            let sentence = Segmenter.string(units[from..<to])
            let line = value.line + frontMatter.firstLine - 1
            let column = value.column
            sentenceNumber += 1
            var suffix = index.map { "[\($0 + 1)]" } ?? ""
            if boundaries.count > 1 { suffix += "/s[\(sentenceNumber)]" }
            segments.append(
                Segment(
                    id: SegmentID(""), content: [.text(sentence)], path: "front/\(key)\(suffix)",
                    range: SourceRange(
                        startOffset: frontMatter.offset, endOffset: frontMatter.offset, startLine: line,
                        startColumn: column, endLine: line, endColumn: column),
                    raw: sentence))
        }
        if segments.count > first {
            fields.append(
                FrontMatterField(key: key, index: index, segments: first..<segments.count, separators: separators))
        }
    }

    mutating func body(from offset: Int, segmenter: Segmenter) {
        let body = UnsafeBufferPointer(rebasing: source[offset...])
        let scanner = MarkdownScanner()
        guard scanner.scan(body, offset: offset) else {
            warnings.append(Diagnostic(.warning, at: SourceLocation(path: path), "Markdown parser failed"))
            return
        }
        let lexer = InlineLexer(source: source)
        let splitter = BlockSplitter(segmenter: segmenter)
        var floor = offset
        // One atom buffer serves every block (the pieces that slice it are gone before the next block).
        var atoms: [InlineAtom] = []
        for leaf in scanner.leaves {
            do {
                try lexer.atoms(of: leaf, floor: max(floor, cursor), into: &atoms)
            } catch {
                let (line, column) = location(error.offset)
                warnings.append(
                    Diagnostic(
                        .warning, at: SourceLocation(path: path, line: line, column: column),
                        "\(error.reason); the block is left untranslated",
                        notes: ["simplify the inline markup of this block to make it translatable"]))
                continue
            }
            guard let last = atoms.last else { continue }
            floor = last.end
            let pieces = splitter.split(atoms, source: source)
            if case .heading = leaf.kind {
                heading = atoms.map { $0.plain(in: source) }.joined().trimmingSpaces
            }
            for (index, piece) in pieces.enumerated() {
                add(
                    piece, path: pieces.count > 1 ? BlockPath.child(of: leaf.path, "s", index + 1) : leaf.path,
                    isHeading: leaf.kind != .paragraph && leaf.kind != .tableCell)
            }
        }
    }

    private mutating func add(_ piece: BlockSplitter.Piece, path: String, isHeading: Bool) {
        guard let first = piece.atoms.first, let last = piece.atoms.last, first.start >= cursor else { return }
        var content: [InlineElement] = []
        // Pair numbers to code ids: a segment has few pairs, so a list beats hashing.
        var numbers: [(pair: Int, id: Int)] = []
        var next = 0
        func number(_ pair: Int) -> Int {
            if let known = numbers.first(where: { $0.pair == pair }) { return known.id }
            next += 1
            numbers.append((pair, next))
            return next
        }
        content.reserveCapacity(piece.atoms.count)
        // Built in normalized form (adjacent text merged, empty text dropped), without a second array. Text that
        // reads as its source bytes is held as a range of them while it runs on (most text is one such run) and
        // decoded from the source once; anything else is gathered as UTF-8 bytes in `pending`.
        var pending = textBytes
        textBytes = []
        pending.removeAll(keepingCapacity: true)
        var run = 0..<0
        // Whether the content is one run of source bytes read as they are: then its text is also `raw`.
        var verbatim = true
        func endRun() {
            if !run.isEmpty { pending.append(contentsOf: UnsafeBufferPointer(rebasing: source[run])) }
            run = 0..<0
        }
        func flush() {
            if pending.isEmpty {
                if !run.isEmpty { content.append(.text(string(run))) }
            } else {
                endRun()
                content.append(.text(String(decoding: pending, as: UTF8.self)))
            }
            pending.removeAll(keepingCapacity: true)
            run = 0..<0
        }
        for atom in piece.atoms {
            switch atom.kind {
            case .source:
                if run.isEmpty || run.upperBound != atom.start {
                    endRun()
                    run = atom.start..<atom.end
                } else {
                    run = run.lowerBound..<atom.end
                }
                continue
            case .text(let text):
                endRun()
                pending.append(contentsOf: text.utf8)
                verbatim = false
                continue
            case .softBreak:
                endRun()
                pending.append(0x20)
                verbatim = false
                continue
            default:
                verbatim = false
                flush()
            }
            switch atom.kind {
            case .source, .text, .softBreak: break
            case .open(let kind, let pair):
                content.append(.open(InlineCode(id: number(pair), kind: kind, data: string(atom.start..<atom.end))))
            case .close(let kind, let pair):
                content.append(.close(InlineCode(id: number(pair), kind: kind, data: string(atom.start..<atom.end))))
            case .standalone(let kind):
                next += 1
                content.append(.standalone(InlineCode(id: next, kind: kind, data: string(atom.start..<atom.end))))
            }
        }
        flush()
        textBytes = pending
        // The plain text's pieces, checked one by one rather than joined first (see `plainText`).
        let hasWords = content.contains { element in
            switch element {
            case .text(let text): Segmenter.hasLetterOrNumber(text)
            case .standalone(let code) where code.kind == .url || code.kind == .code:
                Segmenter.hasLetterOrNumber(code.data)
            default: false
            }
        }
        guard hasWords else { return }
        skeleton.appendLiteral(string(cursor..<first.start))
        skeleton.parts.append(.segment(segments.count))
        // Source atoms of one piece are contiguous, so verbatim content is exactly the raw bytes: share them.
        let raw: String
        if verbatim, content.count == 1, case .text(let text) = content[0] {
            raw = text
            assert(raw == string(first.start..<last.end), "verbatim content differs from its source bytes")
        } else {
            raw = string(first.start..<last.end)
        }
        segments.append(
            Segment(
                id: SegmentID(""), content: content, path: path, heading: isHeading ? nil : heading,
                range: range(first.start, last.end), raw: raw))
        cursor = last.end
    }

    private static func increment(_ count: inout Int) -> Int {
        count += 1
        return count
    }

    /// Assigns IDs (hash of content, numbered repeats) and closes the skeleton.
    mutating func finish(text: String, frontMatter: FrontMatter?, slug: String, locale: String) -> SourceDocument {
        skeleton.appendLiteral(string(cursor..<source.count))
        // Repeats are counted on the hash the ID shows, not on the ID strings.
        var occurrences: [UInt64: Int] = [:]
        occurrences.reserveCapacity(segments.count)
        for index in segments.indices {
            let value = SegmentID.baseValue(for: segments[index].content)
            // One lookup: the count is raised in place and read back.
            let count = Self.increment(&occurrences[value, default: 0])
            let base = SegmentID.hex(value)
            segments[index].id = SegmentID(count == 1 ? base : "\(base)-\(count)")
        }
        return SourceDocument(
            path: path, slug: slug, locale: locale, text: text, frontMatter: frontMatter, frontMatterFields: fields,
            segments: segments, skeleton: skeleton, warnings: warnings)
    }
}

extension String {
    var trimmingSpaces: String {
        var scalars = Substring(self).unicodeScalars
        while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
