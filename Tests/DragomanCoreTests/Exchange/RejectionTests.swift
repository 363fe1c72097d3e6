import Foundation
import Testing

@testable import DragomanCore

/// One test per rejection rule: the message names the unit and the placeholder, and the store is unchanged.
@Suite struct RejectionTests {
    static let everything = "Locales/en/posts/everything.md"
    static let paragraph = "A paragraph with <1>strong</1>, <2>emphasis</2>, <3>strike</3>, <4/>, and a <5>link</5>."

    /// A PO file with the paragraph unit (target `target`) and one valid unit.
    static func po(_ target: String, id: String = "41bf1b8255") -> String {
        """
        msgid ""
        msgstr ""
        "Language: tr\\n"
        "Content-Type: text/plain; charset=UTF-8\\n"

        #: \(everything):14
        msgctxt "\(id)"
        msgid "\(paragraph)"
        msgstr "\(target.replacingOccurrences(of: "\"", with: "\\\""))"

        #: \(everything):26
        msgctxt "deb88a40ad"
        msgid "Second step: see <1/>."
        msgstr "İkinci adım: <1/> adresine bakın."

        """
    }

    @Test(arguments: [
        (
            "<1>güçlü</1>, <2>vurgu</2>, <3>çizgi</3>, <4/>, <5>bağlantı</5> <6/>.",
            "placeholder <6/> is not in the source"
        ),
        ("<1>güçlü</1>, <2>vurgu</2>, <3>çizgi</3>, <5>bağlantı</5>.", "placeholder <4/> is missing"),
        ("<1>güçlü</1>, <2>vurgu</2>, <4/>, <5>bağlantı</5>.", "placeholder <3>…</3> is missing"),
        (
            "<1>güçlü <2>vurgu</1></2>, <3>çizgi</3>, <4/>, <5>bağlantı</5>.",
            "placeholder </1> closes while <2> is still open (codes must nest)"
        ),
        ("<1>güçlü</1>, <2>vurgu</2>, <3>çizgi</3>, <4/> <4/>, <5>bağlantı</5>.", "placeholder <4/> appears twice"),
        (
            "<1/>, <2>vurgu</2>, <3>çizgi</3>, <4/>, <5>bağlantı</5>.",
            "placeholder <1> is paired in the source but stands alone in the target"
        ),
        (
            "</1>güçlü<1>, <2>vurgu</2>, <3>çizgi</3>, <4/>, <5>bağlantı</5>.",
            "placeholder </1> closes before <1> opens"
        ),
        ("<1>güçlü, <2>vurgu</2>, <3>çizgi</3>, <4/>, <5>bağlantı</5>.", "placeholder <1> is never closed"),
        (
            "<1>güçlü</1>, <2>vurgu</2>, <3>çizgi</3>, <4>x</4>, <5>bağlantı</5>.",
            "placeholder <4/> stands alone in the source but is paired in the target"
        ),
    ])
    func placeholderRules(_ target: String, _ message: String) throws {
        let project = try TestProject(everything: true, withStore: true)
        defer { project.remove() }
        let before = project.snapshot()
        let outcome = try project.importText(Self.po(target), format: .po, path: "back.po")
        #expect(outcome.summary.rejected.map(\.description) == ["back.po:6:1: error: unit '41bf1b8255': \(message)"])
        #expect(outcome.summary.applied == 1)
        #expect(outcome.heldBack)
        #expect(outcome.written == 0)
        #expect(project.snapshot() == before)
    }

    @Test func partialAppliesTheValidUnits() throws {
        let project = try TestProject(everything: true, withStore: true)
        defer { project.remove() }
        let outcome = try project.importText(Self.po("<1>x</1>"), format: .po, path: "back.po", partial: true)
        #expect(outcome.summary.rejected.count == 1)
        #expect(!outcome.heldBack)
        #expect(outcome.written == 1)
        let units = try project.store("tr").units(slug: "everything")
        #expect(units.map(\.id) == [SegmentID("deb88a40ad")])
        #expect(units.first?.targetPlainText == "İkinci adım:  adresine bakın.")
    }

    @Test func unknownUnitIDIsRejected() throws {
        let project = try TestProject(everything: true, withStore: true)
        defer { project.remove() }
        let before = project.snapshot()
        let outcome = try project.importText(Self.po(Self.paragraph, id: "0123456789"), format: .po, path: "back.po")
        #expect(
            outcome.summary.rejected.map(\.message) == [
                "unit '0123456789': unknown unit ID: not a segment of Locales/en/posts/everything.md (export again to get the current segments)"
            ])
        #expect(project.snapshot() == before)
    }

    /// XLIFF markup that is not one of the source's placeholders cannot get into a target.
    @Test(arguments: [
        ("<b>bold</b>", "unit '7dccff75ea': target: element <b> is not a placeholder (line 5)"),
        ("<ph id=\"9\"/>Giriş", "unit '7dccff75ea': placeholder <9/> is not in the source"),
        (
            "<html:script xmlns:html=\"http://www.w3.org/1999/xhtml\">x</html:script>",
            "unit '7dccff75ea': target: element <script> is not a placeholder (line 5)"
        ),
        ("Giriş<cp hex=\"0007\"/>", "unit '7dccff75ea': target: control character U+0007 is not allowed (line 5)"),
    ])
    func targetCannotAddMarkup(_ target: String, _ message: String) throws {
        let project = try TestProject(withStore: true)
        defer { project.remove() }
        let before = project.snapshot()
        let file = """
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="tr">
              <file id="f1" original="\(TestProject.samplePost)">
                <unit id="7dccff75ea">
                  <segment state="translated"><source>Introduction</source>
                  <target>\(target)</target></segment>
                </unit>
              </file>
            </xliff>
            """
        let outcome = try project.importText(file, format: .xliff21, path: "back.xlf")
        #expect(outcome.summary.rejected.map(\.message) == [message])
        #expect(outcome.written == 0)
        #expect(project.snapshot() == before)
    }

    static func xliff(trgLang: String = "tr", original: String = TestProject.samplePost) -> String {
        """
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="\(trgLang)">
          <file id="f1" original="\(original)">
            <unit id="7dccff75ea"><segment><source>Introduction</source><target>Giriş bölümü</target></segment></unit>
          </file>
        </xliff>
        """
    }

    @Test(arguments: [
        (xliff(trgLang: "de"), "back.xlf:2:3: error: target language 'de' does not match the store's (tr, ar)"),
        (
            xliff(original: "../../etc/passwd"),
            "back.xlf:2:3: error: path '../../etc/passwd' points outside the project"
        ),
        (xliff(original: "/etc/passwd"), "back.xlf:2:3: error: path '/etc/passwd' points outside the project"),
        (
            xliff(original: "Locales/en/posts/other.md"),
            "back.xlf:2:3: error: 'Locales/en/posts/other.md' is not a source post of this project"
        ),
        (
            xliff().replacingOccurrences(of: "srcLang=\"en\"", with: "srcLang=\"fr\""),
            "back.xlf:2:3: error: source language 'fr' is not the project's ('en')"
        ),
    ])
    func fileLevelErrors(_ file: String, _ message: String) throws {
        let project = try TestProject(withStore: true)
        defer { project.remove() }
        let before = project.snapshot()
        let error = #expect(throws: DragomanError.self) {
            _ = try project.importText(file, format: .xliff21, path: "back.xlf")
        }
        #expect(error.map { "\($0.location): error: \($0.reason)" } == message)
        #expect(project.snapshot() == before)
    }

    @Test func localeOptionMustMatch() throws {
        let project = try TestProject(withStore: true)
        defer { project.remove() }
        let error = #expect(throws: DragomanError.self) {
            _ = try project.importText(Self.xliff(), format: .xliff21, path: "back.xlf", locale: "ar")
        }
        #expect(error?.reason == "target language 'tr' does not match the store's (ar)")
    }

    @Test func poSyntaxErrorHasItsPosition() throws {
        let error = #expect(throws: DragomanError.self) {
            _ = try ExchangeFormat.po.read(
                Array("msgid \"\"\nmsgstr \"\"\n\nmsgctxt \"x\"\nmsgid \"a\nmsgstr \"b\"\n".utf8), path: "x.po")
        }
        #expect(error.map { "\($0.location): \($0.reason)" } == "x.po:5:7: expected a quoted string")
    }
}
