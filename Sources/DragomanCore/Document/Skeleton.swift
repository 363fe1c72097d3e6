/// What stays of a post once its translatable text is lifted out: literal source bytes between segments.
///
/// Filling the skeleton with each segment's text (source or target) rebuilds the post; filling it with the
/// source segments reproduces the source file byte for byte.
public struct Skeleton: Hashable, Sendable {
    /// A literal run of source bytes, or the index of a segment in the document's `segments`.
    public enum Part: Hashable, Sendable {
        case literal(String)
        case segment(Int)
        /// The YAML front matter (between its `---` fences), rebuilt from its own segments.
        case frontMatter
    }

    public var parts: [Part]

    public init(parts: [Part] = []) { self.parts = parts }

    mutating func appendLiteral(_ text: String) {
        guard !text.isEmpty else { return }
        if case .literal(let previous)? = parts.last {
            parts[parts.count - 1] = .literal(previous + text)
        } else {
            parts.append(.literal(text))
        }
    }
}
