import DragomanCore
import Foundation

/// The repository checkout, found from this file's path (never from the working directory).
enum Repository {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
}

/// Paths and shared objects of the tests.
enum TestSupport {
    static let testsFolder = Repository.root.appendingPathComponent("Tests/DragomanCoreTests")
    static let repositoryRoot = Repository.root
    static let project = Project(root: repositoryRoot)
    static let fixtures = testsFolder.appendingPathComponent("Fixtures/posts")
    static let goldens = testsFolder.appendingPathComponent("Goldens")

    /// A fresh segmenter with the project's rules (segmenters are not thread-safe, tests run in parallel).
    static func segmenter(_ locale: String) throws -> Segmenter {
        try project.segmenter(locale)
    }

    /// Every Markdown fixture, plus the sample posts under `Locales/<l>/posts/`, sorted by name.
    static var posts: [URL] {
        let fileManager = FileManager.default
        var result: [URL] = []
        for folder in [fixtures, project.postsFolder("en"), project.postsFolder("tr"), project.postsFolder("ar")] {
            let names = (try? fileManager.contentsOfDirectory(atPath: folder.path)) ?? []
            result += names.filter { $0.hasSuffix(".md") }.sorted().map { folder.appendingPathComponent($0) }
        }
        return result
    }
}

extension TestSupport {
    /// Reads a post with the rules of the locale its front matter declares (English otherwise).
    static func read(_ url: URL) throws -> SourceDocument {
        let bytes = try Array(Data(contentsOf: url))
        return try read(bytes, name: url.lastPathComponent)
    }

    static func read(_ bytes: [UInt8], name: String = "post.md", locale: String? = nil) throws -> SourceDocument {
        let segmenter = try self.segmenter(locale ?? DocumentReader.declaredLocale(of: bytes) ?? "en")
        let reader = DocumentReader(segmenter: segmenter)
        return try reader.read(bytes, path: name, defaultSlug: String(name.split(separator: ".").first ?? ""))
    }

    static func read(_ text: String, locale: String = "en") throws -> SourceDocument {
        try read(Array(text.utf8), locale: locale)
    }
}
