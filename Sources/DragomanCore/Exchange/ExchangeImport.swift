import Foundation

/// Checks returned exchange files against the current source posts and works out the store changes.
///
/// Nothing is written here: ``plan(_:)`` returns the new store contents and a summary; the caller writes them
/// with ``apply(_:)`` only when it accepts the outcome (all-or-nothing unless `--partial`).
public struct ExchangeImport: Sendable {
    public var project: Project
    public var configuration: ProjectConfiguration
    /// The current source posts (paths project-relative).
    public var posts: [SourceDocument]
    /// The locale the files must target, if the caller insists on one.
    public var expectedLocale: String?

    public init(project: Project, configuration: ProjectConfiguration, posts: [SourceDocument], locale: String? = nil) {
        self.project = project
        self.configuration = configuration
        self.posts = posts
        self.expectedLocale = locale
    }

    /// Store files to rewrite, and what happened to each unit.
    public struct Plan: Sendable {
        public var summary = ImportSummary()
        public var changes: [StoreChange] = []
    }

    /// The new units of one post's store file.
    public struct StoreChange: Sendable {
        public var store: TranslationStore
        public var document: SourceDocument
        public var units: [TranslationUnit]
    }

    /// Reads nothing from disk but the store; throws for file-level problems (language, unknown post).
    public func plan(_ files: [(path: String, document: ExchangeDocument)]) throws(DragomanError) -> Plan {
        var state = ImportState(importer: self)
        // Indexes so that a 1,000-post corpus costs no more per unit than a single post.
        var byPath: [String: SourceDocument] = [:]
        var bySegment: [SegmentID: [Int]] = [:]
        for (index, post) in posts.enumerated() {
            byPath[post.path] = post
            for segment in post.segments { bySegment[segment.id, default: []].append(index) }
        }
        for (path, document) in files {
            let locale = try targetLocale(of: document, path: path)
            try checkSourceLanguage(document, path: path)
            for file in document.files {
                let location = file.location ?? SourceLocation(path: path)
                let post = try file.original.map { original throws(DragomanError) in
                    try self.post(original, from: location, in: byPath)
                }
                var seen: Set<String> = []
                let unitIDs = Set(file.units.map(\.id))
                for unit in file.units {
                    let unitLocation = unit.location ?? location
                    guard seen.insert(unit.id.isEmpty ? "location:" + (unit.name ?? "") : unit.id).inserted else {
                        state.reject(unit, at: unitLocation, "appears more than once in the file")
                        continue
                    }
                    let targets = post.map { [$0] } ?? (bySegment[SegmentID(unit.id)] ?? []).map { posts[$0] }
                    if targets.isEmpty {
                        state.reject(unit, at: unitLocation, "unknown unit ID: no post has this segment")
                    }
                    for target in targets {
                        try state.take(
                            unit, post: target, locale: locale, unitIDs: unitIDs, document: document,
                            at: unitLocation)
                    }
                }
            }
        }
        return state.finish()
    }

    /// What ``perform(_:partial:dryRun:)`` did.
    public struct Outcome: Sendable {
        public var summary: ImportSummary
        /// Store files that changed on disk.
        public var written: Int
        /// True when rejected units (without `partial`) or `dryRun` kept the store untouched.
        public var heldBack: Bool
    }

    /// Plans and, unless a unit is rejected (and `partial` is off) or `dryRun` is on, writes the store.
    /// All or nothing: with a rejection and no `partial`, the store stays byte-identical.
    public func perform(
        _ files: [(path: String, document: ExchangeDocument)], partial: Bool = false, dryRun: Bool = false
    ) throws(DragomanError) -> Outcome {
        let plan = try plan(files)
        if dryRun || (!plan.summary.rejected.isEmpty && !partial) {
            return Outcome(summary: plan.summary, written: 0, heldBack: true)
        }
        return Outcome(summary: plan.summary, written: try apply(plan), heldBack: false)
    }

    /// Writes every changed store file as one change (see ``AtomicFile/Batch``): if any file cannot be
    /// written, none is replaced. Returns how many files changed on disk.
    @discardableResult
    public func apply(_ plan: Plan) throws(DragomanError) -> Int {
        var batch = AtomicFile.Batch()
        for change in plan.changes {
            try change.store.stage(change.units, document: change.document, in: &batch)
        }
        let written = batch.count
        try batch.commit()
        return written
    }

    private func targetLocale(of document: ExchangeDocument, path: String) throws(DragomanError) -> String {
        let location = document.files.first?.location ?? SourceLocation(path: path)
        guard let language = document.targetLanguage, !language.isEmpty else {
            throw DragomanError(
                location, "the file names no target language", hint: "export the file again with --locale")
        }
        let candidates = expectedLocale.map { [$0] } ?? configuration.targetLocales
        guard let locale = candidates.first(where: { Self.sameLanguage($0, language) }) else {
            throw DragomanError(
                location,
                "target language '\(language)' does not match the store's (\(candidates.joined(separator: ", ")))",
                hint: "import the file for the locale it was exported for")
        }
        return locale
    }

    private func checkSourceLanguage(_ document: ExchangeDocument, path: String) throws(DragomanError) {
        guard !document.sourceLanguage.isEmpty, !Self.sameLanguage(configuration.sourceLocale, document.sourceLanguage)
        else {
            return
        }
        throw DragomanError(
            document.files.first?.location ?? SourceLocation(path: path),
            "source language '\(document.sourceLanguage)' is not the project's ('\(configuration.sourceLocale)')",
            hint: "this file was not exported from this project")
    }

    /// `tr` matches `tr`, `tr-TR` and `tr_TR`, not `tk`.
    static func sameLanguage(_ locale: String, _ language: String) -> Bool {
        let normalized = language.replacingOccurrences(of: "_", with: "-").lowercased()
        return normalized == locale.lowercased() || normalized.hasPrefix(locale.lowercased() + "-")
    }

    /// The post an `original` names: inside the project and a known source post, or an error.
    private func post(_ original: String, from location: SourceLocation, in byPath: [String: SourceDocument])
        throws(DragomanError) -> SourceDocument
    {
        let url = try project.contained(original, from: location)
        guard let post = byPath[project.relativePath(url)] else {
            throw DragomanError(
                location, "'\(original)' is not a source post of this project",
                hint: "the file was exported from another project or the post was renamed; export it again")
        }
        return post
    }
}
