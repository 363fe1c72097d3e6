/// The smallest piece of a leaf block's inline content, tied to the exact source bytes it came from.
struct InlineAtom: Equatable {
    enum Kind: Equatable {
        /// Text as a reader sees it (entities decoded, escapes dropped); `text` may be empty for a lone `\`.
        case text(String)
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

    /// What the atom contributes to the plain text that sentence rules see.
    var plain: String {
        switch kind {
        case .text(let text): text
        case .softBreak: " "
        case .standalone(.lineBreak): " "
        default: ""
        }
    }

    var isCode: Bool {
        switch kind {
        case .open, .close, .standalone: true
        default: false
        }
    }
}
