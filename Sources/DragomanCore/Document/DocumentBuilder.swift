/// Accumulates a document's segment tables and skeleton while the reader walks the post.
///
/// Segments are written as records into a few tables (see ``SegmentStorage``): a sentence costs a record,
/// a few elements and its hash, not strings of its own.
struct DocumentBuilder {
    let source: UnsafeBufferPointer<UInt8>
    let path: String
    private(set) var fields: [FrontMatterField] = []
    private(set) var warnings: [Diagnostic] = []
    private var skeleton = Skeleton()
    private var cursor = 0
    /// The index of the nearest heading in `headings`, or -1.
    private var heading: Int32 = -1
    /// Where each line starts: the tables keep it, and work out segments' lines and columns when asked.
    private let lines: LineTable

    // The tables of ``SegmentStorage``.
    private var decoded: [UInt8] = []
    private var elements: [SegmentStorage.Element] = []
    private var records: [SegmentStorage.Record] = []
    /// Each segment's ID hash (``SegmentID/baseValue(for:)``), made into IDs once all are known.
    private var hashes: [UInt64] = []
    private var paths: [String] = []
    private var headings: [String] = []
    /// Work buffer for one piece: the code id given to each pair number.
    private var pairIDs: [(pair: Int, id: Int32)] = []

    init(source: UnsafeBufferPointer<UInt8>, path: String) {
        self.source = source
        self.path = path
        lines = LineTable(source)
    }

    private var segmentCount: Int { records.count }

    private func location(_ offset: Int) -> (Int, Int) {
        lines.location(of: offset, in: source)
    }

    mutating func frontMatter(_ frontMatter: FrontMatter, keys: [String], segmenter: Segmenter) {
        let yamlRange = frontMatter.offset..<(frontMatter.offset + frontMatter.yaml.utf8.count)
        skeleton.appendLiteral(0..<yamlRange.lowerBound)
        skeleton.parts.append(.frontMatter)
        cursor = yamlRange.upperBound
        var units: [UInt16] = []
        var boundaries: [Int] = []
        for entry in frontMatter.entries where keys.contains(entry.key) {
            switch entry.value {
            case .scalar(let scalar):
                addField(key: entry.key, index: nil, value: scalar, frontMatter, segmenter, &units, &boundaries)
            case .sequence(let items):
                for (index, item) in items.enumerated() {
                    guard let item else { continue }
                    addField(key: entry.key, index: index, value: item, frontMatter, segmenter, &units, &boundaries)
                }
            case .other: break
            }
        }
    }

    private mutating func addField(
        key: String, index: Int?, value: FrontMatter.Scalar, _ frontMatter: FrontMatter, _ segmenter: Segmenter,
        _ units: inout [UInt16], _ boundaries: inout [Int]
    ) {
        var text = value.string
        text.withUTF8 { bytes in
            units.removeAll(keepingCapacity: true)
            units.append(contentsOf: repeatElement(0, count: bytes.count))
            let count = units.withUnsafeMutableBufferPointer { UTF8Transcoding.writeUTF16(bytes, into: $0, at: 0) }
            units.removeLast(units.count - count)
        }
        segmenter.boundaries(in: units, into: &boundaries)
        var start = 0
        let first = segmentCount
        var separators: [String] = []
        var previousEnd: Int?
        var sentenceNumber = 0
        let line = value.line + frontMatter.firstLine - 1
        let range = SourceRange(
            startOffset: frontMatter.offset, endOffset: frontMatter.offset, startLine: line, startColumn: value.column,
            endLine: line, endColumn: value.column)
        let fieldPath = "front/\(key)" + (index.map { "[\($0 + 1)]" } ?? "")
        for boundary in boundaries {
            var from = start
            var to = boundary
            while from < to, Segmenter.isSpace(units[from]) { from += 1 }
            while to > from, Segmenter.isSpace(units[to - 1]) { to -= 1 }
            start = boundary
            guard to > from else { continue }
            if let previousEnd { separators.append(Segmenter.string(units[previousEnd..<from])) }
            previousEnd = to
            sentenceNumber += 1
            // A value of one sentence is one segment at the field's path; a longer one numbers its sentences.
            let path = boundaries.count > 1 ? BlockPath.child(of: fieldPath, "s", sentenceNumber) : fieldPath
            let textStart = Int32(decoded.count)
            decoded.append(contentsOf: Segmenter.string(units[from..<to]).utf8)
            let textEnd = Int32(decoded.count)
            let element = SegmentStorage.Element.text(.decodedText, Int(textStart), Int(textEnd))
            elements.append(element)
            hashes.append(baseValue(elements.count - 1..<elements.count))
            paths.append(path)
            records.append(
                SegmentStorage.Record(
                    firstElement: Int32(elements.count - 1), endElement: Int32(elements.count), fixedRange: range,
                    path: Int32(paths.count - 1), sentence: 0, heading: -1, rawStart: textStart, rawEnd: textEnd,
                    rawIsDecoded: true))
        }
        if segmentCount > first {
            fields.append(
                FrontMatterField(key: key, index: index, segments: first..<segmentCount, separators: separators))
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
        var splitter = BlockSplitter(segmenter: segmenter)
        var floor = offset
        // One atom buffer and one piece buffer serve every block.
        var atoms: [InlineAtom] = []
        var pieces: [Range<Int>] = []
        let events = scanner.events
        for leaf in scanner.leaves {
            do {
                try lexer.atoms(of: leaf, events: events, floor: max(floor, cursor), into: &atoms, decoded: &decoded)
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
            decoded.withUnsafeBufferPointer { decoded in
                splitter.split(&atoms, pieces: &pieces, source: source, decoded: decoded)
            }
            if case .heading = leaf.kind {
                headings.append(headingText(atoms))
                heading = Int32(headings.count - 1)
            }
            paths.append(leaf.path)
            let isHeading = leaf.kind != .paragraph && leaf.kind != .tableCell
            for (index, piece) in pieces.enumerated() {
                add(
                    atoms[piece], path: Int32(paths.count - 1), sentence: pieces.count > 1 ? index + 1 : 0,
                    isHeading: isHeading)
            }
        }
    }

    /// The text of a heading's atoms as a reader sees it, without surrounding white space.
    private func headingText(_ atoms: [InlineAtom]) -> String {
        var bytes: [UInt8] = []
        for atom in atoms {
            switch atom.kind {
            case .source: bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[atom.start..<atom.end]))
            case .text(let text): bytes.append(contentsOf: decoded[text])
            case .softBreak, .standalone(.lineBreak): bytes.append(0x20)
            default: break
            }
        }
        return String(decoding: bytes, as: UTF8.self).trimmingSpaces
    }

    /// Appends one piece's segment: its elements in normalized form (adjacent text merged, empty text
    /// dropped), its record and its hash. A piece without a letter or a number is left to the skeleton.
    private mutating func add(_ piece: ArraySlice<InlineAtom>, path: Int32, sentence: Int, isHeading: Bool) {
        guard let first = piece.first, let last = piece.last, first.start >= cursor else { return }
        let firstElement = elements.count
        let decodedStart = decoded.count
        // Pair numbers to code ids: a segment has few pairs, so a list beats hashing.
        var pairIDs = self.pairIDs
        self.pairIDs = []
        pairIDs.removeAll(keepingCapacity: true)
        var next: Int32 = 0
        func number(_ pair: Int) -> Int32 {
            if let known = pairIDs.first(where: { $0.pair == pair }) { return known.id }
            next += 1
            pairIDs.append((pair, next))
            return next
        }
        // The text being gathered: a run of source bytes while it reads as them (most text is one such run),
        // else copied into `decoded` from `copied` on.
        var run = 0..<0
        var copied: Int?
        /// Moves the text gathered so far into `decoded`, starting the copy if it has not started.
        func copyPending() {
            if copied == nil { copied = decoded.count }
            if !run.isEmpty { decoded.append(contentsOf: UnsafeBufferPointer(rebasing: source[run])) }
            run = 0..<0
        }
        /// Ends the text gathered so far as one element (none if it is empty).
        func flush() {
            if let start = copied {
                copyPending()
                if decoded.count > start { elements.append(.text(.decodedText, start, decoded.count)) }
            } else if !run.isEmpty {
                elements.append(.text(.sourceText, run.lowerBound, run.upperBound))
            }
            run = 0..<0
            copied = nil
        }
        for atom in piece {
            switch atom.kind {
            case .source:
                if copied == nil, run.isEmpty || run.upperBound == atom.start {
                    run = (run.isEmpty ? atom.start : run.lowerBound)..<atom.end
                } else {
                    copyPending()
                    run = atom.start..<atom.end
                }
            case .text(let text):
                copyPending()
                // Byte by byte by index: the buffer may move as it grows while it is read from itself.
                for index in text { decoded.append(decoded[index]) }
            case .softBreak:
                copyPending()
                decoded.append(0x20)
            case .open(let kind, let pair):
                flush()
                let id = number(pair)
                elements.append(.init(kind: .open, code: kind, id: id, start: Int32(atom.start), end: Int32(atom.end)))
            case .close(let kind, let pair):
                flush()
                let id = number(pair)
                elements.append(.init(kind: .close, code: kind, id: id, start: Int32(atom.start), end: Int32(atom.end)))
            case .standalone(let kind):
                flush()
                next += 1
                elements.append(
                    .init(kind: .standalone, code: kind, id: next, start: Int32(atom.start), end: Int32(atom.end)))
            }
        }
        flush()
        self.pairIDs = pairIDs
        let content = elements[firstElement...]
        guard hasWords(content) else {
            elements.removeSubrange(firstElement...)
            decoded.removeSubrange(decodedStart...)
            return
        }
        skeleton.appendLiteral(cursor..<first.start)
        skeleton.parts.append(.segment(segmentCount))
        hashes.append(baseValue(firstElement..<elements.count))
        records.append(
            SegmentStorage.Record(
                firstElement: Int32(firstElement), endElement: Int32(elements.count),
                fixedRange: nil, path: path, sentence: Int32(sentence),
                heading: isHeading ? -1 : heading, rawStart: Int32(first.start), rawEnd: Int32(last.end),
                rawIsDecoded: false))
        cursor = last.end
    }

    /// The ID hash of the elements `range` (see ``SegmentID/baseValue(for:)``).
    private func baseValue(_ range: Range<Int>) -> UInt64 {
        decoded.withUnsafeBufferPointer { decoded in
            SegmentID.baseValue(hashing: elements[range], source: source, decoded: decoded)
        }
    }

    /// Whether the plain text of `content` holds a letter or a number (a piece of only markup and
    /// punctuation is no sentence).
    private func hasWords(_ content: ArraySlice<SegmentStorage.Element>) -> Bool {
        content.contains { element in
            switch element.kind {
            case .sourceText, .decodedText: return withBytes(of: element, Segmenter.hasLetterOrNumber)
            case .standalone where element.code == .url || element.code == .code:
                return withBytes(of: element, Segmenter.hasLetterOrNumber)
            default: return false
            }
        }
    }

    /// Calls `body` with the bytes of an element written so far.
    func withBytes<Result>(of element: SegmentStorage.Element, _ body: (UnsafeBufferPointer<UInt8>) -> Result)
        -> Result
    {
        let range = Int(element.start)..<Int(element.end)
        if element.kind == .decodedText {
            return decoded.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
        }
        return body(UnsafeBufferPointer(rebasing: source[range]))
    }

    private static func increment(_ count: inout Int) -> Int {
        count += 1
        return count
    }

    /// Assigns IDs (hash of content, numbered repeats) and closes the skeleton.
    mutating func finish(bytes: [UInt8], frontMatter: FrontMatter?, slug: String, locale: String) -> SourceDocument {
        skeleton.appendLiteral(cursor..<source.count)
        // Repeats are counted on the hash the ID shows, not on the ID strings.
        var occurrences: [UInt64: Int] = [:]
        occurrences.reserveCapacity(hashes.count)
        var ids: [SegmentID] = []
        ids.reserveCapacity(hashes.count)
        for value in hashes {
            // One lookup: the count is raised in place and read back.
            let count = Self.increment(&occurrences[value, default: 0])
            let base = SegmentID.hex(value)
            ids.append(SegmentID(count == 1 ? base : "\(base)-\(count)"))
        }
        let storage = SegmentStorage(
            source: bytes, decoded: decoded, elements: elements, records: records, ids: ids, paths: paths,
            headings: headings, lines: lines)
        return SourceDocument(
            path: path, slug: slug, locale: locale, frontMatter: frontMatter, frontMatterFields: fields,
            segments: SegmentList(storage: storage), skeleton: skeleton, warnings: warnings)
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
