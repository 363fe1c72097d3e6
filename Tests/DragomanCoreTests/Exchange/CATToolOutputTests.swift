import Foundation
import Testing

@testable import DragomanCore

/// Files the real tools wrote from our exports of `everything.md` (trimmed to a few units, nothing else edited):
/// OmegaT 3.6 console-translate on XLIFF 1.2, and Translate Toolkit 3.8 po2xliff followed by xliff2po on PO.
/// Regenerate them with `Tests/Integration/cat-tools.sh`'s steps.
@Suite struct CATToolOutputTests {
    /// Imports `name` (a dry run first, which must leave the disk alone); returns the summary line and what changed.
    func imported(_ name: String, format: ExchangeFormat) throws -> (TestProject, String, Set<String>) {
        let project = try TestProject(everything: true)
        let text = try TestProject.fixtureText(name)
        let before = project.snapshot()
        let document = try format.read(Array(text.utf8), path: name)
        let dry = try project.importer(locale: nil).perform([(name, document)], dryRun: true)
        #expect(project.snapshot() == before)
        let outcome = try project.importText(text, format: format, path: name)
        #expect(outcome.summary.line == dry.summary.line)
        let after = project.snapshot()
        let changed = Set(after.keys.filter { after[$0] != before[$0] }).union(before.keys.filter { after[$0] == nil })
        return (project, outcome.summary.line, changed)
    }

    func targets(_ project: TestProject) throws -> [String: TranslationUnit] {
        Dictionary(uniqueKeysWithValues: try project.store("tr").units(slug: "everything").map { ($0.id.rawValue, $0) })
    }

    @Test func omegaT36ConsoleTranslate() throws {
        let (project, line, changed) = try imported("omegat36-console-return.xlf", format: .xliff12)
        defer { project.remove() }
        // Four translated; the two OmegaT left as the source copy (state still needs-translation) are not.
        #expect(line == "applied 4, unchanged 2, stale 0, rejected 0")
        #expect(changed == ["Locales/tr/translations/everything.xlf"])
        let units = try targets(project)
        #expect(units["154a1b2f94"]?.target.tagged == "[tr] Heading with <1>emphasis</1> and <2/>")
        #expect(units["154a1b2f94"]?.state == .translated)
        // OmegaT segmented inside the bold pair and joined the sentences back.
        #expect(units["e97f70fe97"]?.target.tagged == "<1>[tr] Bold sentence one. [tr] Bold sentence two.</1>")
        #expect(
            units["ce57802889"]?.target.tagged
                == "[tr] After a hard break, an <1/>HTML<2/> tag & an & entity, an escaped *star*.")
        #expect(units["659539b43a"] == nil)
        #expect(units["146159ca53"] == nil)
    }

    @Test func translateToolkitPOThroughXLIFF() throws {
        let (project, line, changed) = try imported("translate-toolkit-xliff2po-return.po", format: .po)
        defer { project.remove() }
        // po2xliff drops msgctxt: the units are found by their location comment and post reference.
        #expect(line == "applied 4, unchanged 0, stale 0, rejected 0")
        #expect(changed == ["Locales/tr/translations/everything.xlf"])
        let units = try targets(project)
        #expect(
            units["41bf1b8255"]?.target.tagged
                == "[tr] A paragraph with <1>strong</1>, <2>emphasis</2>, <3>strike</3>, <4/>, and a <5>link</5>.")
        #expect(units["154a1b2f94"]?.target.tagged == "[tr] Heading with <1>emphasis</1> and <2/>")
    }

    @Test func poWithoutMsgctxtOrLocationIsRejected() throws {
        let project = try TestProject(everything: true)
        defer { project.remove() }
        let before = project.snapshot()
        let text = """
            msgid ""
            msgstr ""
            "Language: tr\\n"
            "X-Source-Language: en\\n"

            #: Locales/en/posts/everything.md:9
            msgid "Setext heading"
            msgstr "Başlık"

            """
        let outcome = try project.importText(text, format: .po, path: "back.po")
        #expect(outcome.summary.line == "applied 0, unchanged 0, stale 0, rejected 1")
        #expect(outcome.summary.rejected.first?.message.contains("no msgctxt") == true)
        #expect(project.snapshot() == before)
    }

    @Test func untranslatedXLIFF12UnitsCarryASourceCopy() throws {
        let project = try TestProject(everything: true)
        defer { project.remove() }
        let xml = XLIFF12Writer().write(try project.export("tr"))
        #expect(!xml.contains("<trans-unit id=\"154a1b2f94\" resname=\"body/h1[1]\">"))
        #expect(
            xml.contains(
                "<target state=\"needs-translation\">Heading with <g id=\"1\" ctype=\"italic\">emphasis</g> and <x id=\"2\" ctype=\"x-code\"/></target>"
            ))
        // Reading our own export back changes nothing.
        let outcome = try project.importText(xml, format: .xliff12, path: "same.xlf")
        #expect(outcome.summary.applied == 0 && outcome.summary.rejected.isEmpty)
    }
}
