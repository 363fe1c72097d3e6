import Foundation

/// Which posts must be rebuilt, and the manifest entries of those that need not.
struct WorkPlan: Sendable {
    var rebuild: [SourcePost]
    var reusedEntries: [BuildManifest.Entry]
    var reusedCache: [String: BuildCache.Post]
    /// The cache as read at the start (to skip rewriting an unchanged one).
    var previousCache: BuildCache?
}

extension BuildCache {
    /// The cached inputs of one source post.
    public struct Post: Codable, Equatable, Sendable {
        /// ContentHash of the source bytes.
        public var source: String
        /// The post's slug when last read (keys its translations).
        public var slug: String
        /// Hash of the translation revisions of every target locale.
        public var translations: String
    }
}

extension SiteBuilder {
    func planWork(
        _ posts: [SourcePost], settings: BuildSettings, locales: [String: LoadedLocale], layout: OutputLayout,
        previous: BuildManifest?, signatures: InputSignatures
    ) throws(DragomanError) -> WorkPlan {
        let cache = try BuildCache.read(from: layout.url(OutputLayout.cacheName))
        guard let cache, let previous, cache.settings == settings.hash, previous.tool == Self.toolVersion else {
            return WorkPlan(rebuild: posts, reusedEntries: [], reusedCache: [:], previousCache: cache)
        }
        var entriesBySource: [String: [BuildManifest.Entry]] = [:]
        for entry in previous.entries { entriesBySource[entry.source, default: []].append(entry) }
        var plan = WorkPlan(rebuild: [], reusedEntries: [], reusedCache: [:], previousCache: cache)
        // Each post is checked on its own (store files read and hashed, outputs looked for), on the build's
        // threads; the plan is then put together in post order, and the first post's error wins.
        let locales = Set(settings.locales)
        let reusable = parallelMap(posts.count, threads: workers) { index -> Result<Bool, DragomanError> in
            let post = posts[index]
            return Result { () throws(DragomanError) -> Bool in
                guard let cached = cache.posts[post.path], cached.source == post.bytesHash,
                    let entries = entriesBySource[post.path], Set(entries.map(\.locale)) == locales,
                    try translationsHash(
                        slug: cached.slug, settings: settings, sourceLocale: post.locale, signatures: signatures)
                        == cached.translations,
                    try outputsExist(entries, layout: layout)
                else { return false }
                return true
            }
        }
        for (post, reuse) in zip(posts, reusable) {
            guard try reuse.get(), let cached = cache.posts[post.path], let entries = entriesBySource[post.path] else {
                plan.rebuild.append(post)
                continue
            }
            plan.reusedEntries += entries
            plan.reusedCache[post.path] = cached
        }
        return plan
    }

    private func outputsExist(_ entries: [BuildManifest.Entry], layout: OutputLayout) throws(DragomanError) -> Bool {
        for path in entries.compactMap(\.path) where !FileManager.default.fileExists(atPath: try layout.filePath(path))
        {
            return false
        }
        return true
    }

    /// Hash of the translation revisions of a post in every locale but its own.
    /// `known` holds revisions already read with the translations (by locale), not asked for again.
    func translationsHash(
        slug: String, settings: BuildSettings, sourceLocale: String, signatures: InputSignatures,
        known: [String: String] = [:]
    ) throws(DragomanError) -> String {
        var hash = ContentHash()
        for locale in settings.locales where locale != sourceLocale {
            hash.add(locale)
            if let revision = known[locale] {
                hash.add(revision)
            } else {
                hash.add(try revision(post: slug, locale: locale, signatures: signatures))
            }
        }
        return hash.hex
    }
}
