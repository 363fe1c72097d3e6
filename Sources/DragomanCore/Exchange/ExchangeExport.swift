/// Builds the exchange document a translator receives for one locale: every segment of the chosen posts with
/// its context notes, its stored translation and state, or an exact match from elsewhere in the store.
public struct ExchangeExport: Sendable {
    /// Which segments go out.
    public enum Selection: String, Sendable, CaseIterable {
        /// Every segment.
        case all
        /// Segments with no translation, or a stale one.
        case untranslated
    }

    public var sourceLocale: String
    public var locale: String
    public var selection: Selection

    public init(sourceLocale: String, locale: String, selection: Selection = .all) {
        self.sourceLocale = sourceLocale
        self.locale = locale
        self.selection = selection
    }

    /// The document for `posts`; `store` holds every post's resolved units (by slug), also those not exported,
    /// since exact matches come from the whole store.
    public func document(posts: [SourceDocument], store: [String: [SegmentID: TranslationUnit]]) -> ExchangeDocument {
        let matches = Self.exactMatches(store)
        var files: [ExchangeFile] = []
        for post in posts {
            let stored = store[post.slug] ?? [:]
            var units: [ExchangeUnit] = []
            for (index, segment) in post.segments.enumerated() {
                let unit = stored[segment.id]
                if selection == .untranslated, let unit, !unit.isStale { continue }
                var exchange = segment.exchangeUnit
                exchange.notes = Self.context(of: index, in: post)
                if let unit {
                    exchange.target = unit.target
                    exchange.state = unit.state
                    exchange.mark = unit.isStale ? .stale : nil
                    exchange.notes += unit.notes.map { ExchangeNote($0) }
                    if let old = unit.staleSource {
                        exchange.notes.append(ExchangeNote(category: ExchangeNote.staleSourceCategory, old))
                    }
                } else if let match = matches[exchange.source.canonical],
                    TargetValidator.resolve(match, source: segment.content).successValue != nil
                {
                    exchange.target = match
                    exchange.state = .new
                    exchange.mark = .exactMatch
                }
                units.append(exchange)
            }
            files.append(ExchangeFile(original: post.path, units: units))
        }
        return ExchangeDocument(sourceLanguage: sourceLocale, targetLanguage: locale, files: files)
    }

    /// Targets of settled (translated or better, not stale) units by canonical source; the first post (by slug)
    /// wins, so the choice is deterministic.
    static func exactMatches(_ store: [String: [SegmentID: TranslationUnit]]) -> [String: [ExchangeToken]] {
        var result: [String: [ExchangeToken]] = [:]
        for slug in store.keys.sorted() {
            guard let units = store[slug] else { continue }
            for id in units.keys.sorted() {
                guard let unit = units[id], !unit.isStale, unit.state >= .translated else { continue }
                let key = unit.source.canonical
                if result[key] == nil { result[key] = unit.target }
            }
        }
        return result
    }

    /// Notes that help a translator: block path, heading, previous and next sentence.
    static func context(of index: Int, in post: SourceDocument) -> [ExchangeNote] {
        let segment = post.segments[index]
        var notes = [ExchangeNote(category: "location", segment.path)]
        if let heading = segment.heading { notes.append(ExchangeNote(category: "heading", heading)) }
        if index > 0 { notes.append(ExchangeNote(category: "previous", post.segments[index - 1].plainText)) }
        if index + 1 < post.segments.count {
            notes.append(ExchangeNote(category: "next", post.segments[index + 1].plainText))
        }
        return notes
    }
}
