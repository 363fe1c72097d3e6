import Foundation

extension Project {
    /// Reads every source post (paths project-relative), collecting each post's error instead of stopping.
    public func readSourcePosts(configuration: ProjectConfiguration) throws(DragomanError) -> (
        posts: [SourceDocument], errors: [DragomanError]
    ) {
        let reader = DocumentReader(
            segmenter: try segmenter(configuration.sourceLocale), translatableKeys: configuration.translatableKeys)
        var posts: [SourceDocument] = []
        var errors: [DragomanError] = []
        for url in sourcePosts(locale: configuration.sourceLocale) {
            do {
                posts.append(try reader.read(contentsOf: url, path: relativePath(url)))
            } catch {
                errors.append(error)
            }
        }
        return (posts, errors)
    }
}

extension TranslationStore {
    /// Every post's stored units, resolved against the current source (by slug).
    public func resolvedUnits(_ posts: [SourceDocument]) throws(DragomanError) -> [String: [SegmentID: TranslationUnit]]
    {
        var result: [String: [SegmentID: TranslationUnit]] = [:]
        for post in posts {
            let units = try units(slug: post.slug)
            if !units.isEmpty { result[post.slug] = Self.resolve(units, in: post) }
        }
        return result
    }
}
