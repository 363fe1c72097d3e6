import DragomanCore
import Foundation
import Testing

@Suite(.serialized) struct SiteBuilderTests {
    static let samplePath = "Locales/en/posts/mesenchymal-stem-cell-therapy-for-autism.md"

    @Test func buildsEveryPostInEveryLocale() throws {
        let sample = try SampleProject()
        defer { sample.remove() }
        let report = try SiteBuilder(project: sample.project, translations: EmptyTranslationSource()).build()
        #expect(report.manifest.entries.map(\.locale) == ["ar", "en", "tr"])
        #expect(
            report.writtenFiles == [
                "ar/posts/mesenchymal-stem-cell-therapy-for-autism.md",
                "en/posts/mesenchymal-stem-cell-therapy-for-autism.md",
                "tr/posts/mesenchymal-stem-cell-therapy-for-autism.md",
            ])
        let arabic = try #require(sample.read("Output/ar/posts/mesenchymal-stem-cell-therapy-for-autism.md"))
        #expect(arabic.contains("\nlang: \"ar\"\ndir: \"rtl\"\n"))
        #expect(report.manifest.entries.first { $0.locale == "ar" }?.fallback == 68)
        let english = try #require(sample.read("Output/en/posts/mesenchymal-stem-cell-therapy-for-autism.md"))
        let source = try #require(sample.read(Self.samplePath))
        let body = try #require(source.components(separatedBy: "\n---\n").last)
        #expect(english.hasSuffix(body))
    }

    @Test func secondBuildRewritesNothingAndIsByteIdentical() throws {
        let sample = try SampleProject()
        defer { sample.remove() }
        let builder = SiteBuilder(project: sample.project, translations: EmptyTranslationSource())
        _ = try builder.build()
        let first = sample.snapshot("Output")
        let second = try builder.build()
        #expect(second.rebuiltPosts == 0)
        #expect(second.writtenFiles.isEmpty)
        #expect(sample.snapshot("Output") == first)
        try FileManager.default.removeItem(at: sample.root.appendingPathComponent("Output"))
        _ = try builder.build()
        #expect(sample.snapshot("Output") == first)
    }

    @Test func changingOnePostRebuildsOnlyIt() throws {
        let sample = try SampleProject()
        defer { sample.remove() }
        try sample.write(
            "---\ntitle: Second\ndate: 2025-02-01\n---\n\nHello world.\n", to: "Locales/en/posts/second.md")
        let builder = SiteBuilder(project: sample.project, translations: EmptyTranslationSource())
        _ = try builder.build()
        try sample.write(
            "---\ntitle: Second\ndate: 2025-02-01\n---\n\nHello again.\n", to: "Locales/en/posts/second.md")
        let report = try builder.build()
        #expect(report.rebuiltPosts == 1)
        #expect(report.writtenFiles == ["ar/posts/second.md", "en/posts/second.md", "tr/posts/second.md"])
    }

    @Test func newTranslationsRebuildThePost() throws {
        let sample = try SampleProject()
        defer { sample.remove() }
        _ = try SiteBuilder(project: sample.project, translations: EmptyTranslationSource()).build()
        let document = try englishReader().read(
            Array(try #require(sample.read(Self.samplePath)).utf8), path: Self.samplePath, defaultSlug: "x")
        let title = try #require(document.segments.first)
        var source = InMemoryTranslationSource()
        source.set(
            [title.id: AssemblyTranslation(content: [.text("Otizm İçin Mezenkimal Kök Hücre Tedavisi")])],
            post: document.slug, locale: "tr")
        let report = try SiteBuilder(project: sample.project, translations: source).build()
        #expect(report.rebuiltPosts == 1)
        #expect(report.writtenFiles == ["tr/posts/mesenchymal-stem-cell-therapy-for-autism.md"])
        #expect(report.manifest.entries.first { $0.locale == "tr" }?.slug == "otizm-icin-mezenkimal-kok-hucre-tedavisi")
    }

    @Test func removedPostsAreRemovedFromOutput() throws {
        let sample = try SampleProject()
        defer { sample.remove() }
        try sample.write("---\ntitle: Gone\n---\n\nSoon gone.\n", to: "Locales/en/posts/gone.md")
        let builder = SiteBuilder(project: sample.project, translations: EmptyTranslationSource())
        _ = try builder.build()
        #expect(sample.read("Output/tr/posts/gone.md") != nil)
        try sample.write("keep me", to: "Output/tr/posts/hand-written.md")
        try FileManager.default.removeItem(at: sample.root.appendingPathComponent("Locales/en/posts/gone.md"))
        let report = try builder.build()
        #expect(report.removedFiles == ["ar/posts/gone.md", "en/posts/gone.md", "tr/posts/gone.md"])
        #expect(sample.read("Output/tr/posts/gone.md") == nil)
        #expect(sample.read("Output/tr/posts/hand-written.md") == "keep me")
        #expect(!report.manifest.entries.contains { $0.source.hasSuffix("gone.md") })
    }

    @Test func writesNothingOutsideOutput() throws {
        let sample = try SampleProject()
        defer { sample.remove() }
        let before = sample.snapshot()
        _ = try SiteBuilder(project: sample.project, translations: EmptyTranslationSource()).build()
        let after = sample.snapshot()
        #expect(after.filter { !$0.key.hasPrefix("Output/") } == before)
        #expect(!after.keys.contains { $0.hasSuffix(".tmp") })
    }

    @Test func failPolicyReportsEveryPostAndWritesNoneOfThem() throws {
        let sample = try SampleProject()
        defer { sample.remove() }
        try sample.write("missing_translations: fail\n", to: "Locales/tr/profile.yaml")
        try sample.write("---\ntitle: Second\n---\n\nHello world.\n", to: "Locales/en/posts/second.md")
        let report = try SiteBuilder(project: sample.project, translations: EmptyTranslationSource()).build()
        #expect(report.failures.count == 2)
        #expect(
            report.failures.map(\.location.path) == [
                "Locales/en/posts/mesenchymal-stem-cell-therapy-for-autism.md", "Locales/en/posts/second.md",
            ])
        #expect(report.failures.last?.reason.hasPrefix("2 of 2 segments have no 'tr' translation") == true)
        #expect(sample.read("Output/tr/posts/second.md") == nil)
        #expect(report.manifest.entries.filter { $0.status == .failed }.map(\.locale) == ["tr", "tr"])
    }

    @Test func skipPolicyLeavesPostOut() throws {
        let sample = try SampleProject()
        defer { sample.remove() }
        try sample.write(
            "slug: source\nmissing_translations: {policy: skip, threshold: 0.5}\n", to: "Locales/ar/profile.yaml")
        let report = try SiteBuilder(project: sample.project, translations: EmptyTranslationSource()).build()
        #expect(report.manifest.entries.first { $0.locale == "ar" }?.status == .skipped)
        #expect(sample.read("Output/ar/posts/mesenchymal-stem-cell-therapy-for-autism.md") == nil)
    }

    @Test func badMessageFailsInNamedStep() throws {
        let sample = try SampleProject()
        defer { sample.remove() }
        try sample.write("reading_time: \"{minutes, plural, one {#} other {#}}\"\n", to: "Locales/ar/messages.yaml")
        #expect(
            throws: BuildFailure(
                step: .loadLocales,
                errors: [
                    DragomanError(
                        SourceLocation(path: "Locales/ar/messages.yaml", line: 1),
                        "message 'reading_time' lacks plural categories zero, two, few, many that 'ar' needs",
                        hint: "add a branch for each: zero {...} two {...} few {...} many {...}")
                ])
        ) {
            try SiteBuilder(project: sample.project, translations: EmptyTranslationSource()).build()
        }
        #expect(!FileManager.default.fileExists(atPath: sample.root.appendingPathComponent("Output").path))
    }

    /// A post whose date is not a date fails in the assemble step, at the value's line and column, and none of
    /// its files is written.
    @Test func badDateFailsAtItsPositionAndWritesNothingForThePost() throws {
        let sample = try SampleProject()
        defer { sample.remove() }
        try sample.write(
            "---\ntitle: Second\ndate: 2025-13-45\n---\n\nHello world.\n", to: "Locales/en/posts/second.md")
        var failure: BuildFailure?
        do {
            _ = try SiteBuilder(project: sample.project, translations: EmptyTranslationSource()).build()
        } catch {
            failure = error
        }
        let error = try #require(failure?.errors.first)
        #expect(failure?.step == .assemble)
        #expect(
            error
                == DragomanError(
                    SourceLocation(path: "Locales/en/posts/second.md", line: 3, column: 7),
                    "date '2025-13-45' is not an ISO 8601 date", hint: "write the date as YYYY-MM-DD"))
        for locale in ["en", "tr", "ar"] { #expect(sample.read("Output/\(locale)/posts/second.md") == nil) }
    }

    @Test func staleTranslationsAreReported() throws {
        let sample = try SampleProject()
        defer { sample.remove() }
        let document = try englishReader().read(
            Array(try #require(sample.read(Self.samplePath)).utf8), path: Self.samplePath, defaultSlug: "x")
        var source = InMemoryTranslationSource()
        source.set(
            [document.segments[1].id: AssemblyTranslation(content: [.text("Eski çeviri")], isStale: true)],
            post: document.slug, locale: "tr")
        let report = try SiteBuilder(project: sample.project, translations: source).build()
        #expect(report.staleEntries.map(\.locale) == ["tr"])
        #expect(report.diagnostics.contains { $0.message.hasPrefix("1 stale 'tr' translation") })
    }
}

@Suite struct CommittedOutputTests {
    /// `Output/` in the repository is what a clean build of the repository's `Locales/` produces.
    @Test func cleanBuildReproducesCommittedOutputByteForByte() throws {
        let sample = try SampleProject()
        defer { sample.remove() }
        let store = StoreTranslationSource(project: sample.project, sourceLocale: "en")
        _ = try SiteBuilder(project: sample.project, translations: store).build()
        let committed = SampleProject.files(under: Repository.root.appendingPathComponent("Output"))
        #expect(!committed.isEmpty, "Output/ is not committed; run `dragoman build`")
        let built = sample.snapshot("Output")
        #expect(built.keys.sorted() == committed.keys.sorted())
        for (path, data) in built { #expect(committed[path] == data, "Output/\(path) differs from a clean build") }
    }
}

extension SampleProject {
    /// Every file under `base`, relative path → bytes; the stat signatures (`Output/.dragoman-inputs`) are left
    /// out: like git's index they belong to one checkout (inode numbers, times), never to the site.
    static func files(under base: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey])
        else { return files }
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true,
                url.lastPathComponent != OutputLayout.signaturesName
            else { continue }
            files[String(url.standardizedFileURL.path.dropFirst(base.standardizedFileURL.path.count + 1))] = try? Data(
                contentsOf: url)
        }
        return files
    }
}

@Suite struct InterruptedBuildTests {
    /// A build killed between writing a temporary file and renaming it leaves `.x.md.<uuid>.tmp`; the next
    /// build removes it and leaves the real post whole.
    @Test func leftoverTemporaryFilesAreRemoved() throws {
        let sample = try SampleProject()
        defer { sample.remove() }
        let builder = SiteBuilder(project: sample.project, translations: EmptyTranslationSource())
        _ = try builder.build()
        let post = "Output/tr/posts/mesenchymal-stem-cell-therapy-for-autism.md"
        let whole = sample.read(post)
        try sample.write("half a po", to: "Output/tr/posts/.mesenchymal-stem-cell-therapy-for-autism.md.1234.tmp")
        _ = try builder.build()
        #expect(sample.read("Output/tr/posts/.mesenchymal-stem-cell-therapy-for-autism.md.1234.tmp") == nil)
        #expect(sample.read(post) == whole)
    }
}
