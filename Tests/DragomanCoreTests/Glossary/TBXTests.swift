import Foundation
import Testing

@testable import DragomanCore

/// TBX-Basic export and import, and the CSV writer.
@Suite struct TBXTests {
    /// Concepts without what TBX does not carry (CSV line numbers, kept columns).
    static func comparable(_ termbase: Termbase) -> [TermConcept] {
        termbase.concepts.map {
            var concept = $0
            concept.line = nil
            concept.extra = [:]
            return concept
        }
    }

    @Test func roundTripsTheShippedGlossary() throws {
        let original = try GlossaryTestSupport.medical()
        let tbx = TBXWriter.write(original)
        let back = try TBXReader.parse(Data(tbx.utf8), path: "medical.tbx")
        #expect(Self.comparable(back) == Self.comparable(original))
        #expect(back.targetLocales.sorted() == original.targetLocales.sorted())
        #expect(tbx.contains("<termNote type=\"administrativeStatus\">deprecatedTerm-admn-sts</termNote>"))
    }

    @Test func csvWriterRoundTrips() throws {
        let original = try GlossaryTestSupport.medical()
        let csv = TermbaseCSVWriter.write(original)
        let back = try TermbaseCSVReader.parse(csv, path: "again.csv")
        #expect(Self.comparable(back) == Self.comparable(original))
        #expect(back.concepts.map(\.extra) == original.concepts.map(\.extra))
    }

    @Test func readsTBX3ConceptEntries() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tbx type="TBX-Basic" style="dct" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
            <text><body>
            <conceptEntry id="c1"><langSec xml:lang="en"><termSec><term>stem cell</term></termSec></langSec>
            <langSec xml:lang="tr"><termSec><term>kök hücre</term>
            <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
            <termSec><term>ana hücre</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec>
            </langSec></conceptEntry>
            </body></text></tbx>
            """
        let termbase = try TBXReader.parse(Data(xml.utf8), path: "x.tbx")
        #expect(
            termbase.concepts == [
                TermConcept(
                    id: "c1", terms: ["en": ["stem cell"], "tr": ["kök hücre"]], forbidden: ["tr": ["ana hücre"]],
                    line: 4)
            ])
    }

    @Test func externalEntitiesAreNotResolved() throws {
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent(
            "dragoman-secret-\(UUID().uuidString).txt")
        try "TOP-SECRET-VALUE".write(to: secret, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: secret) }
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE martif [ <!ENTITY xxe SYSTEM "\(secret.absoluteString)"> ]>
            <martif type="TBX-Basic" xml:lang="en"><text><body>
            <termEntry id="x"><langSet xml:lang="en"><tig><term>a &xxe; b</term></tig></langSet></termEntry>
            </body></text></martif>
            """
        do {
            let termbase = try TBXReader.parse(Data(xml.utf8), path: "evil.tbx")
            let terms = termbase.concepts.flatMap { $0.terms.values.flatMap { $0 } }
            #expect(!terms.contains { $0.contains("TOP-SECRET") })
        } catch {
            #expect(!error.description.contains("TOP-SECRET"))
        }
    }

    @Test func malformedTBXNamesTheLine() {
        #expect(throws: DragomanError.self) {
            try TBXReader.parse(Data("<martif>\n<text>\n</martif>".utf8), path: "bad.tbx")
        }
        do {
            _ = try TBXReader.parse(Data("<martif>\n<text>\n</martif>".utf8), path: "bad.tbx")
        } catch {
            #expect(error.location.path == "bad.tbx")
            #expect(error.location.line == 3)
        }
    }
}
