/// What stays of a post once its translatable text is lifted out: literal source bytes between segments.
///
/// Filling the skeleton with each segment's text (source or target) rebuilds the post; filling it with the
/// source segments reproduces the source file byte for byte.
public struct Skeleton: Hashable, Sendable {
    /// A literal run of the post's bytes, or the index of a segment in the document's `segments`.
    public enum Part: Hashable, Sendable {
        /// The post's bytes at these UTF-8 offsets.
        case literal(Range<Int>)
        case segment(Int)
        /// The YAML front matter (between its `---` fences), rebuilt from its own segments.
        case frontMatter
    }

    public var parts: [Part]

    public init(parts: [Part] = []) { self.parts = parts }

    /// Appends the post's bytes `range`, joined to the literal before it when they are contiguous.
    mutating func appendLiteral(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        if case .literal(let previous)? = parts.last, previous.upperBound == range.lowerBound {
            parts[parts.count - 1] = .literal(previous.lowerBound..<range.upperBound)
        } else {
            parts.append(.literal(range))
        }
    }
}
