/// A source post taken apart: its segments, and the skeleton that puts them back together.
public struct SourceDocument: Sendable {
    /// The post's path as shown to users (relative to the project).
    public var path: String
    /// The post's slug: front matter `slug`, else the file name without extension.
    public var slug: String
    /// The language the post is written in.
    public var locale: String
    public var frontMatter: FrontMatter?
    /// Translatable front-matter values and the segments each is made of.
    public var frontMatterFields: [FrontMatterField]
    /// The translatable units in source order.
    public internal(set) var segments: SegmentList
    /// The post's bytes between segments (ranges of ``segments``' post: the two are made together).
    public internal(set) var skeleton: Skeleton
    /// Blocks that could not be taken apart safely and stay untranslated, with the reason.
    public var warnings: [Diagnostic]

    /// The post's exact text (made from its bytes on each call).
    public var text: String { String(decoding: bytes, as: UTF8.self) }
    /// The post's exact bytes.
    var bytes: [UInt8] { segments.storage.source }

    /// The segment with `id`, if any.
    public func segment(_ id: SegmentID) -> Segment? { segments.first { $0.id == id } }
}

/// One translatable front-matter value (`title`, or the second item of `category`).
public struct FrontMatterField: Hashable, Sendable {
    public var key: String
    /// The position in a list value, or nil for a plain value.
    public var index: Int?
    /// Indices into the document's `segments`.
    public var segments: Range<Int>
    /// The white space between consecutive segments of the value.
    public var separators: [String]
}
