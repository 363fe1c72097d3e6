import CMD4C

/// Ties md4c's inline events back to source bytes: every delimiter, link tail and line break is given the
/// exact byte range it occupies, so a block's content is a contiguous run of atoms with nothing lost.
///
/// md4c points at text but not at markup. The markup sits in the gaps between text runs, and CommonMark
/// fixes its shape: emphasis is one or two delimiter characters, a link closes with `]` and an optional
/// `(destination "title")` or `[label]`, a code span is a run of backticks. The lexer reads each event's
/// markup at the cursor and fails loudly (so the block stays untranslated) if the bytes disagree.
struct InlineLexer {
    struct Failure: Error, Equatable {
        var offset: Int
        var reason: String
    }

    let source: UnsafeBufferPointer<UInt8>

    /// The atoms of `block`, written into `atoms` (emptied first, its capacity kept); text that does not read
    /// as its source bytes is appended to `decoded`.
    func atoms(
        of block: LeafBlock, events allEvents: [LeafBlock.Event], floor: Int, into atoms: inout [InlineAtom],
        decoded: inout [UInt8]
    ) throws(Failure) {
        atoms.removeAll(keepingCapacity: true)
        let events = allEvents[block.events]
        guard let firstText = events.firstIndex(where: { if case .text = $0 { true } else { false } }) else {
            return
        }
        guard case .text(_, let textStart, _) = events[firstText] else { return }
        // The opening markup before the first text, found backwards from it: the range of the opening at
        // `events.startIndex + n` is `leading[n]`.
        var leading: [(start: Int, end: Int)] = []
        var position = textStart
        // A first text that is a backslash-escaped character (`*\<x*`) starts after its backslash, which md4c
        // does not report: the opening markup ends before the backslash, and the backslash is a gap of its own.
        if firstText > events.startIndex, case .text(MD_TEXT_NORMAL, _, _) = events[firstText],
            Self.isEscapable(byte(textStart)), byte(textStart - 1) == UInt8(ascii: "\\"),
            case .enter(let type) = events[firstText - 1], type != MD_SPAN_CODE
        {
            position -= 1
        }
        for index in stride(from: firstText - 1, through: events.startIndex, by: -1) {
            guard case .enter(let type) = events[index] else {
                throw Failure(offset: textStart, reason: "unexpected markup before the first text of the block")
            }
            let length = try leadingLength(type, endingAt: position, floor: floor)
            leading.append((position - length, position))
            position -= length
        }
        leading.reverse()

        var cursor = position
        var pairs: [(type: MD_SPANTYPE, pair: Int, kind: InlineCode.Kind)] = []
        var nextPair = 0
        var index = events.startIndex
        let empty = decoded.count..<decoded.count
        while index < events.endIndex {
            switch events[index] {
            case .text(let type, let start, let end):
                if start > cursor { atoms.append(InlineAtom(kind: .text(decoded: empty), start: cursor, end: start)) }
                atoms.append(InlineAtom(kind: textKind(type, start, end, &decoded), start: start, end: end))
                cursor = max(cursor, end)
            case .lineBreak(let hard):
                let end = lineBreakEnd(from: cursor)
                atoms.append(InlineAtom(kind: hard ? .standalone(.lineBreak) : .softBreak, start: cursor, end: end))
                cursor = end
            case .enter(let type):
                let range: (start: Int, end: Int)
                if index - events.startIndex < leading.count {
                    range = leading[index - events.startIndex]
                } else {
                    range = try enterRange(type, at: cursor)
                }
                if type == MD_SPAN_CODE || (type == MD_SPAN_A && isAutolink(range)) {
                    let (end, leaveIndex) = try atomicEnd(events, from: index, opening: range)
                    atoms.append(
                        InlineAtom(kind: .standalone(type == MD_SPAN_CODE ? .code : .url), start: range.start, end: end)
                    )
                    cursor = end
                    index = leaveIndex + 1
                    continue
                }
                let kind = codeKind(type)
                nextPair += 1
                pairs.append((type, nextPair, kind))
                atoms.append(InlineAtom(kind: .open(kind, pair: nextPair), start: range.start, end: range.end))
                cursor = range.end
            case .leave(let type):
                guard let open = pairs.popLast(), open.type == type else {
                    throw Failure(offset: cursor, reason: "unbalanced inline markup")
                }
                let end = try leaveEnd(type, at: cursor)
                atoms.append(InlineAtom(kind: .close(open.kind, pair: open.pair), start: cursor, end: end))
                cursor = end
            }
            index += 1
        }
        guard pairs.isEmpty else { throw Failure(offset: cursor, reason: "inline markup left open") }
    }

    /// Whether `byte` is one CommonMark lets a backslash escape (ASCII punctuation).
    private static func isEscapable(_ byte: UInt8?) -> Bool {
        guard let byte else { return false }
        return (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte)
            || (0x7B...0x7E).contains(byte)
    }

    private func byte(_ offset: Int) -> UInt8? {
        offset >= 0 && offset < source.count ? source[offset] : nil
    }

    private func string(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: source[start..<end]), as: UTF8.self)
    }

    private func textKind(_ type: MD_TEXTTYPE, _ start: Int, _ end: Int, _ decoded: inout [UInt8]) -> InlineAtom.Kind {
        let text: String
        switch type {
        case MD_TEXT_HTML: return .standalone(.html)
        case MD_TEXT_ENTITY: text = HTMLEntity.decode(string(start, end))
        case MD_TEXT_NULLCHAR: text = "\u{FFFD}"
        default: return .source
        }
        let first = decoded.count
        decoded.append(contentsOf: text.utf8)
        return .text(decoded: first..<decoded.count)
    }

    private func codeKind(_ type: MD_SPANTYPE) -> InlineCode.Kind {
        switch type {
        case MD_SPAN_EM: .emphasis
        case MD_SPAN_STRONG: .strong
        case MD_SPAN_DEL: .strikethrough
        case MD_SPAN_A: .link
        case MD_SPAN_IMG: .image
        default: .html
        }
    }

    /// Length of an opening delimiter that ends at `end` (the block's first text follows it).
    private func leadingLength(_ type: MD_SPANTYPE, endingAt end: Int, floor: Int) throws(Failure) -> Int {
        var length = 0
        switch type {
        case MD_SPAN_EM: length = 1
        case MD_SPAN_STRONG: length = 2
        case MD_SPAN_DEL: while length < 2, byte(end - length - 1) == UInt8(ascii: "~") { length += 1 }
        case MD_SPAN_IMG: length = 2
        case MD_SPAN_A: length = byte(end - 1) == UInt8(ascii: "[") || byte(end - 1) == UInt8(ascii: "<") ? 1 : 0
        case MD_SPAN_CODE:
            while byte(end - length - 1) == UInt8(ascii: " ") { length += 1 }
            let spaces = length
            while byte(end - length - 1) == UInt8(ascii: "`") { length += 1 }
            if length == spaces { length = 0 }
        default: length = 0
        }
        guard end - length >= floor, length > 0 || type == MD_SPAN_A else {
            throw Failure(offset: end, reason: "cannot place the opening markup of the block")
        }
        return length
    }

    private func enterRange(_ type: MD_SPANTYPE, at cursor: Int) throws(Failure) -> (start: Int, end: Int) {
        switch type {
        case MD_SPAN_EM, MD_SPAN_STRONG:
            let length = type == MD_SPAN_EM ? 1 : 2
            guard let first = byte(cursor), first == UInt8(ascii: "*") || first == UInt8(ascii: "_") else {
                throw Failure(offset: cursor, reason: "expected an emphasis delimiter")
            }
            return (cursor, cursor + length)
        case MD_SPAN_DEL:
            var end = cursor
            while end - cursor < 2, byte(end) == UInt8(ascii: "~") { end += 1 }
            return (cursor, end)
        case MD_SPAN_IMG:
            guard byte(cursor) == UInt8(ascii: "!"), byte(cursor + 1) == UInt8(ascii: "[") else {
                throw Failure(offset: cursor, reason: "expected an image")
            }
            return (cursor, cursor + 2)
        case MD_SPAN_A:
            let opener = byte(cursor)
            return opener == UInt8(ascii: "[") || opener == UInt8(ascii: "<") ? (cursor, cursor + 1) : (cursor, cursor)
        case MD_SPAN_CODE:
            var end = cursor
            while byte(end) == UInt8(ascii: "`") { end += 1 }
            guard end > cursor else { throw Failure(offset: cursor, reason: "expected a code span") }
            return (cursor, end)
        default:
            throw Failure(offset: cursor, reason: "unsupported inline markup")
        }
    }

    private func isAutolink(_ range: (start: Int, end: Int)) -> Bool {
        range.start == range.end || byte(range.start) == UInt8(ascii: "<")
    }

    /// Where a code span or an autolink ends, and the index of its leave event.
    private func atomicEnd(_ events: ArraySlice<LeafBlock.Event>, from index: Int, opening: (start: Int, end: Int))
        throws(Failure) -> (Int, Int)
    {
        guard case .enter(let type) = events[index] else { throw Failure(offset: opening.start, reason: "internal") }
        var depth = 0
        var lastEnd = opening.end
        var leave = index + 1
        while leave < events.endIndex {
            switch events[leave] {
            case .enter(let inner) where inner == type: depth += 1
            case .leave(let inner) where inner == type:
                if depth == 0 { break }
                depth -= 1
            case .text(_, _, let end): lastEnd = max(lastEnd, end)
            default: break
            }
            if case .leave(let inner) = events[leave], inner == type, depth == 0 { break }
            leave += 1
        }
        guard leave < events.endIndex else { throw Failure(offset: opening.start, reason: "unterminated span") }
        if type == MD_SPAN_CODE {
            let run = opening.end - opening.start - countTrailingSpaces(opening)
            var position = lastEnd
            while position < source.count {
                if byte(position) == UInt8(ascii: "`") {
                    var end = position
                    while byte(end) == UInt8(ascii: "`") { end += 1 }
                    if end - position == run { return (end, leave) }
                    position = end
                } else {
                    position += 1
                }
            }
            throw Failure(offset: opening.start, reason: "unterminated code span")
        }
        let end = byte(opening.start) == UInt8(ascii: "<") && byte(lastEnd) == UInt8(ascii: ">") ? lastEnd + 1 : lastEnd
        return (end, leave)
    }

    private func countTrailingSpaces(_ range: (start: Int, end: Int)) -> Int {
        var count = 0
        while range.end - count - 1 >= range.start, byte(range.end - count - 1) == UInt8(ascii: " ") { count += 1 }
        return count
    }

    private func leaveEnd(_ type: MD_SPANTYPE, at cursor: Int) throws(Failure) -> Int {
        switch type {
        case MD_SPAN_EM: return cursor + 1
        case MD_SPAN_STRONG: return cursor + 2
        case MD_SPAN_DEL:
            var end = cursor
            while end - cursor < 2, byte(end) == UInt8(ascii: "~") { end += 1 }
            return end
        case MD_SPAN_A, MD_SPAN_IMG:
            guard byte(cursor) == UInt8(ascii: "]") else {
                throw Failure(offset: cursor, reason: "expected ']' closing a link")
            }
            return linkTailEnd(from: cursor + 1)
        default:
            throw Failure(offset: cursor, reason: "unsupported inline markup")
        }
    }

    /// The end of `(destination "title")` or `[label]` after a link's `]`, or `start` if there is none.
    private func linkTailEnd(from start: Int) -> Int {
        guard let opener = byte(start), opener == UInt8(ascii: "(") || opener == UInt8(ascii: "[") else {
            return start
        }
        let closer = opener == UInt8(ascii: "(") ? UInt8(ascii: ")") : UInt8(ascii: "]")
        var depth = 0
        var quote: UInt8?
        var position = start
        while let current = byte(position) {
            if current == UInt8(ascii: "\\") {
                position += 2
                continue
            }
            if let open = quote {
                if current == open { quote = nil }
            } else if opener == UInt8(ascii: "("), current == UInt8(ascii: "\"") || current == UInt8(ascii: "'") {
                quote = current
            } else if opener == UInt8(ascii: "("), current == UInt8(ascii: "<"), position == start + 1 {
                while let inner = byte(position), inner != UInt8(ascii: ">") { position += 1 }
            } else if current == opener {
                depth += 1
            } else if current == closer {
                depth -= 1
                if depth == 0 { return position + 1 }
            }
            position += 1
        }
        return start
    }

    /// A line break covers trailing spaces or a backslash, the newline, and the next line's container prefix.
    private func lineBreakEnd(from cursor: Int) -> Int {
        var position = cursor
        while let current = byte(position), current == 0x20 || current == 0x09 || current == UInt8(ascii: "\\") {
            position += 1
        }
        if byte(position) == 0x0D { position += 1 }
        if byte(position) == 0x0A { position += 1 }
        while let current = byte(position), current == 0x20 || current == 0x09 || current == UInt8(ascii: ">") {
            position += 1
        }
        return position
    }
}
