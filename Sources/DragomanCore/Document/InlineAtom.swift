/// The smallest piece of a leaf block's inline content, tied to the exact source bytes it came from.
///
/// Atoms hold no strings (text that differs from its source bytes lives in the reader's decoded buffer), so
/// the arrays of them are copied and cut without reference counting.
struct InlineAtom: Equatable {
    enum Kind: Equatable {
        /// Text that reads exactly as its source bytes `start..<end` (no entity, no escape).
        case source
        /// Text as a reader sees it when it differs from its source bytes (entities decoded, escapes dropped):
        /// the bytes `decoded` of the reader's decoded buffer, which may be empty (a lone `\`).
        case text(decoded: Range<Int>)
        /// A soft line break and the next line's container prefix: reads as one space.
        case softBreak
        /// One half of a paired code; `pair` matches the halves within the block.
        case open(InlineCode.Kind, pair: Int)
        case close(InlineCode.Kind, pair: Int)
        case standalone(InlineCode.Kind)
    }

    var kind: Kind
    /// Byte offsets into the post's source.
    var start: Int
    var end: Int

    /// Whether the atom is text that reads as nothing (an empty gap, a lone `\`).
    var isEmptyText: Bool {
        switch kind {
        case .source: start == end
        case .text(let decoded): decoded.isEmpty
        default: false
        }
    }

}
