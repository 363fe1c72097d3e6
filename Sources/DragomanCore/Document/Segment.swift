/// One translatable unit: a sentence (or a title, a list item, a table cell) with its inline codes.
public struct Segment: Hashable, Sendable {
    /// Stable ID within the post; see ``SegmentID``.
    public var id: SegmentID
    /// Text and codes, in order.
    public var content: [InlineElement]
    /// Where the segment sits in the post, e.g. `body/ul[2]/li[3]/p[1]` or `front/title`.
    public var path: String
    /// The nearest heading above the segment, for translators' context.
    public var heading: String?
    /// Where the segment starts and ends in the source file.
    public var range: SourceRange
    /// The exact source bytes of the segment, used when the target equals the source.
    public var raw: String

    public init(
        id: SegmentID, content: [InlineElement], path: String, heading: String? = nil, range: SourceRange,
        raw: String
    ) {
        self.id = id
        self.content = content
        self.path = path
        self.heading = heading
        self.range = range
        self.raw = raw
    }

    /// The content in tagged notation (`<1>…</1>`), as exchanged with translators.
    public var tagged: String { TaggedText.render(content) }
    /// The sentence as a reader sees it.
    public var plainText: String { content.plainText }
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
