/// A piece of inline markup inside a segment, kept out of the translator's way as a placeholder.
///
/// A paired code (emphasis, a link) appears twice in a segment, as `.open` and `.close` with the same `id`;
/// a standalone code (inline code, a line break, raw HTML, a bare URL) appears once as `.standalone`.
/// `data` holds the exact source markup, so nothing a translator types can change it.
public struct InlineCode: Hashable, Sendable, Codable {
    /// What markup a code stands for.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case emphasis, strong, strikethrough, link, image, code, html, lineBreak = "linebreak", url
    }

    /// 1-based number within its segment; shared by the two halves of a pair.
    public var id: Int
    public var kind: Kind
    /// The source markup this half stands for (`**`, `](https://…)`, `` `x` ``).
    public var data: String

    public init(id: Int, kind: Kind, data: String) {
        self.id = id
        self.kind = kind
        self.data = data
    }
}

/// One element of a segment's content: text, or one half of a paired code, or a standalone code.
public enum InlineElement: Hashable, Sendable {
    case text(String)
    case open(InlineCode)
    case close(InlineCode)
    case standalone(InlineCode)

    /// The code of a non-text element.
    public var code: InlineCode? {
        switch self {
        case .text: nil
        case .open(let code), .close(let code), .standalone(let code): code
        }
    }
}

extension Array where Element == InlineElement {
    /// The text a reader sees, codes dropped (line breaks read as a space).
    public var plainText: String {
        var result = ""
        appendPlainText(to: &result)
        return result
    }

    /// Appends ``plainText`` to `result`, without a string of its own.
    func appendPlainText(to result: inout String) {
        forEachPlainText { result += $0 }
    }

    /// Calls `body` with each piece of ``plainText`` in turn: texts, a space for a line break, the markup of
    /// web addresses and inline code (``SegmentStorage/forEachPlainText(_:_:)`` reads the same from a post's
    /// segment tables).
    func forEachPlainText(_ body: (String) -> Void) {
        for element in self {
            switch element {
            case .text(let text): body(text)
            case .standalone(let code) where code.kind == .lineBreak: body(" ")
            case .standalone(let code) where code.kind == .url || code.kind == .code: body(code.data)
            default: break
            }
        }
    }

    /// Adjacent text elements merged, empty ones removed: the canonical form compared across formats.
    public var normalized: [InlineElement] {
        if hasMergedTexts({ if case .text(let text) = $0 { text } else { nil } }) { return self }
        var result: [InlineElement] = []
        result.reserveCapacity(count)
        // Text is gathered in one buffer until the next code, not re-concatenated per piece.
        var pending: String?
        for element in self {
            if case .text(let text) = element {
                if text.isEmpty { continue }
                if pending == nil { pending = text } else { pending! += text }
                continue
            }
            if let text = pending {
                result.append(.text(text))
                pending = nil
            }
            result.append(element)
        }
        if let text = pending { result.append(.text(text)) }
        return result
    }

    /// The segment's codes by id (paired codes keyed once, with their opening half).
    public var codes: [Int: InlineCode] {
        var result: [Int: InlineCode] = [:]
        for element in self {
            if let code = element.code, result[code.id] == nil || { if case .open = element { true } else { false } }()
            {
                result[code.id] = code
            }
        }
        return result
    }
}
