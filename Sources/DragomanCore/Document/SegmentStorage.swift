/// The segments of one post, held as offsets into the post's bytes: a few tables per post, not strings and
/// arrays per sentence, text run and code. ``Segment`` values are views into it, and their strings are made
/// when they are asked for.
///
/// Written once by the reader, then only read (so it can be shared between threads).
final class SegmentStorage: Sendable {
    /// One element of a segment's content: a text run, or one half of a paired code, or a standalone code.
    struct Element: Sendable {
        enum Kind: UInt8, Sendable {
            /// Text that reads as the post's bytes `start..<end`.
            case sourceText
            /// Text held in ``SegmentStorage/decoded`` at `start..<end`: entities decoded, lines joined, or a
            /// front-matter value as YAML reads it.
            case decodedText
            /// Codes: their markup is the post's bytes `start..<end`.
            case open, close, standalone
        }

        var kind: Kind
        /// What markup a code stands for (not read for text).
        var code: InlineCode.Kind
        /// The code's number in its segment (0 for text).
        var id: Int32
        var start: Int32
        var end: Int32

        var isText: Bool { kind == .sourceText || kind == .decodedText }

        /// A text element (`kind` is `.sourceText` or `.decodedText`) of the bytes `start..<end`.
        static func text(_ kind: Kind, _ start: Int, _ end: Int) -> Element {
            Element(kind: kind, code: .code, id: 0, start: Int32(start), end: Int32(end))
        }
    }

    /// One segment: its elements, where it sits, and the bytes it was read from.
    struct Record: Sendable {
        /// `elements[firstElement..<endElement]`.
        var firstElement: Int32
        var endElement: Int32
        /// Where the segment is, when it is not its raw text's place in the post (a front-matter value stands at
        /// its YAML value's line and column); nil for body segments, whose lines and columns are worked out from
        /// `rawStart` and `rawEnd` when asked.
        var fixedRange: SourceRange?
        /// An index into ``SegmentStorage/paths``.
        var path: Int32
        /// The sentence number within its block (`/s[n]`), or 0 when the block is one segment.
        var sentence: Int32
        /// An index into ``SegmentStorage/headings``, or -1.
        var heading: Int32
        /// The segment's exact source text: `source[rawStart..<rawEnd]`, or `decoded[…]` for a front-matter
        /// value (whose source is YAML).
        var rawStart: Int32
        var rawEnd: Int32
        var rawIsDecoded: Bool
    }

    /// The post's bytes (for a segment made from values: its texts, code markup and raw text, one after another).
    let source: [UInt8]
    let decoded: [UInt8]
    let elements: [Element]
    let records: [Record]
    let ids: [SegmentID]
    /// Block paths (`body/ul[2]/li[3]/p[1]`, `front/title`).
    let paths: [String]
    let headings: [String]
    /// Where the post's lines start, for the lines and columns of its segments.
    let lines: LineTable

    init(
        source: [UInt8], decoded: [UInt8], elements: [Element], records: [Record], ids: [SegmentID], paths: [String],
        headings: [String], lines: LineTable
    ) {
        self.source = source
        self.decoded = decoded
        self.elements = elements
        self.records = records
        self.ids = ids
        self.paths = paths
        self.headings = headings
        self.lines = lines
    }

    /// Calls `body` with the bytes of a text element or the markup of a code.
    @inline(__always) func withBytes<Result>(
        of element: Element, _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result {
        let buffer = element.kind == .decodedText ? decoded : source
        return buffer.withUnsafeBufferPointer { all in
            body(UnsafeBufferPointer(rebasing: all[Int(element.start)..<Int(element.end)]))
        }
    }

    func string(of element: Element) -> String {
        withBytes(of: element) { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with the segment's exact source text.
    func withRawBytes<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let record = records[index]
        let buffer = record.rawIsDecoded ? decoded : source
        return buffer.withUnsafeBufferPointer { all in
            body(UnsafeBufferPointer(rebasing: all[Int(record.rawStart)..<Int(record.rawEnd)]))
        }
    }

    /// The elements of segment `index`.
    func elements(of index: Int) -> ArraySlice<Element> {
        let record = records[index]
        return elements[Int(record.firstElement)..<Int(record.endElement)]
    }

    /// The content of segment `index` as values.
    func content(_ index: Int) -> [InlineElement] {
        let slice = elements(of: index)
        var result: [InlineElement] = []
        result.reserveCapacity(slice.count)
        for element in slice {
            switch element.kind {
            case .sourceText, .decodedText: result.append(.text(string(of: element)))
            case .open: result.append(.open(code(element)))
            case .close: result.append(.close(code(element)))
            case .standalone: result.append(.standalone(code(element)))
            }
        }
        return result
    }

    private func code(_ element: Element) -> InlineCode {
        InlineCode(id: Int(element.id), kind: element.code, data: string(of: element))
    }

    /// Where segment `index` starts and ends in the post.
    func range(_ index: Int) -> SourceRange {
        let record = records[index]
        if let range = record.fixedRange { return range }
        return source.withUnsafeBufferPointer { bytes in
            let (startLine, startColumn) = lines.location(of: Int(record.rawStart), in: bytes)
            let start = (offset: Int(record.rawStart), line: startLine, column: startColumn)
            let (endLine, endColumn) = lines.location(of: Int(record.rawEnd), in: bytes, after: start)
            return SourceRange(
                startOffset: Int(record.rawStart), endOffset: Int(record.rawEnd), startLine: startLine,
                startColumn: startColumn, endLine: endLine, endColumn: endColumn)
        }
    }

    /// The block path of segment `index`, with its sentence step.
    func path(_ index: Int) -> String {
        let record = records[index]
        let block = paths[Int(record.path)]
        return record.sentence > 0 ? BlockPath.child(of: block, "s", Int(record.sentence)) : block
    }
}

extension SegmentStorage {
    /// A storage of one segment made from values (for segments that were not read from a post).
    convenience init(
        id: SegmentID, content: [InlineElement], path: String, heading: String?, range: SourceRange, raw: String
    ) {
        var bytes: [UInt8] = []
        var elements: [Element] = []
        func append(_ kind: Element.Kind, _ code: InlineCode.Kind, _ id: Int, _ text: String) {
            let start = Int32(bytes.count)
            bytes.append(contentsOf: text.utf8)
            elements.append(Element(kind: kind, code: code, id: Int32(id), start: start, end: Int32(bytes.count)))
        }
        for element in content {
            switch element {
            case .text(let text): append(.sourceText, .code, 0, text)
            case .open(let code): append(.open, code.kind, code.id, code.data)
            case .close(let code): append(.close, code.kind, code.id, code.data)
            case .standalone(let code): append(.standalone, code.kind, code.id, code.data)
            }
        }
        let rawStart = Int32(bytes.count)
        bytes.append(contentsOf: raw.utf8)
        let record = Record(
            firstElement: 0, endElement: Int32(elements.count), fixedRange: range, path: 0, sentence: 0,
            heading: heading == nil ? -1 : 0, rawStart: rawStart, rawEnd: Int32(bytes.count), rawIsDecoded: false)
        self.init(
            source: bytes, decoded: [], elements: elements, records: [record], ids: [id], paths: [path],
            headings: heading.map { [$0] } ?? [], lines: LineTable(UnsafeBufferPointer(start: nil, count: 0)))
    }
}
