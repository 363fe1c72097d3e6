import Foundation
import Testing

@testable import DragomanCore

/// The stat-signature cache: a file is hashed again whenever it may have changed, and only then.
@Suite(.serialized) struct InputSignaturesTests {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("dragoman-\(UUID().uuidString)")
    var signaturesPath: String { root.appendingPathComponent(OutputLayout.signaturesName).path }

    init() throws {
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    func write(_ text: String, to name: String) throws {
        try Data(text.utf8).write(to: root.appendingPathComponent(name))
    }

    /// Records `hash` for `name` with its current signature, as a build that read it would, and saves it.
    func recordAndSave(_ name: String, hash: String) throws {
        let signatures = InputSignatures(readingFrom: signaturesPath, root: root.path)
        let signature = try #require(signatures.signature(of: name))
        signatures.record(name, signature: signature, hash: hash)
        try Data(signatures.text().utf8).write(to: URL(fileURLWithPath: signaturesPath))
    }

    /// The next build's view, with no margin for coarse clocks (the test's files are old enough for its own).
    func nextBuild(margin: Duration = .zero) -> InputSignatures {
        InputSignatures(readingFrom: signaturesPath, root: root.path, racyMargin: margin)
    }

    @Test func unchangedFileIsNotReadAgain() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try write("Hello world.", to: "post.md")
        Thread.sleep(forTimeInterval: 0.1)
        // A hash no read would give: seeing it back proves the file was not read.
        try recordAndSave("post.md", hash: "recorded")
        let contents = try #require(nextBuild().contents(of: "post.md"))
        #expect(contents.hash == "recorded")
        #expect(contents.bytes == nil)
    }

    /// A post the signature vouched for is read by the worker that rebuilds it; gone by then, it is an error.
    @Test func postNotReadWhileFindingIsReadOnDemand() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try write("Hello world.", to: "post.md")
        let url = root.appendingPathComponent("post.md")
        var post = SourcePost(
            path: "Locales/en/posts/post.md", filePath: url.path, fileName: "post.md", locale: "en", bytes: nil,
            bytesHash: "recorded")
        #expect(try post.contents() == Array("Hello world.".utf8))
        try FileManager.default.removeItem(at: url)
        post.bytes = Array("kept".utf8)
        #expect(try post.contents() == Array("kept".utf8))
        post.bytes = nil
        #expect(
            throws: DragomanError(
                path: "Locales/en/posts/post.md", "cannot read file", hint: "check its permissions")
        ) { try post.contents() }
        #expect(!FileManager.default.fileExists(atPath: url.path))
    }

    @Test func changedFileOfTheSameSizeIsHashedAgain() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try write("Hello world.", to: "post.md")
        let url = root.appendingPathComponent("post.md")
        let modified = try #require(
            try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date)
        Thread.sleep(forTimeInterval: 0.1)
        try recordAndSave("post.md", hash: "recorded")
        try write("Hello again.", to: "post.md")
        // Even with its modification time put back, the status-change time gives it away.
        try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: url.path)
        let signatures = nextBuild()
        let contents = try #require(signatures.contents(of: "post.md"))
        #expect(contents.hash == ContentHash.of(Array("Hello again.".utf8)))
        #expect(contents.bytes == Array("Hello again.".utf8))
        #expect(signatures.changed)
    }

    @Test func racyEntryIsHashedAgain() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        // Written in the same moment as the record: a change in that clock tick would keep the signature.
        try write("Hello world.", to: "post.md")
        try recordAndSave("post.md", hash: "recorded")
        let signatures = nextBuild(margin: .seconds(2))
        #expect(signatures.contents(of: "post.md")?.hash == ContentHash.of(Array("Hello world.".utf8)))
        // Recorded again, with a later build time, so a later build can trust it.
        #expect(signatures.changed)
    }

    @Test func missingOrDamagedRecordMeansHashingEverything() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try write("Hello world.", to: "post.md")
        Thread.sleep(forTimeInterval: 0.1)
        try recordAndSave("post.md", hash: "recorded")
        let text = try String(contentsOfFile: signaturesPath, encoding: .utf8)
        // A record from a tool whose hashes were made another way.
        try Data(text.replacingOccurrences(of: InputSignatures.header, with: "dragoman-inputs 1").utf8)
            .write(to: URL(fileURLWithPath: signaturesPath))
        #expect(nextBuild().contents(of: "post.md")?.hash == ContentHash.of(Array("Hello world.".utf8)))
        #expect(nextBuild().contents(of: "gone.md") == nil)
    }

    @Test func textRoundTrips() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try write("Hello world.", to: "a post.md")
        Thread.sleep(forTimeInterval: 0.1)
        try recordAndSave("a post.md", hash: "0123456789abcdef")
        let signatures = nextBuild()
        #expect(signatures.contents(of: "a post.md")?.hash == "0123456789abcdef")
        #expect(!signatures.changed)
    }
}

@Suite(.serialized) struct StatSignatureBuildTests {
    /// A store file rewritten with the same size (and its time put back) still rebuilds the post.
    @Test func changedStoreFileOfTheSameSizeRebuildsThePost() throws {
        let sample = try SampleProject()
        defer { sample.remove() }
        let store = StoreTranslationSource(project: sample.project, sourceLocale: "en")
        let builder = SiteBuilder(project: sample.project, translations: store)
        _ = try builder.build()
        let file = sample.root.appendingPathComponent(
            "Locales/tr/translations/mesenchymal-stem-cell-therapy-for-autism.xlf")
        let text = try String(contentsOf: file, encoding: .utf8)
        let modified = try #require(
            try FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as? Date)
        let changed = text.replacingOccurrences(of: "Otizm", with: "Otizn")
        #expect(changed != text && changed.utf8.count == text.utf8.count)
        try Data(changed.utf8).write(to: file)
        try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: file.path)
        let report = try builder.build()
        #expect(report.rebuiltPosts == 1)
        #expect(report.writtenFiles == ["tr/posts/mesenchymal-stem-cell-therapy-for-autism.md"])
        #expect(sample.read("Output/tr/posts/mesenchymal-stem-cell-therapy-for-autism.md")?.contains("Otizn") == true)
    }

    @Test func buildRecordsEverySourceAndStoreFile() throws {
        let sample = try SampleProject()
        defer { sample.remove() }
        let store = StoreTranslationSource(project: sample.project, sourceLocale: "en")
        _ = try SiteBuilder(project: sample.project, translations: store).build()
        let text = try #require(sample.read("Output/\(OutputLayout.signaturesName)"))
        #expect(text.hasPrefix(InputSignatures.header + " "))
        #expect(text.contains(" Locales/en/posts/mesenchymal-stem-cell-therapy-for-autism.md\n"))
        #expect(text.contains(" Locales/tr/translations/mesenchymal-stem-cell-therapy-for-autism.xlf\n"))
    }
}
