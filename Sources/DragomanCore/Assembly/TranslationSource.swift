/// Where the assembler gets a post's translations from: the only thing it needs to know about the store.
///
/// The XLIFF store (`Locales/<locale>/translations/<slug>.xlf`) conforms to this; tests and the benchmark use
/// ``InMemoryTranslationSource``; ``EmptyTranslationSource`` has no translations at all.
public protocol TranslationSource: Sendable {
    /// The translations of `document` into `locale`, by segment ID (empty when none). Given the document, a
    /// store can reconcile what it holds with the current source (stale units, codes from the source).
    func translations(for document: SourceDocument, locale: String) throws(DragomanError)
        -> [SegmentID: AssemblyTranslation]

    /// A string that changes whenever `translations(post:locale:)` would return something different (e.g. a
    /// hash of the XLIFF file's bytes). The build cache compares it to skip unchanged posts, so it should be
    /// much cheaper than reading the translations.
    func revision(post slug: String, locale: String) throws(DragomanError) -> String

    /// The file, relative to the project, whose bytes' ``ContentHash`` is the ``revision(post:locale:)``
    /// ("none" when it is absent), if the revision is such a hash. A build keeps the file's stat signature
    /// and hashes it again only when that changes. Nil (the default) for sources without such a file.
    func revisionFile(post slug: String, locale: String) -> String?

    /// ``translations(for:locale:)`` and the post's ``revision(post:locale:)`` together: a store reads its
    /// file once for both (the default asks for each).
    func translationsAndRevision(for document: SourceDocument, locale: String) throws(DragomanError) -> (
        translations: [SegmentID: AssemblyTranslation], revision: String
    )
}

extension TranslationSource {
    public func revisionFile(post slug: String, locale: String) -> String? { nil }

    // A requirement, not only an extension method: called through `any TranslationSource`, an extension
    // method would always run this default, and the store would read and hash each file twice.
    public func translationsAndRevision(for document: SourceDocument, locale: String) throws(DragomanError) -> (
        translations: [SegmentID: AssemblyTranslation], revision: String
    ) {
        (try translations(for: document, locale: locale), try revision(post: document.slug, locale: locale))
    }

    /// A hash of a post's translations, for ``revision(post:locale:)``.
    public static func revision(of translations: [SegmentID: AssemblyTranslation]) -> String {
        var hash = ContentHash()
        for id in translations.keys.sorted() {
            guard let translation = translations[id] else { continue }
            hash.add(id.rawValue)
            hash.add(TaggedText.render(translation.content))
            hash.add(translation.state.rawValue)
            hash.add(translation.isStale ? "stale" : "current")
        }
        return hash.hex
    }
}

/// A translated segment as the assembler uses it.
public struct AssemblyTranslation: Hashable, Sendable {
    /// The target text and codes (code ids match the source segment's).
    public var content: [InlineElement]
    /// The source segment changed since this was translated (kept, used, and reported).
    public var isStale: Bool
    public var state: TranslationState

    public init(content: [InlineElement], isStale: Bool = false, state: TranslationState = .translated) {
        self.content = content
        self.isStale = isStale
        self.state = state
    }

    /// Whether the translation counts: a unit still `new` has no usable target.
    public var isUsable: Bool { state != .new && !content.isEmpty }
}

/// Translations held in memory, keyed by post slug and locale (tests, benchmark).
public struct InMemoryTranslationSource: TranslationSource {
    public private(set) var posts: [String: [String: [SegmentID: AssemblyTranslation]]] = [:]
    /// Revisions computed once when translations are set, as a store would keep a file hash.
    private var revisions: [String: [String: String]] = [:]

    public init() {}

    public func translations(for document: SourceDocument, locale: String) throws(DragomanError)
        -> [SegmentID: AssemblyTranslation]
    {
        posts[document.slug]?[locale] ?? [:]
    }

    public func revision(post slug: String, locale: String) throws(DragomanError) -> String {
        revisions[slug]?[locale] ?? "none"
    }

    /// Sets the translations of one post into one locale.
    public mutating func set(_ translations: [SegmentID: AssemblyTranslation], post slug: String, locale: String) {
        posts[slug, default: [:]][locale] = translations
        revisions[slug, default: [:]][locale] = Self.revision(of: translations)
    }
}

/// A translation source with no translations at all: every target locale shows what its missing-translation
/// policy allows (tests of the policies use it).
public struct EmptyTranslationSource: TranslationSource {
    public init() {}

    public func translations(for document: SourceDocument, locale: String) throws(DragomanError)
        -> [SegmentID: AssemblyTranslation]
    {
        [:]
    }

    public func revision(post slug: String, locale: String) throws(DragomanError) -> String { "none" }
}
