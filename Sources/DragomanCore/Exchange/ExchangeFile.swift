/// A placeholder-aware piece of segment content as an exchange file carries it: text or a code by its id.
///
/// Ids are strings because files name them; ``TargetValidator`` resolves them against the source segment.
public enum ExchangeToken: Hashable, Sendable {
    case text(String)
    case open(String)
    case close(String)
    case standalone(String)

    /// Tokens of segment content (code markup dropped: it travels separately and is never read back).
    public static func tokens(_ content: [InlineElement]) -> [ExchangeToken] {
        content.map { element in
            switch element {
            case .text(let text): .text(text)
            case .open(let code): .open(String(code.id))
            case .close(let code): .close(String(code.id))
            case .standalone(let code): .standalone(String(code.id))
            }
        }
    }

    /// Tokens of tagged notation (`<1>…</1>`, `<2/>`).
    public static func tokens(tagged: String) -> [ExchangeToken] {
        TaggedText.tokens(tagged).map { token in
            switch token {
            case .text(let text): .text(text)
            case .open(let id): .open(String(id))
            case .close(let id): .close(String(id))
            case .standalone(let id): .standalone(String(id))
            }
        }
    }
}

extension Array where Element == ExchangeToken {
    /// The tokens in tagged notation (`<1>…</1>`, `<2/>`), text escaped as ``TaggedText`` escapes it.
    public var tagged: String {
        var result = UTF8Buffer(capacity: 64)
        for token in self {
            switch token {
            case .text(let text): result.append(TaggedText.escape(text))
            case .open(let id):
                result.append(ascii: UInt8(ascii: "<"))
                result.append(id)
                result.append(ascii: UInt8(ascii: ">"))
            case .close(let id):
                result.append("</")
                result.append(id)
                result.append(ascii: UInt8(ascii: ">"))
            case .standalone(let id):
                result.append(ascii: UInt8(ascii: "<"))
                result.append(id)
                result.append("/>")
            }
        }
        return result.text
    }

    /// The text a reader sees, placeholders dropped (for terminology checks and word counts).
    public var plainText: String {
        reduce(into: "") { text, token in if case .text(let run) = token { text += run } }
    }

    /// Tagged notation with white-space runs collapsed and trimmed: what "same source" compares.
    public var canonical: String {
        String(decoding: TaggedText.collapsingWhiteSpace(tagged), as: UTF8.self)
    }
}

/// A note on a unit: context the exporter adds (category `location`, `heading`, `previous`, `next`,
/// `codes`, `dragoman:*`) or a remark from a translator (no category).
public struct ExchangeNote: Hashable, Sendable {
    public var category: String?
    public var text: String

    public init(category: String? = nil, _ text: String) {
        self.category = category
        self.text = text
    }

    /// Categories the exporter writes; on import they are context, not translator notes.
    public static let contextCategories: Set<String> = [
        "location", "heading", "previous", "next", "codes", staleSourceCategory, translatorCategory, dateCategory,
    ]
    public static let staleSourceCategory = "dragoman:stale-source"
    public static let translatorCategory = "dragoman:translator"
    public static let dateCategory = "dragoman:date"
}

/// One translatable unit in an exchange file.
public struct ExchangeUnit: Hashable, Sendable {
    /// Why a unit's target needs a look before it counts.
    public enum Mark: String, Hashable, Sendable {
        /// The source changed after the target was made.
        case stale
        /// The target was copied from an identical source sentence elsewhere.
        case exactMatch = "exact-match"
    }

    /// The segment ID.
    public var id: String
    /// The block path (`body/p[1]/s[2]`).
    public var name: String?
    public var source: [ExchangeToken]
    /// The target, or nil when the file has none (or an empty one).
    public var target: [ExchangeToken]?
    public var state: TranslationState
    public var mark: Mark?
    public var notes: [ExchangeNote]
    /// The source's codes by id, for writers that carry markup or a legend; readers leave it empty.
    public var codes: [String: InlineCode]
    /// The markup of the closing halves of paired codes, by id.
    public var closingData: [String: String]
    /// Where the unit starts in the file it was read from.
    public var location: SourceLocation?
    /// Why a reader could not take the unit apart (unknown inline element, missing id…); the unit is rejected.
    public var defect: String?

    public init(
        id: String, name: String? = nil, source: [ExchangeToken], target: [ExchangeToken]? = nil,
        state: TranslationState = .new, mark: Mark? = nil, notes: [ExchangeNote] = [],
        codes: [String: InlineCode] = [:], closingData: [String: String] = [:], location: SourceLocation? = nil
    ) {
        self.id = id
        self.name = name
        self.source = source
        self.target = target
        self.state = state
        self.mark = mark
        self.notes = notes
        self.codes = codes
        self.closingData = closingData
        self.location = location
    }

    /// The text of the first note in `category`.
    public func note(_ category: String) -> String? { notes.first { $0.category == category }?.text }

    /// Translator notes (those without an exporter's category).
    public var remarks: [String] {
        notes.filter { $0.category.map { !ExchangeNote.contextCategories.contains($0) } ?? true }.map(\.text)
    }
}

/// The units of one post in an exchange file.
public struct ExchangeFile: Hashable, Sendable {
    /// The post's project-relative path (XLIFF `original`, PO reference); never used as a write path.
    public var original: String?
    public var units: [ExchangeUnit]
    public var location: SourceLocation?

    public init(original: String?, units: [ExchangeUnit], location: SourceLocation? = nil) {
        self.original = original
        self.units = units
        self.location = location
    }
}

/// A whole exchange document: languages and one ``ExchangeFile`` per post.
public struct ExchangeDocument: Hashable, Sendable {
    public var sourceLanguage: String
    public var targetLanguage: String?
    public var files: [ExchangeFile]
    /// Who last changed the document and when, if the file says so (PO header, tool attributes).
    public var translator: String?
    public var date: String?
    /// Whether the format carries review states (XLIFF does; PO only knows fuzzy or not).
    public var carriesState = true

    public init(
        sourceLanguage: String, targetLanguage: String?, files: [ExchangeFile], translator: String? = nil,
        date: String? = nil
    ) {
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.files = files
        self.translator = translator
        self.date = date
    }
}
