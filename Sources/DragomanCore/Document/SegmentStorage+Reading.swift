import Foundation

/// Reading a segment's content from its tables without making its strings: what rendering, word counts and
/// comparisons need on every segment of every locale.
extension SegmentStorage {
    /// Whether the content of segment `index` equals `content` (normalized content, as targets are once
    /// validated): texts compared byte for byte with the tables, codes by kind, id and markup. Text that only
    /// differs in its Unicode normalization (`é` as one character or two) differs here: a target that changes
    /// the source's bytes counts as a translation and is written as the translator wrote it.
    func content(_ index: Int, equals content: [InlineElement]) -> Bool {
        let slice = elements(of: index)
        guard slice.count == content.count else { return false }
        for (element, value) in zip(slice, content) {
            switch value {
            case .text(var text):
                guard element.isText, text.withUTF8({ sameBytes($0, element) }) else { return false }
            case .open(let code):
                guard element.kind == .open, matches(code, element) else { return false }
            case .close(let code):
                guard element.kind == .close, matches(code, element) else { return false }
            case .standalone(let code):
                guard element.kind == .standalone, matches(code, element) else { return false }
            }
        }
        return true
    }

    private func matches(_ code: InlineCode, _ element: Element) -> Bool {
        guard code.id == Int(element.id), code.kind == element.code else { return false }
        var data = code.data
        return data.withUTF8 { sameBytes($0, element) }
    }

    private func sameBytes(_ bytes: UnsafeBufferPointer<UInt8>, _ element: Element) -> Bool {
        guard bytes.count == Int(element.end - element.start) else { return false }
        guard bytes.count > 0, let other = bytes.baseAddress else { return true }
        return withBytes(of: element) { mine in mine.baseAddress.map { memcmp($0, other, bytes.count) == 0 } ?? false }
    }

    /// Calls `body` with the source markup of segment `index`'s code half `kind` numbered `id` (the last
    /// one, as a table keyed by id would hold), if there is one.
    func withMarkup(
        of kind: Element.Kind, id: Int, in index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Void
    ) {
        for element in elements(of: index).reversed() where element.kind == kind && Int(element.id) == id {
            withBytes(of: element, body)
            return
        }
    }

    /// Calls `body` with each piece of the plain text of segment `index`, as `[InlineElement].forEachPlainText`
    /// hands them over for content: texts, a space for a line break, the markup of web addresses and inline code.
    func forEachPlainText(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        for element in elements(of: index) {
            switch element.kind {
            case .sourceText, .decodedText: withBytes(of: element, body)
            case .standalone where element.code == .lineBreak:
                withUnsafePointer(to: UInt8(ascii: " ")) { body(UnsafeBufferPointer(start: $0, count: 1)) }
            case .standalone where element.code == .url || element.code == .code: withBytes(of: element, body)
            default: break
            }
        }
    }

    /// The plain text of segment `index` (what ``forEachPlainText(_:_:)`` hands over), as one string.
    func plainText(_ index: Int) -> String {
        var bytes: [UInt8] = []
        forEachPlainText(index) { bytes.append(contentsOf: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Calls `body` with the post's bytes `range`.
    func withSourceBytes<Result>(_ range: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        source.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// Whether segment `index` is a front-matter value: its block path starts with `front/` (body paths start
    /// with `body/`, so the first byte settles most).
    func isFrontMatter(_ index: Int) -> Bool {
        let path = paths[Int(records[index].path)]
        return path.utf8.first == UInt8(ascii: "f") && path.hasPrefix("front/")
    }

    /// Whether segment `index` has codes.
    func hasCodes(_ index: Int) -> Bool { elements(of: index).contains { !$0.isText } }

    /// Whether `tokens` are the exchange tokens of segment `index` (``ExchangeToken/tokens(_:)`` of its
    /// content), compared with the tables.
    func tokens(_ index: Int, equal tokens: [ExchangeToken]) -> Bool {
        let slice = elements(of: index)
        guard slice.count == tokens.count else { return false }
        for (element, token) in zip(slice, tokens) {
            switch token {
            case .text(var text):
                guard element.isText, text.withUTF8({ sameBytes($0, element) }) else { return false }
            case .open(let id):
                guard element.kind == .open, Self.isNumber(id, element.id) else { return false }
            case .close(let id):
                guard element.kind == .close, Self.isNumber(id, element.id) else { return false }
            case .standalone(let id):
                guard element.kind == .standalone, Self.isNumber(id, element.id) else { return false }
            }
        }
        return true
    }

    /// Whether `text` is `String(number)`.
    private static func isNumber(_ text: String, _ number: Int32) -> Bool {
        var value: Int32 = 0
        var digits = 0
        for byte in text.utf8 {
            guard (0x30...0x39).contains(byte), digits < 9, digits == 0 || value != 0 else { return false }
            value = value * 10 + Int32(byte - 0x30)
            digits += 1
        }
        return digits > 0 && value == number
    }
}
