import Foundation

extension SiteBuilder {
    func finish(
        plan: WorkPlan, results: [PostResult], posts: [SourcePost],
        settings: BuildSettings, locales: [String: LoadedLocale], layout: OutputLayout, previous: BuildManifest?,
        signatures: InputSignatures
    ) throws(BuildFailure) -> BuildReport {
        let hardErrors = results.compactMap(\.error)
        if let first = hardErrors.min(by: { $0.error.location < $1.error.location }) {
            throw BuildFailure(step: first.step, errors: hardErrors.map(\.error).sorted { $0.location < $1.location })
        }
        var entries = plan.reusedEntries
        var cache = plan.reusedCache
        for result in results {
            entries += result.entries
            if result.failures.isEmpty { cache[result.post.path] = result.cache }
        }
        let manifest = BuildManifest(tool: Self.toolVersion, entries: entries)
        let removed = try step(.removeStale) { () throws(DragomanError) in
            try removeLeftoverTemporaries(locales: settings.locales, layout: layout)
            return try removeStale(previous: previous, current: manifest, layout: layout)
        }
        let newCache = BuildCache(settings: settings.hash, posts: cache)
        try step(.writeManifest) { () throws(DragomanError) in
            // Unchanged values need no encoding (the files would come out byte-identical anyway).
            if manifest != previous {
                try AtomicFile.write(manifest.json(), to: try layout.url(OutputLayout.manifestName), durable: durable)
            }
            if newCache != plan.previousCache {
                try AtomicFile.write(newCache.json(), to: try layout.url(OutputLayout.cacheName), durable: durable)
            }
            // Written last, so its time is at or after every input it vouches for was looked at.
            if signatures.changed {
                try AtomicFile.write(
                    signatures.text(), to: try layout.url(OutputLayout.signaturesName), durable: durable)
            }
        }
        return BuildReport(
            manifest: manifest, rebuiltPosts: results.count, totalPosts: posts.count,
            writtenFiles: results.flatMap(\.written).sorted(), removedFiles: removed,
            diagnostics: results.flatMap(\.diagnostics).sorted { $0.location < $1.location },
            failures: results.flatMap(\.failures))
    }

    /// Deletes temporary files (`.<name>.<uuid>.tmp`, see ``AtomicFile``) that a killed build left in the
    /// posts folders before it could rename them into place.
    func removeLeftoverTemporaries(locales: [String], layout: OutputLayout) throws(DragomanError) {
        for locale in locales {
            let folder = try layout.filePath("\(locale)/posts")
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { continue }
            for name in names where name.hasPrefix(".") && name.hasSuffix(".tmp") {
                try? FileManager.default.removeItem(atPath: folder + "/" + name)
            }
        }
    }

    /// Deletes files the previous manifest listed that this build did not produce. Only paths recorded in a
    /// manifest, and only inside `Output/`, are ever deleted.
    func removeStale(previous: BuildManifest?, current: BuildManifest, layout: OutputLayout) throws(DragomanError)
        -> [String]
    {
        guard let previous else { return [] }
        let produced = Set(current.entries.compactMap(\.path))
        var removed: [String] = []
        for path in Set(previous.entries.compactMap(\.path)).subtracting(produced).sorted() {
            let url = try layout.url(path)
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            do {
                try FileManager.default.removeItem(at: url)
            } catch {
                throw DragomanError(path: "Output/\(path)", "cannot remove: \(error.localizedDescription)")
            }
            removed.append(path)
        }
        return removed
    }
}
