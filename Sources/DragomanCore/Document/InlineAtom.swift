/// The smallest piece of a leaf block's inline content, tied to the exact source bytes it came from.
struct InlineAtom: Equatable {
    enum Kind: Equatable {
        /// Text that reads exactly as its source bytes `start..<end` (no entity, no escape): it carries no
        /// string, and is decoded from the source only when a segment is built.
        case source
        /// Text as a reader sees it when it differs from its source bytes (entities decoded, escapes dropped);
        /// `text` may be empty for a lone `\`.
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

    /// What the atom contributes to the plain text that sentence rules see; `source` is the post's bytes.
    func plain(in source: UnsafeBufferPointer<UInt8>) -> String {
        switch kind {
        case .source: String(decoding: UnsafeBufferPointer(rebasing: source[start..<end]), as: UTF8.self)
        case .text(let text): text
        case .softBreak: " "
        case .standalone(.lineBreak): " "
        default: ""
        }
    }

    /// Whether the atom is text that reads as nothing (an empty gap, a lone `\`).
    var isEmptyText: Bool {
        switch kind {
        case .source: start == end
        case .text(let text): text.isEmpty
        default: false
        }
    }

    var isCode: Bool {
        switch kind {
        case .open, .close, .standalone: true
        default: false
        }
    }
}
