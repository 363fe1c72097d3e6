import Foundation

/// The translations of one target locale: one XLIFF 2.1 file per post at
/// `Locales/<locale>/translations/<slug>.xlf`, units in source order, written atomically and byte-stably.
public struct TranslationStore: Sendable {
    public let project: Project
    public let locale: String
    public let sourceLocale: String

    public init(project: Project, locale: String, sourceLocale: String = "en") {
        self.project = project
        self.locale = locale
        self.sourceLocale = sourceLocale
    }

    /// The folder holding the locale's store files.
    public var folder: URL { project.localeFolder(locale).appendingPathComponent("translations") }

    /// The store file of a post.
    public func fileURL(slug: String) -> URL { project.root.appendingPathComponent(relativePath(slug: slug)) }

    /// The store file of a post relative to the project, worked out without `URL`s (a build asks for 2,000).
    public func relativePath(slug: String) -> String { "Locales/\(locale)/translations/\(slug).xlf" }

    /// The stored units of a post, in file order (empty when the post has no store file yet).
    public func units(slug: String) throws(DragomanError) -> [TranslationUnit] {
        guard let data = FileManager.default.contents(atPath: fileURL(slug: slug).path) else { return [] }
        return try units(bytes: Array(data), slug: slug)
    }

    /// The units in `bytes`, the contents of the store file of `slug`.
    func units(bytes: [UInt8], slug: String) throws(DragomanError) -> [TranslationUnit] {
        let path = relativePath(slug: slug)
        try ExchangeInput.check(bytes, path: path, xml: true)
        let document = try XLIFF21Reader().read(bytes, path: path)
        var units: [TranslationUnit] = []
        units.reserveCapacity(document.files.reduce(0) { $0 + $1.units.count })
        for file in document.files {
            for unit in file.units {
                guard let target = unit.target, unit.defect == nil else {
                    throw DragomanError(
                        unit.location ?? SourceLocation(path: path),
                        "store unit '\(unit.id)' is damaged: \(unit.defect ?? "no target")",
                        hint: "restore the file from version control")
                }
                units.append(Self.unit(from: unit, target: target))
            }
        }
        return units
    }

    /// The store file's text for `units` of `document`: units in source order, then units whose segment is gone.
    public func encode(_ units: [TranslationUnit], document: SourceDocument) -> String {
        var order: [SegmentID: Int] = [:]
        order.reserveCapacity(document.segments.count)
        for (index, segment) in document.segments.enumerated() { order[segment.id] = index }
        // Each unit's position looked up once, not in every comparison of the sort.
        let sorted = units.map { (position: order[$0.id], unit: $0) }.sorted { lhs, rhs in
            switch (lhs.position, rhs.position) {
            case (let left?, let right?): left < right
            case (nil, nil): lhs.unit.id < rhs.unit.id
            case (_?, nil): true
            case (nil, _?): false
            }
        }
        let exchange = sorted.map { entry in
            Self.exchangeUnit(from: entry.unit, segment: entry.position.map { document.segments[$0] })
        }
        return XLIFF21Writer().write(
            ExchangeDocument(
                sourceLanguage: sourceLocale, targetLanguage: locale,
                files: [ExchangeFile(original: document.path, units: exchange)]))
    }

    /// Writes a post's units atomically; returns whether the file changed.
    @discardableResult
    public func save(_ units: [TranslationUnit], document: SourceDocument) throws(DragomanError) -> Bool {
        try AtomicFile.write(encode(units, document: document), to: fileURL(slug: document.slug))
    }

    /// ``save(_:document:)`` as part of `batch`: the file is written beside its place and renamed into it
    /// when the batch commits. False when the file already holds these units.
    @discardableResult
    public func stage(_ units: [TranslationUnit], document: SourceDocument, in batch: inout AtomicFile.Batch)
        throws(DragomanError) -> Bool
    {
        try batch.stage(Data(encode(units, document: document).utf8), to: fileURL(slug: document.slug))
    }

    static func unit(from unit: ExchangeUnit, target: [ExchangeToken]) -> TranslationUnit {
        TranslationUnit(
            id: SegmentID(unit.id), path: unit.name, source: unit.source, target: target, state: unit.state,
            staleSource: unit.mark == .stale ? (unit.note(ExchangeNote.staleSourceCategory) ?? "") : nil,
            notes: unit.remarks, translator: unit.note(ExchangeNote.translatorCategory),
            date: unit.note(ExchangeNote.dateCategory))
    }

    static func exchangeUnit(from unit: TranslationUnit, segment: Segment?) -> ExchangeUnit {
        var exchange = segment?.exchangeUnit ?? ExchangeUnit(id: unit.id.rawValue, name: unit.path, source: unit.source)
        exchange.location = nil
        exchange.source = unit.source
        exchange.target = unit.target
        exchange.state = unit.state
        exchange.mark = unit.isStale ? .stale : nil
        exchange.notes = unit.notes.map { ExchangeNote($0) }
        if let stale = unit.staleSource {
            exchange.notes.append(ExchangeNote(category: ExchangeNote.staleSourceCategory, stale))
        }
        if let translator = unit.translator {
            exchange.notes.append(ExchangeNote(category: ExchangeNote.translatorCategory, translator))
        }
        if let date = unit.date { exchange.notes.append(ExchangeNote(category: ExchangeNote.dateCategory, date)) }
        return exchange
    }
}
