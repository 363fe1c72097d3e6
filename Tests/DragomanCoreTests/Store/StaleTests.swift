import Foundation
import Testing

@testable import DragomanCore

/// Translations whose source changed are kept, marked stale, never silently applied or dropped.
@Suite struct StaleTests {
    static func editSource(_ project: TestProject, _ old: String, _ new: String) throws {
        let url = project.root.appendingPathComponent(TestProject.samplePost)
        let text = try String(contentsOf: url, encoding: .utf8)
        try text.replacingOccurrences(of: old, with: new).write(to: url, atomically: true, encoding: .utf8)
    }

    static let returned = """
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="tr">
          <file id="f1" original="\(TestProject.samplePost)">
            <unit id="7dccff75ea" name="body/h2[1]">
              <segment state="translated"><source>Introduction</source><target>Giriş ve Kapsam</target></segment>
            </unit>
          </file>
        </xliff>
        """

    /// The post changed after export: the unit's ID is gone, its block path finds the new sentence.
    @Test func changedSentenceIsKeptAsStale() throws {
        let project = try TestProject(withStore: true)
        defer { project.remove() }
        try Self.editSource(project, "## Introduction", "## Introduction and Scope")
        let outcome = try project.importText(Self.returned, format: .xliff21)
        #expect(outcome.summary.line == "applied 0, unchanged 0, stale 1, rejected 0")
        let posts = try project.posts()
        let segment = try #require(posts[0].segments.first { $0.path == "body/h2[1]" })
        let unit = try #require(
            TranslationStore.resolve(try project.store("tr").units(slug: TestProject.sampleSlug), in: posts[0])[
                segment.id])
        #expect(unit.isStale)
        #expect(unit.staleSource == "Introduction")
        #expect(unit.target == [.text("Giriş ve Kapsam")])
        let text = try String(contentsOf: project.store("tr").fileURL(slug: TestProject.sampleSlug), encoding: .utf8)
        #expect(text.contains("subState=\"dragoman:stale\""))
        #expect(text.contains("<note category=\"dragoman:stale-source\">Introduction</note>"))
        let status = TranslationStatus.of(
            posts[0], locale: "tr",
            units: TranslationStore.resolve(
                try project.store("tr").units(slug: TestProject.sampleSlug), in: posts[0])
        ) { _ in 1 }
        #expect(status.stale.segments == 1)
        #expect(status.translated.segments == 67)
    }

    /// Same ID, but the file's source differs from the current one (edited in the CAT tool, or a collision).
    @Test func differentSourceIsKeptAsStale() throws {
        let project = try TestProject()
        defer { project.remove() }
        let file = Self.returned.replacingOccurrences(
            of: "<source>Introduction</source>", with: "<source>Intro</source>")
        let outcome = try project.importText(file, format: .xliff21)
        #expect(outcome.summary.line == "applied 0, unchanged 0, stale 1, rejected 0")
        let unit = try #require(try project.store("tr").units(slug: TestProject.sampleSlug).first)
        #expect(unit.staleSource == "Intro")
    }

    /// Stale units go out marked for review in every format, come back unchanged, and a confirmed one clears.
    @Test(arguments: ExchangeFormat.allCases)
    func staleTravelsAndClears(_ format: ExchangeFormat) throws {
        let project = try TestProject(withStore: true)
        defer { project.remove() }
        try Self.editSource(project, "## Introduction", "## Introduction and Scope")
        _ = try project.importText(Self.returned, format: .xliff21)
        let exported = format.write(try project.export("tr", selection: .untranslated))
        #expect(exported.contains("Giriş ve Kapsam"))
        switch format {
        case .xliff12: #expect(exported.contains("state=\"needs-review-translation\""))
        case .xliff21: #expect(exported.contains("subState=\"dragoman:stale\""))
        case .po: #expect(exported.contains("#, fuzzy\n#| msgctxt"))
        }
        let before = project.snapshot()
        let again = try project.importText(exported, format: format)
        #expect(again.summary.line == "applied 0, unchanged 1, stale 0, rejected 0")
        #expect(project.snapshot() == before)
        var confirmed = try project.export("tr", selection: .untranslated)
        confirmed.files[0].units[0].mark = nil
        let cleared = try project.importText(format.write(confirmed), format: format)
        #expect(cleared.summary.line == "applied 1, unchanged 0, stale 0, rejected 0")
        #expect(try project.store("tr").units(slug: TestProject.sampleSlug).allSatisfy { !$0.isStale })
    }

    /// Exact matches of the same source elsewhere in the store are pre-filled, marked, and not applied unconfirmed.
    @Test func exactMatchesArePrefilled() throws {
        let project = try TestProject(everything: true)
        defer { project.remove() }
        let post = """
            ---
            title: Second post
            ---

            ## Introduction

            Bone marrow
            """
        try post.write(
            to: project.root.appendingPathComponent("Locales/en/posts/second.md"), atomically: true, encoding: .utf8)
        let seed = """
            msgid ""
            msgstr ""
            "Language: tr\\n"

            #: \(TestProject.samplePost):12
            msgctxt "7dccff75ea"
            msgid "Introduction"
            msgstr "Giriş"

            """
        _ = try project.importText(seed, format: .po)
        let document = try project.export("tr")
        let second = try #require(document.files.first { $0.original == "Locales/en/posts/second.md" })
        let heading = try #require(second.units.first { $0.id == "7dccff75ea" })
        #expect(heading.target == [.text("Giriş")])
        #expect(heading.mark == .exactMatch)
        #expect(heading.state == .new)
        #expect(XLIFF12Writer().write(document).contains("state-qualifier=\"exact-match\">Giriş</target>"))
        let before = project.snapshot()
        let back = try project.importText(XLIFF21Writer().write(document), format: .xliff21)
        #expect(back.summary.applied == 0)
        #expect(project.snapshot() == before)
    }
}
