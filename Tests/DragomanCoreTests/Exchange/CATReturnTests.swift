import Foundation
import Testing

@testable import DragomanCore

/// Files shaped like what OmegaT, memoQ, Trados/Phrase and Poedit send back.
@Suite struct CATReturnTests {
    func imported(_ name: String, format: ExchangeFormat) throws -> (TestProject, ExchangeImport.Outcome) {
        let project = try TestProject(everything: true)
        let outcome = try project.importText(try TestProject.fixtureText(name), format: format, path: name)
        #expect(outcome.summary.rejected.isEmpty, "\(outcome.summary.rejected)")
        return (project, outcome)
    }

    func targets(_ project: TestProject, slug: String) throws -> [String: TranslationUnit] {
        Dictionary(uniqueKeysWithValues: try project.store("tr").units(slug: slug).map { ($0.id.rawValue, $0) })
    }

    @Test func omegaT() throws {
        let (project, outcome) = try imported("omegat-return.xlf", format: .xliff12)
        defer { project.remove() }
        #expect(outcome.summary.line == "applied 3, unchanged 1, stale 0, rejected 0")
        let units = try targets(project, slug: TestProject.sampleSlug)
        #expect(units["7dccff75ea"]?.target == [.text("Giriş")])
        #expect(
            units["56077738cf"]?.target.tagged
                == "Giderek artan bilimsel ilgi gören alanlardan biri de <1>Mezenkimal Kök Hücre (MSC) Tedavisi</1> olarak öne çıkmaktadır."
        )
        #expect(units["56077738cf"]?.notes == ["MSC kısaltmasını korudum."])
        #expect(units["0ac1f5d520"]?.state == .reviewed)
        #expect(units["0ac1f5d520"]?.target.tagged == "<1>İmmünomodülatör</1> özellikler")
    }

    @Test func memoQ() throws {
        let (project, outcome) = try imported("memoq-return.xliff", format: .xliff12)
        defer { project.remove() }
        #expect(outcome.summary.line == "applied 3, unchanged 1, stale 0, rejected 0")
        let units = try targets(project, slug: "everything")
        let paragraph = units["41bf1b8255"]
        #expect(
            paragraph?.target.tagged
                == "<4/>, <5>bağlantı</5>, <3>üstü çizili</3>, <2>vurgu</2> ve <1>kalın</1> içeren bir paragraf.")
        #expect(paragraph?.translator == "Ayşe Yılmaz")
        #expect(paragraph?.date == "2026-11-20T10:15:00Z")
        #expect(units["a798cf622c"]?.target.tagged == "Column <1>B</1>")  // identical to the source, final
        #expect(units["a798cf622c"]?.state == .final)
        #expect(units["51e4f72979"] == nil)  // an unconfirmed fuzzy match is not applied
        let posts = try project.posts()
        let everything = try #require(posts.first { $0.slug == "everything" })
        let segment = try #require(everything.segment(SegmentID("41bf1b8255")))
        let rendered = everything.render(targets: [segment.id: try #require(paragraph?.targetContent(for: segment))])
        #expect(
            rendered.contains(
                "`inline code`, [bağlantı](https://example.com/a_(b) \"Title\"), ~~üstü çizili~~, *vurgu* ve **kalın** içeren bir paragraf."
            ))
    }

    @Test func tradosXLIFF2() throws {
        let (project, outcome) = try imported("trados-return.xlf", format: .xliff21)
        defer { project.remove() }
        #expect(outcome.summary.line == "applied 2, unchanged 0, stale 0, rejected 0")
        let units = try targets(project, slug: TestProject.sampleSlug)
        let joined = units["9438868a1c"]
        #expect(
            joined?.target.tagged
                == "Bu araştırmaların devam etmekte olduğunu ve <1>MSC tedavisinin otizm için bir tedavi olmadığını</1> vurgulamak önemlidir."
        )
        #expect(joined?.state == .final)
        #expect(joined?.notes == ["Tıbbi iddia: \"tedavi değildir\" ifadesi korunmalı."])
        #expect(units["bbe3c78d49"]?.state == .reviewed)
    }

    @Test func poedit() throws {
        let (project, outcome) = try imported("poedit-return.po", format: .po)
        defer { project.remove() }
        #expect(outcome.summary.line == "applied 1, unchanged 2, stale 0, rejected 0")
        let units = try targets(project, slug: TestProject.sampleSlug)
        #expect(units.count == 1)
        let unit = try #require(units["56077738cf"])
        #expect(
            unit.target.tagged
                == "Giderek artan bilimsel ilgi gören alanlardan biri de <1>Mezenkimal Kök Hücre (MSC) Tedavisi</1> olarak öne çıkmaktadır."
        )
        #expect(unit.translator == "Mehmet Demir <mehmet@example.com>")
        #expect(unit.date == "2026-11-21 09:30+0300")
        #expect(unit.notes == ["Terim sözlüğüne göre \"Mezenkimal\" yazıldı."])
    }

    /// The same file with Windows line ends (an editor on Windows, or git's `autocrlf`) reads the same.
    @Test func poeditWithCRLFLineEnds() throws {
        let project = try TestProject(everything: true)
        defer { project.remove() }
        let text = try TestProject.fixtureText("poedit-return.po").replacingOccurrences(of: "\n", with: "\r\n")
        let outcome = try project.importText(text, format: .po, path: "poedit-return.po")
        #expect(outcome.summary.line == "applied 1, unchanged 2, stale 0, rejected 0")
        let unit = try #require(try targets(project, slug: TestProject.sampleSlug)["56077738cf"])
        #expect(unit.translator == "Mehmet Demir <mehmet@example.com>")
        #expect(unit.notes == ["Terim sözlüğüne göre \"Mezenkimal\" yazıldı."])
    }
}
