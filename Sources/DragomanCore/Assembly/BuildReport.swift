/// What a build did: the manifest it wrote, and how much work that took.
public struct BuildReport: Sendable {
    public var manifest: BuildManifest
    /// Source posts read and assembled this time (the rest were unchanged and skipped).
    public var rebuiltPosts: Int
    public var totalPosts: Int
    /// Output files whose bytes changed.
    public var writtenFiles: [String]
    /// Output files deleted because their post is gone (or now skipped).
    public var removedFiles: [String]
    /// Findings: stale translations, fallbacks, blocks left untranslated.
    public var diagnostics: [Diagnostic]
    /// Posts the `fail` policy rejected; the build should exit non-zero when not empty.
    public var failures: [DragomanError]

    /// Entries with stale translations.
    public var staleEntries: [BuildManifest.Entry] { manifest.entries.filter { $0.stale > 0 } }
}
