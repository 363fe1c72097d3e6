import CMD4C

/// A block whose inline content may be translated: a paragraph, a heading, a table cell or a tight list item.
struct LeafBlock {
    enum Kind: Equatable {
        case paragraph, heading(level: Int), tableCell
    }

    /// One md4c callback inside the block. Offsets are into the post's source (see ``MarkdownScanner/scan(_:offset:)``).
    enum Event: Equatable {
        /// Text that md4c points at in the source (normal text, entities, code, raw HTML).
        case text(type: MD_TEXTTYPE, start: Int, end: Int)
        /// A soft or hard line break or a NUL, which md4c does not point at.
        case lineBreak(hard: Bool)
        case enter(MD_SPANTYPE)
        case leave(MD_SPANTYPE)
    }

    var kind: Kind
    var path: String
    /// The block's events: a range of the scanner's ``MarkdownScanner/events``, which all blocks share.
    var events: Range<Int>
}

/// Walks a Markdown body with md4c and collects its translatable leaf blocks, in document order.
///
/// Code blocks, HTML blocks, thematic breaks and regions between `<!-- dragoman:off -->` and
/// `<!-- dragoman:on -->` produce no leaf blocks: they stay in the skeleton as they are.
final class MarkdownScanner {
    private struct Container {
        /// The container's whole path from the body, so a leaf's path is one concatenation.
        var path: String
        var isListItem: Bool
    }

    /// The names a block's path step can have; each container counts its children per name.
    private enum StepName: Int, CaseIterable {
        case p, h1, h2, h3, h4, h5, h6, th, td, blockquote, ul, ol, li, table, thead, tbody, tr, block

        var text: StaticString {
            switch self {
            case .p: "p"
            case .h1: "h1"
            case .h2: "h2"
            case .h3: "h3"
            case .h4: "h4"
            case .h5: "h5"
            case .h6: "h6"
            case .th: "th"
            case .td: "td"
            case .blockquote: "blockquote"
            case .ul: "ul"
            case .ol: "ol"
            case .li: "li"
            case .table: "table"
            case .thead: "thead"
            case .tbody: "tbody"
            case .tr: "tr"
            case .block: "block"
            }
        }
    }

    // The state is touched on every md4c callback, and only from within one `scan` on one thread: the
    // properties opt out of the runtime's exclusivity checks, which cost more than the callbacks' own work.
    @exclusivity(unchecked) private(set) var leaves: [LeafBlock] = []
    /// The events of every leaf, in order (one array for the post, not one per block).
    @exclusivity(unchecked) private(set) var events: [LeafBlock.Event] = []
    /// Whether the current leaf has had a text event.
    @exclusivity(unchecked) private var currentHasText = false
    @exclusivity(unchecked) private var containers: [Container] = [Container(path: "body", isListItem: false)]
    private static let stepCount = StepName.allCases.count
    /// How many children of each ``StepName`` each open container has had: one row per container.
    @exclusivity(unchecked) private var childCounts = [Int](repeating: 0, count: MarkdownScanner.stepCount)
    @exclusivity(unchecked) private var current: LeafBlock?
    @exclusivity(unchecked) private var htmlText: [UInt8] = []
    @exclusivity(unchecked) private var inHTMLBlock = false
    @exclusivity(unchecked) private var inCodeBlock = false
    @exclusivity(unchecked) private var translationOff = false
    /// Whether the innermost container is a list item (kept apart: checked on every text and span event).
    @exclusivity(unchecked) private var inListItem = false
    @exclusivity(unchecked) private var base: UnsafePointer<CChar>?
    @exclusivity(unchecked) private var size = 0
    /// Added to every text offset: where the body starts in the post.
    @exclusivity(unchecked) private var shift = 0

    /// Parses `body` (CommonMark with GitHub tables and strikethrough). Returns false if md4c failed.
    /// `offset`, where the body starts in the post, is added to the events' offsets.
    func scan(_ body: UnsafeBufferPointer<UInt8>, offset: Int = 0) -> Bool {
        guard let address = body.baseAddress else { return true }
        shift = offset
        base = UnsafeRawPointer(address).assumingMemoryBound(to: CChar.self)
        size = body.count
        var parser = MD_PARSER()
        parser.abi_version = 0
        parser.flags = UInt32(
            MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_PERMISSIVEURLAUTOLINKS
                | MD_FLAG_PERMISSIVEEMAILAUTOLINKS | MD_FLAG_PERMISSIVEWWWAUTOLINKS)
        parser.enter_block = { type, detail, user in
            var level = 0
            if type == MD_BLOCK_H, let detail {
                level = Int(detail.assumingMemoryBound(to: MD_BLOCK_H_DETAIL.self).pointee.level)
            }
            withScanner(user) { $0.enterBlock(type, level: level) }
            return 0
        }
        parser.leave_block = { type, _, user in
            withScanner(user) { $0.leaveBlock(type) }
            return 0
        }
        parser.enter_span = { type, _, user in
            withScanner(user) { $0.span(type, entering: true) }
            return 0
        }
        parser.leave_span = { type, _, user in
            withScanner(user) { $0.span(type, entering: false) }
            return 0
        }
        parser.text = { type, text, length, user in
            withScanner(user) { $0.text(type, text, Int(length)) }
            return 0
        }
        let user = Unmanaged.passUnretained(self).toOpaque()
        return md_parse(base, MD_SIZE(size), &parser, user) == 0
    }

    /// The path of the next child called `name` of the innermost container: `<parent>/<name>[<n>]`.
    private func childPath(_ name: StepName) -> String {
        let slot = (containers.count - 1) * Self.stepCount + name.rawValue
        childCounts[slot] += 1
        return BlockPath.child(of: containers[containers.count - 1].path, name.text, childCounts[slot])
    }

    private func startLeaf(_ kind: LeafBlock.Kind, name: StepName) {
        current = LeafBlock(kind: kind, path: childPath(name), events: events.count..<events.count)
        currentHasText = false
    }

    private func finishLeaf() {
        guard var leaf = current else { return }
        current = nil
        if !translationOff, currentHasText {
            leaf.events = leaf.events.lowerBound..<events.count
            leaves.append(leaf)
        } else {
            events.removeSubrange(leaf.events.lowerBound...)
        }
    }

    private func enterBlock(_ type: MD_BLOCKTYPE, level: Int) {
        finishLeaf()
        switch type {
        case MD_BLOCK_DOC: break
        case MD_BLOCK_P: startLeaf(.paragraph, name: .p)
        case MD_BLOCK_H: startLeaf(.heading(level: level), name: StepName(rawValue: min(max(level, 1), 6)) ?? .h6)
        case MD_BLOCK_TH, MD_BLOCK_TD: startLeaf(.tableCell, name: type == MD_BLOCK_TH ? .th : .td)
        case MD_BLOCK_CODE: inCodeBlock = true
        case MD_BLOCK_HTML:
            inHTMLBlock = true
            htmlText.removeAll()
        case MD_BLOCK_HR: break
        default:
            let name: StepName =
                switch type {
                case MD_BLOCK_QUOTE: .blockquote
                case MD_BLOCK_UL: .ul
                case MD_BLOCK_OL: .ol
                case MD_BLOCK_LI: .li
                case MD_BLOCK_TABLE: .table
                case MD_BLOCK_THEAD: .thead
                case MD_BLOCK_TBODY: .tbody
                case MD_BLOCK_TR: .tr
                default: .block
                }
            containers.append(Container(path: childPath(name), isListItem: type == MD_BLOCK_LI))
            childCounts.append(contentsOf: repeatElement(0, count: Self.stepCount))
            inListItem = type == MD_BLOCK_LI
        }
    }

    private func leaveBlock(_ type: MD_BLOCKTYPE) {
        finishLeaf()
        switch type {
        case MD_BLOCK_DOC, MD_BLOCK_P, MD_BLOCK_H, MD_BLOCK_TH, MD_BLOCK_TD, MD_BLOCK_HR: break
        case MD_BLOCK_CODE: inCodeBlock = false
        case MD_BLOCK_HTML:
            inHTMLBlock = false
            let html = String(decoding: htmlText, as: UTF8.self)
            if html.contains("dragoman:off") { translationOff = true }
            if html.contains("dragoman:on") { translationOff = false }
        default:
            if containers.count > 1 {
                containers.removeLast()
                childCounts.removeLast(Self.stepCount)
            }
            inListItem = containers[containers.count - 1].isListItem
        }
    }

    private func span(_ type: MD_SPANTYPE, entering: Bool) {
        ensureLeafForTightListItem()
        if current != nil { events.append(entering ? .enter(type) : .leave(type)) }
    }

    private func text(_ type: MD_TEXTTYPE, _ pointer: UnsafePointer<CChar>?, _ length: Int) {
        if inHTMLBlock, let pointer {
            htmlText.append(contentsOf: UnsafeRawBufferPointer(start: pointer, count: length))
            return
        }
        if inCodeBlock { return }
        ensureLeafForTightListItem()
        guard current != nil, let pointer, let base else { return }
        let start = pointer - base
        if type == MD_TEXT_BR || type == MD_TEXT_SOFTBR {
            events.append(.lineBreak(hard: type == MD_TEXT_BR))
        } else if start >= 0, start + length <= size {
            events.append(.text(type: type, start: shift + start, end: shift + start + length))
            currentHasText = true
        }
    }

    /// md4c reports a tight list item's text without a paragraph around it: treat the item as the leaf.
    private func ensureLeafForTightListItem() {
        if current == nil, inListItem {
            startLeaf(.paragraph, name: .p)
        }
    }
}

/// Calls `body` with the scanner behind an md4c callback's user pointer, borrowed for the call: md4c calls
/// back within ``MarkdownScanner/scan(_:offset:)``, which holds the scanner, so no retain and release per
/// callback are needed (as `takeUnretainedValue()` would make).
private func withScanner(_ user: UnsafeMutableRawPointer?, _ body: (MarkdownScanner) -> Void) {
    guard let user else { return }
    Unmanaged<MarkdownScanner>.fromOpaque(user)._withUnsafeGuaranteedRef(body)
}
