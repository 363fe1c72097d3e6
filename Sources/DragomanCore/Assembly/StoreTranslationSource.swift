import Foundation

/// The translation store (`Locales/<locale>/translations/<slug>.xlf`) as the assembler's translation source.
///
/// Units are reconciled with the current source post: a unit whose source changed is used but marked stale,
/// and a target whose placeholders no longer fit its segment counts as missing (the store keeps it for review).
public struct StoreTranslationSource: TranslationSource {
    public let project: Project
    public let sourceLocale: String

    public init(project: Project, sourceLocale: String) {
        self.project = project
        self.sourceLocale = sourceLocale
    }

    public func translations(for document: SourceDocument, locale: String) throws(DragomanError)
        -> [SegmentID: AssemblyTranslation]
    {
        let store = TranslationStore(project: project, locale: locale, sourceLocale: sourceLocale)
        return Self.translations(try store.units(slug: document.slug), for: document)
    }

    /// Reads the store file once for the translations and for the revision (a hash of the same bytes).
    public func translationsAndRevision(for document: SourceDocument, locale: String) throws(DragomanError) -> (
        translations: [SegmentID: AssemblyTranslation], revision: String
    ) {
        let store = TranslationStore(project: project, locale: locale, sourceLocale: sourceLocale)
        guard let data = FileManager.default.contents(atPath: store.fileURL(slug: document.slug).path) else {
            return ([:], "none")
        }
        let units = try store.units(bytes: Array(data), slug: document.slug)
        return (Self.translations(units, for: document), ContentHash.of(data))
    }

    private static func translations(_ units: [TranslationUnit], for document: SourceDocument)
        -> [SegmentID: AssemblyTranslation]
    {
        let resolved = TranslationStore.attachBySegment(units, in: document).units
        var result: [SegmentID: AssemblyTranslation] = [:]
        result.reserveCapacity(units.count)
        for (segment, unit) in zip(document.segments, resolved) {
            guard let unit, unit.state != .new, !unit.target.isEmpty, let content = unit.targetContent(for: segment)
            else { continue }
            result[segment.id] = AssemblyTranslation(content: content, isStale: unit.isStale, state: unit.state)
        }
        return result
    }

    /// `Locales/<locale>/translations/<slug>.xlf`, whose bytes ``revision(post:locale:)`` hashes.
    public func revisionFile(post slug: String, locale: String) -> String? {
        TranslationStore(project: project, locale: locale, sourceLocale: sourceLocale).relativePath(slug: slug)
    }

    /// A hash of the store file's bytes, so an unchanged store costs one file read and no XML parsing.
    public func revision(post slug: String, locale: String) throws(DragomanError) -> String {
        let url = TranslationStore(project: project, locale: locale, sourceLocale: sourceLocale).fileURL(slug: slug)
        guard let data = try? Data(contentsOf: url) else { return "none" }
        return ContentHash.of(data)
    }
}
