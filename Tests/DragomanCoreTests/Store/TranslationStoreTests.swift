import Foundation
import Testing

@testable import DragomanCore

@Suite struct TranslationStoreTests {
    /// Reading a committed store file and writing it again gives the same bytes (stable diffs).
    @Test(arguments: ["tr", "ar"])
    func storeFilesAreByteStable(_ locale: String) throws {
        let project = try TestProject(withStore: true)
        defer { project.remove() }
        let store = project.store(locale)
        let url = store.fileURL(slug: TestProject.sampleSlug)
        let original = try String(contentsOf: url, encoding: .utf8)
        let post = try #require(try project.posts().first)
        let units = try store.units(slug: TestProject.sampleSlug)
        #expect(units.count == post.segments.count)
        #expect(store.encode(units.shuffled(), document: post) == original)
        let resolved = TranslationStore.resolve(units, in: post)
        for segment in post.segments {
            #expect(resolved[segment.id]?.targetContent(for: segment) != nil, "\(segment.id)")
        }
    }

    /// Units out of source order, or listed twice (the later one wins), resolve as units in order do.
    @Test func unitOrderDoesNotChangeWhatResolves() throws {
        let project = try TestProject(withStore: true)
        defer { project.remove() }
        let post = try #require(try project.posts().first)
        let units = try project.store("tr").units(slug: TestProject.sampleSlug)
        let inOrder = TranslationStore.resolve(units, in: post)
        #expect(inOrder.count == post.segments.count)
        #expect(TranslationStore.resolve(units.reversed(), in: post) == inOrder)
        var changed = units[0]
        changed.target = [.text("later")]
        let twice = TranslationStore.resolve(units + [changed], in: post)
        #expect(twice[units[0].id]?.target == [.text("later")])
        #expect(twice.count == inOrder.count)
        let byPosition = TranslationStore.attachBySegment(units.reversed(), in: post).units
        #expect(zip(post.segments, byPosition).allSatisfy { inOrder[$0.id] == $1 })
    }

    /// Aligning a post with itself pairs every segment; a translation that splits differently is reported.
    @Test func alignmentPairsSegmentsAndReportsMismatches() throws {
        let project = try TestProject(everything: true)
        defer { project.remove() }
        let posts = try project.posts()
        let everything = try #require(posts.first { $0.slug == "everything" })
        let aligned = TranslationAlignment.align(
            source: everything, translation: everything, locale: "tr", sourceLocale: "en")
        #expect(aligned.successValue?.files.first?.units.count == everything.segments.count)
        let reader = DocumentReader(segmenter: try project.project.segmenter("tr"))
        let merged = everything.text.replacingOccurrences(of: "two lines. And", with: "two lines and")
        let translation = try reader.read(Array(merged.utf8), path: "tr.md", defaultSlug: "everything")
        guard
            case .failure(let mismatch) = TranslationAlignment.align(
                source: everything, translation: translation, locale: "tr", sourceLocale: "en")
        else {
            Issue.record("alignment should fail")
            return
        }
        #expect(mismatch.problems.first?.message == "the translation has 24 segments, the source 25")
    }
}

@Suite struct CanonicalSourceComparisonTests {
    /// The byte-level shortcut agrees with comparing the canonical strings, white space and Unicode included.
    @Test(arguments: [
        ("A <1>b</1> c.", "A <1>b</1> c.", true),
        ("A  <1>b</1>\n c.", " A <1>b</1> c. ", true),
        ("A <1>b</1> c.", "A <1>b</1>c.", false),
        ("Ab", "A b", false),
        ("Caf\u{E9}", "Cafe\u{301}", true),
        ("", "   ", true),
        ("x", "", false),
    ])
    func agreesWithCanonicalStrings(_ left: String, _ right: String, _ same: Bool) {
        let stored = ExchangeToken.tokens(tagged: left)
        let current = ExchangeToken.tokens(tagged: right)
        #expect(TranslationStore.sameCanonical(stored, current) == same)
        #expect(TranslationStore.sameCanonical(stored, current) == (stored.canonical == current.canonical))
    }
}
