/// One translatable unit: a sentence (or a title, a list item, a table cell) with its inline codes.
///
/// A segment read from a post is a view into its post's segment tables: its ID, path and range are looked
/// up, and its content and raw text are made as strings each time they are asked for.
public struct Segment: Hashable, Sendable {
    let storage: SegmentStorage
    let index: Int

    init(storage: SegmentStorage, index: Int) {
        self.storage = storage
        self.index = index
    }

    /// A segment made from values rather than read from a post.
    public init(
        id: SegmentID, content: [InlineElement], path: String, heading: String? = nil, range: SourceRange,
        raw: String
    ) {
        storage = SegmentStorage(id: id, content: content, path: path, heading: heading, range: range, raw: raw)
        index = 0
    }

    /// Stable ID within the post; see ``SegmentID``.
    public var id: SegmentID { storage.ids[index] }
    /// Text and codes, in order (for a segment read from a post: adjacent text merged, no empty text).
    public var content: [InlineElement] { storage.content(index) }
    /// Where the segment sits in the post, e.g. `body/ul[2]/li[3]/p[1]` or `front/title`.
    public var path: String { storage.path(index) }
    /// The nearest heading above the segment, for translators' context.
    public var heading: String? {
        let heading = storage.records[index].heading
        return heading < 0 ? nil : storage.headings[Int(heading)]
    }
    /// Where the segment starts and ends in the source file.
    public var range: SourceRange { storage.range(index) }
    /// The exact source bytes of the segment, used when the target equals the source.
    public var raw: String { storage.withRawBytes(index) { String(decoding: $0, as: UTF8.self) } }

    /// The content in tagged notation (`<1>…</1>`), as exchanged with translators.
    public var tagged: String { TaggedText.render(content) }
    /// The sentence as a reader sees it.
    public var plainText: String { storage.plainText(index) }

    public static func == (lhs: Segment, rhs: Segment) -> Bool {
        if lhs.storage === rhs.storage && lhs.index == rhs.index { return true }
        return lhs.id == rhs.id && lhs.path == rhs.path && lhs.heading == rhs.heading && lhs.range == rhs.range
            && lhs.content == rhs.content && lhs.raw == rhs.raw
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(range)
    }
}

/// A span of a source file: UTF-8 byte offsets and the 1-based line/column of its start and end.
public struct SourceRange: Hashable, Sendable, Codable {
    public var startOffset: Int
    public var endOffset: Int
    public var startLine: Int
    public var startColumn: Int
    public var endLine: Int
    public var endColumn: Int

    public init(startOffset: Int, endOffset: Int, startLine: Int, startColumn: Int, endLine: Int, endColumn: Int) {
        self.startOffset = startOffset
        self.endOffset = endOffset
        self.startLine = startLine
        self.startColumn = startColumn
        self.endLine = endLine
        self.endColumn = endColumn
    }
}
