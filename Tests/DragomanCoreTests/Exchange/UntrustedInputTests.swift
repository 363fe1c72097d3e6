import Foundation
import Testing

@testable import DragomanCore

/// Hostile files: DTDs, external entities, entity bombs, bad bytes. Each asserts its message and an unchanged store.
@Suite struct UntrustedInputTests {
    static let xxe = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE xliff [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="tr">
          <file id="f1" original="Locales/en/posts/mesenchymal-stem-cell-therapy-for-autism.md">
            <unit id="7dccff75ea"><segment><source>Introduction</source><target>&secret;</target></segment></unit>
          </file>
        </xliff>
        """

    static var billionLaughs: String {
        var entities = "<!ENTITY lol0 \"lollollollollollollollollollol\">\n"
        for level in 1...12 {
            let previous = "&lol\(level - 1);"
            entities += "<!ENTITY lol\(level) \"\(String(repeating: previous, count: 10))\">\n"
        }
        return """
            <?xml version="1.0"?>
            <!DOCTYPE xliff [
            \(entities)]>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="tr">
              <file id="f1"><unit id="7dccff75ea"><segment><source>&lol12;</source></segment></unit></file>
            </xliff>
            """
    }

    @Test func xxeIsRefusedBeforeParsing() throws {
        let project = try TestProject(withStore: true)
        defer { project.remove() }
        let before = project.snapshot()
        #expect(
            throws: DragomanError(
                DragomanCore.SourceLocation(path: "evil.xlf", line: 2, column: 1), "DTDs are not allowed",
                hint: "remove the <!DOCTYPE> declaration; exchange files never need one")
        ) {
            _ = try project.importText(Self.xxe, format: .xliff21, path: "evil.xlf")
        }
        #expect(project.snapshot() == before)
    }

    @Test func billionLaughsIsRefusedQuickly() throws {
        let project = try TestProject(withStore: true)
        defer { project.remove() }
        let before = project.snapshot()
        let started = Date()
        let error = #expect(throws: DragomanError.self) {
            _ = try project.importText(Self.billionLaughs, format: .xliff21, path: "bomb.xlf")
        }
        #expect(error?.reason == "DTDs are not allowed")
        #expect(error?.location.description == "bomb.xlf:2:1")
        #expect(Date().timeIntervalSince(started) < 2)
        #expect(project.snapshot() == before)
    }

    /// What libxml2 itself does when our prolog check is bypassed: the parser must still not read the file
    /// system or expand the bomb.
    @Test func parserAloneNeverLoadsExternalEntities() throws {
        let result = Result { () throws(DragomanError) in
            try XMLTreeParser.parse(Array(Self.xxe.utf8), path: "evil.xlf")
        }
        switch result {
        case .success(let root): #expect(!root.text.contains("root:"))
        case .failure(let error):
            #expect(error.reason.contains("DTDs are not allowed") || error.reason.contains("entit"))
        }
    }

    @Test func parserAloneStopsTheEntityBomb() throws {
        let started = Date()
        let result = Result { () throws(DragomanError) in
            try XMLTreeParser.parse(Array(Self.billionLaughs.utf8), path: "bomb.xlf")
        }
        #expect(Date().timeIntervalSince(started) < 2)
        if case .success(let root) = result { #expect(root.text.utf8.count < 1_000_000) }
    }

    @Test(arguments: [
        (
            "bad UTF-8", [UInt8]("<xliff>ab".utf8) + [0xC3, 0x28] + [UInt8]("</xliff>".utf8), "bad.xlf:1:10",
            "invalid UTF-8 byte sequence"
        ),
        (
            "control", [UInt8]("<xliff>\na".utf8) + [0x07] + [UInt8]("</xliff>".utf8), "bad.xlf:2:2",
            "control character U+0007 is not allowed"
        ),
        (
            "C1 control", [UInt8]("<x>".utf8) + [0xC2, 0x85] + [UInt8]("</x>".utf8), "bad.xlf:1:4",
            "control character U+0085 is not allowed"
        ),
        (
            "unclosed", [UInt8]("<?xml version=\"1.0\"?>\n<xliff>\n  <file>\n</xliff>".utf8), "bad.xlf:4:9",
            "not well-formed XML: an end tag does not match its start tag"
        ),
    ])
    func badBytesAreRefusedWithTheirPosition(_ name: String, _ bytes: [UInt8], _ location: String, _ reason: String)
        throws
    {
        let project = try TestProject(withStore: true)
        defer { project.remove() }
        let before = project.snapshot()
        let error = #expect(throws: DragomanError.self) {
            _ = try ExchangeFormat.xliff21.read(bytes, path: "bad.xlf")
        }
        #expect(error?.location.description == location, "\(name)")
        #expect(error?.reason == reason, "\(name)")
        #expect(project.snapshot() == before)
    }

    /// libxml2 refuses more than 10 MB of unparsed buffer at once; a legitimate large file must still parse.
    @Test func filesOverTenMegabytesParse() throws {
        let comment = "<!-- " + String(repeating: "x", count: 1000) + " -->\n"
        let file =
            "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" srcLang=\"en\" trgLang=\"tr\">\n"
            + String(repeating: comment, count: 11_000) + "<file id=\"f1\"/>\n</xliff>\n"
        #expect(file.utf8.count > 11_000_000)
        let document = try XLIFF21Reader().read(Array(file.utf8), path: "big.xlf")
        #expect(document.files.count == 1)
    }
}
