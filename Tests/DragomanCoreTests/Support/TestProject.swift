import Foundation
import Testing

@testable import DragomanCore

/// A throw-away project in a temporary folder: the repository's locale rules and posts copied in.
struct TestProject {
    static let repository = Repository.root
    static let samplePost = "Locales/en/posts/mesenchymal-stem-cell-therapy-for-autism.md"
    static let sampleSlug = "mesenchymal-stem-cell-therapy-for-autism"

    let project: Project
    var root: URL { project.root }

    /// A project with the sample post (and `everything.md` when `everything`), and the committed Turkish and
    /// Arabic store files when `withStore`.
    init(everything: Bool = false, withStore: Bool = false) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("dragoman-\(UUID().uuidString)")
        let manager = FileManager.default
        for locale in ["en", "tr", "ar"] {
            let folder = root.appendingPathComponent("Locales/\(locale)")
            try manager.createDirectory(at: folder, withIntermediateDirectories: true)
            try manager.copyItem(
                at: Self.repository.appendingPathComponent("Locales/\(locale)/segmentation.yaml"),
                to: folder.appendingPathComponent("segmentation.yaml"))
        }
        try manager.copyItem(
            at: Self.repository.appendingPathComponent("Locales/project.yaml"),
            to: root.appendingPathComponent("Locales/project.yaml"))
        try manager.createDirectory(
            at: root.appendingPathComponent("Locales/en/posts"), withIntermediateDirectories: true)
        try manager.copyItem(
            at: Self.repository.appendingPathComponent(Self.samplePost),
            to: root.appendingPathComponent(Self.samplePost))
        if everything {
            try manager.copyItem(
                at: Self.fixture("posts/everything.md"),
                to: root.appendingPathComponent("Locales/en/posts/everything.md"))
        }
        if withStore {
            for locale in ["tr", "ar"] {
                let path = "Locales/\(locale)/translations/\(Self.sampleSlug).xlf"
                try manager.createDirectory(
                    at: root.appendingPathComponent("Locales/\(locale)/translations"), withIntermediateDirectories: true
                )
                try manager.copyItem(
                    at: Self.repository.appendingPathComponent(path), to: root.appendingPathComponent(path))
            }
        }
        project = Project(root: root)
    }

    static func fixture(_ path: String) -> URL {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures").appendingPathComponent(path)
    }

    static func fixtureText(_ path: String) throws -> String {
        try String(contentsOf: fixture("exchange/\(path)"), encoding: .utf8)
    }

    var configuration: ProjectConfiguration { (try? project.configuration()) ?? ProjectConfiguration() }

    func posts() throws -> [SourceDocument] {
        let (posts, errors) = try project.readSourcePosts(configuration: configuration)
        #expect(errors.isEmpty)
        return posts
    }

    func importer(locale: String? = nil) throws -> ExchangeImport {
        ExchangeImport(project: project, configuration: configuration, posts: try posts(), locale: locale)
    }

    func store(_ locale: String) -> TranslationStore {
        TranslationStore(project: project, locale: locale, sourceLocale: "en")
    }

    /// The export of `locale` for every post.
    func export(_ locale: String, selection: ExchangeExport.Selection = .all) throws -> ExchangeDocument {
        let posts = try posts()
        let units = try store(locale).resolvedUnits(posts)
        return ExchangeExport(sourceLocale: "en", locale: locale, selection: selection).document(
            posts: posts, store: units)
    }

    /// Reads `text` as an exchange file of `format` and imports it.
    func importText(
        _ text: String, format: ExchangeFormat, path: String = "returned", partial: Bool = false, locale: String? = nil
    ) throws -> ExchangeImport.Outcome {
        let document = try format.read(Array(text.utf8), path: path)
        return try importer(locale: locale).perform([(path, document)], partial: partial)
    }

    /// Every file under `Locales/` with its bytes: compared before and after to prove nothing changed on disk.
    func snapshot() -> [String: Data] {
        var result: [String: Data] = [:]
        let base = root.appendingPathComponent("Locales")
        guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else { return [:] }
        for case let url as URL in walker {
            if let data = FileManager.default.contents(atPath: url.path) { result[project.relativePath(url)] = data }
        }
        return result
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}

/// Golden files under `Goldens/<folder>/`, re-recorded only with `DRAGOMAN_RECORD=1`.
enum Golden {
    static let goldens = TestProject.repository.appendingPathComponent("Tests/DragomanCoreTests/Goldens")

    static func check(
        _ actual: String, named name: String, folder: String = "exchange",
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        let url = goldens.appendingPathComponent(folder).appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["DRAGOMAN_RECORD"] == "1" {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(
            actual == expected, "golden \(name) differs; re-record with DRAGOMAN_RECORD=1",
            sourceLocation: sourceLocation)
    }
}
