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
    public func json() -> Data {
        // As `JSONValue.object(["entries": .array(entries.map(\.json)), "tool": ...]).text()` prints it, with
        // each entry written straight out: no dictionary built and sorted per entry.
        guard !entries.isEmpty else {
            return Data((JSONValue.object(["tool": .string(tool), "entries": .array([])]).text() + "\n").utf8)
        }
        var output = JSONBytes(capacity: entries.count * 360 + 64)
        output.append("{\n  \"entries\": [\n")
        for (index, entry) in entries.enumerated() {
            entry.write(into: &output)
            output.append(index + 1 < entries.count ? ",\n" : "\n")
        }
        output.append("  ],\n  \"tool\": ")
        output.append(string: tool)
        output.append("\n}\n")
        return Data(output.bytes)
    }

    /// Reads a previous manifest; nil when absent or unreadable (the build then starts from scratch).
    public static func read(from url: URL) -> BuildManifest? {
        guard let data = FileManager.default.contents(atPath: url.path), let value = JSONValue.parse([UInt8](data)),
            let tool = value["tool"]?.string, let items = value["entries"]?.array
        else { return nil }
        var entries: [Entry] = []
        entries.reserveCapacity(items.count)
        for item in items {
            guard let entry = Entry(json: item) else { return nil }
            entries.append(entry)
        }
        return BuildManifest(tool: tool, entries: entries)
    }
}

extension BuildManifest.Entry {
    var json: JSONValue {
        var members: [String: JSONValue] = [
            "source": .string(source), "locale": .string(locale), "status": .string(status.rawValue),
            "slug": .string(slug), "completeness": .number(completeness), "segments": .number(Double(segments)),
            "translated": .number(Double(translated)), "fallback": .number(Double(fallback)),
            "stale": .number(Double(stale)),
        ]
        members["path"] = path.map(JSONValue.string) ?? .null
        members["hash"] = hash.map(JSONValue.string) ?? .null
        return .object(members)
    }

    /// Appends ``json`` as an item of the manifest's `entries` (indented 4), members in sorted key order.
    func write(into output: inout JSONBytes) {
        output.append("    {\n      \"completeness\": ")
        output.append(number: completeness)
        output.append(",\n      \"fallback\": ")
        output.append(integer: fallback)
        output.append(",\n      \"hash\": ")
        if let hash { output.append(string: hash) } else { output.append("null") }
        output.append(",\n      \"locale\": ")
        output.append(string: locale)
        output.append(",\n      \"path\": ")
        if let path { output.append(string: path) } else { output.append("null") }
        output.append(",\n      \"segments\": ")
        output.append(integer: segments)
        output.append(",\n      \"slug\": ")
        output.append(string: slug)
        output.append(",\n      \"source\": ")
        output.append(string: source)
        output.append(",\n      \"stale\": ")
        output.append(integer: stale)
        output.append(",\n      \"status\": ")
        output.append(string: status.rawValue)
        output.append(",\n      \"translated\": ")
        output.append(integer: translated)
        output.append("\n    }")
    }

    init?(json: JSONValue) {
        guard let source = json["source"]?.string, let locale = json["locale"]?.string,
            let status = json["status"]?.string.flatMap(BuildManifest.Status.init(rawValue:)),
            let slug = json["slug"]?.string, let completeness = json["completeness"]?.number,
            let segments = json["segments"]?.int, let translated = json["translated"]?.int,
            let fallback = json["fallback"]?.int, let stale = json["stale"]?.int
        else { return nil }
        self.init(
            source: source, locale: locale, status: status, path: json["path"]?.string, slug: slug,
            completeness: completeness, segments: segments, translated: translated, fallback: fallback, stale: stale,
            hash: json["hash"]?.string)
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

    /// The cache as deterministic JSON (as ``JSONValue`` prints it: sorted keys, two-space indent).
    public func json() -> Data {
        var output = JSONBytes(capacity: posts.count * 200 + 64)
        output.append("{\n  \"posts\": ")
        if posts.isEmpty {
            output.append("{}")
        } else {
            output.append("{\n")
            for (index, path) in posts.keys.sorted().enumerated() {
                guard let post = posts[path] else { continue }
                output.append("    ")
                output.append(string: path)
                output.append(": {\n      \"slug\": ")
                output.append(string: post.slug)
                output.append(",\n      \"source\": ")
                output.append(string: post.source)
                output.append(",\n      \"translations\": ")
                output.append(string: post.translations)
                output.append(index + 1 < posts.count ? "\n    },\n" : "\n    }\n")
            }
            output.append("  }")
        }
        output.append(",\n  \"settings\": ")
        output.append(string: settings)
        output.append("\n}\n")
        return Data(output.bytes)
    }

    /// Reads the cache; nil when absent or unreadable (everything is rebuilt).
    public static func read(from url: URL) -> BuildCache? {
        guard let data = FileManager.default.contents(atPath: url.path), let value = JSONValue.parse([UInt8](data)),
            let settings = value["settings"]?.string, let items = value["posts"]?.object
        else { return nil }
        var posts: [String: Post] = [:]
        for (path, item) in items {
            guard let source = item["source"]?.string, let slug = item["slug"]?.string,
                let translations = item["translations"]?.string
            else { return nil }
            posts[path] = Post(source: source, slug: slug, translations: translations)
        }
        return BuildCache(settings: settings, posts: posts)
    }
}
