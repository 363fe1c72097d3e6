import Foundation

/// `Output/manifest.json`: every source post × locale with its output path, completeness, stale count and
/// content hash. Sorted and free of timestamps, so an unchanged site gives an identical manifest.
public struct BuildManifest: Codable, Equatable, Sendable {
    /// What happened to one post in one locale.
    public enum Status: String, Codable, Sendable {
        /// Written to `path`.
        case written
        /// Left out: less translated than the locale's `skip` threshold.
        case skipped
        /// Not written: the locale's policy is `fail` and segments are missing.
        case failed
    }

    public struct Entry: Codable, Equatable, Sendable {
        /// The source post, relative to the project (`Locales/en/posts/x.md`).
        public var source: String
        public var locale: String
        public var status: Status
        /// The output file relative to `Output/`, when written.
        public var path: String?
        public var slug: String
        /// Share of segments translated, rounded to 4 places.
        public var completeness: Double
        public var segments: Int
        public var translated: Int
        /// Segments shown in the source language.
        public var fallback: Int
        /// Translations used although their source segment changed since.
        public var stale: Int
        /// ContentHash of the output file, when written.
        public var hash: String?
    }

    public var tool: String
    public var entries: [Entry]

    public init(tool: String, entries: [Entry]) {
        self.tool = tool
        self.entries = entries.sorted { ($0.source, $0.locale) < ($1.source, $1.locale) }
    }

    /// The manifest as deterministic JSON (sorted keys, two-space indent, trailing newline).
    public func json() throws(DragomanError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            var data = try encoder.encode(self)
            data.append(0x0A)
            return data
        } catch {
            throw DragomanError(path: "Output/\(OutputLayout.manifestName)", "cannot encode the manifest: \(error)")
        }
    }

    /// Reads a previous manifest; nil when absent or unreadable (the build then starts from scratch).
    public static func read(from url: URL) -> BuildManifest? {
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        return try? JSONDecoder().decode(BuildManifest.self, from: data)
    }
}

/// `Output/.dragoman-cache.json`: for each source post, the hash of everything its outputs depend on.
public struct BuildCache: Codable, Equatable, Sendable {
    /// Tool version and the hash of project settings, profiles and messages; any change invalidates all.
    public var settings: String
    /// Source path → the inputs it was built from.
    public var posts: [String: Post]

    public init(settings: String, posts: [String: Post]) {
        self.settings = settings
        self.posts = posts
    }

    public func json() throws(DragomanError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            var data = try encoder.encode(self)
            data.append(0x0A)
            return data
        } catch {
            throw DragomanError(path: "Output/\(OutputLayout.cacheName)", "cannot encode the build cache: \(error)")
        }
    }

    public static func read(from url: URL) -> BuildCache? {
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        return try? JSONDecoder().decode(BuildCache.self, from: data)
    }
}
