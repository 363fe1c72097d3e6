import Foundation

/// `dragoman build`: every source post in every locale, assembled into `Output/` as a list of named steps.
///
/// Work is skipped for posts whose inputs (source bytes, translations revision, settings, tool version) are
/// unchanged since the last build; every file is written atomically and only when its bytes change; outputs
/// of posts that no longer exist are removed; nothing outside `Output/` is written.
public struct SiteBuilder: Sendable {
    /// Part of every post's cache key: raised whenever the same inputs come to give different output (2: source
    /// text kept in a locale written the other way is bidi-isolated; 3: right-to-left values in left-to-right
    /// display strings are isolated), so an upgraded tool rebuilds everything.
    public static let toolVersion = "dragoman-assembler 3"

    public let project: Project
    public let translations: any TranslationSource
    /// Worker threads for reading and assembling (each opens its own ICU objects).
    public var workers: Int
    /// Whether every output file is flushed to disk before it is renamed into place. Off by default: the
    /// rename already makes each write atomic (a killed build leaves old or new files, never half a post),
    /// `Output/` can always be rebuilt, and 3,000 `fsync` calls would take seconds.
    public var durable = false

    public init(
        project: Project, translations: any TranslationSource,
        workers: Int = ProcessInfo.processInfo.activeProcessorCount
    ) {
        self.project = project
        self.translations = translations
        self.workers = max(1, workers)
    }

    /// Builds the site. `progress(done, total)` is called as posts finish (from worker threads).
    public func build(progress: @Sendable (Int, Int) -> Void = { _, _ in }) throws(BuildFailure) -> BuildReport {
        let layout = OutputLayout(project: project)
        let signatures = InputSignatures(
            readingFrom: try step(.checkCache) { () throws(DragomanError) in
                try layout.filePath(OutputLayout.signaturesName)
            }, root: project.root.path)
        let settings = try step(.loadSettings) { () throws(DragomanError) in try loadSettings() }
        let locales = try step(.loadLocales) { () throws(DragomanError) in try loadLocales(settings) }
        let posts = try step(.findPosts) { () throws(DragomanError) in
            try findPosts(settings, layout: layout, signatures: signatures)
        }
        let previousManifest = BuildManifest.read(
            from: try step(.checkCache) { () throws(DragomanError) in try layout.url(OutputLayout.manifestName) })
        let plan = try step(.checkCache) { () throws(DragomanError) in
            try planWork(
                posts, settings: settings, locales: locales, layout: layout, previous: previousManifest,
                signatures: signatures)
        }
        // ICU compiles the slug transform in ≈ 20 ms, and every worker would wait for the first to do it: it
        // is done beside them, while they read the first posts.
        let preparing = DispatchGroup()
        if !plan.rebuild.isEmpty, locales.values.contains(where: { $0.profile.slugPolicy == .transliterated }) {
            DispatchQueue.global().async(group: preparing) { Slugger.prepare() }
        }
        defer { preparing.wait() }
        let results = runWorkers(
            plan.rebuild, locales: locales, settings: settings, layout: layout, signatures: signatures,
            progress: progress)
        return try finish(
            plan: plan, results: results, posts: posts, settings: settings, locales: locales, layout: layout,
            previous: previousManifest, signatures: signatures)
    }

    /// The revision of a post's translations into `locale`: through the stat signatures when the source
    /// names the file it hashes.
    func revision(post slug: String, locale: String, signatures: InputSignatures) throws(DragomanError) -> String {
        guard let file = translations.revisionFile(post: slug, locale: locale) else {
            return try translations.revision(post: slug, locale: locale)
        }
        return signatures.contents(of: file)?.hash ?? "none"
    }

    func step<T>(_ step: BuildStep, _ body: () throws(DragomanError) -> T) throws(BuildFailure) -> T {
        do {
            return try body()
        } catch {
            throw BuildFailure(step: step, errors: [error])
        }
    }
}
