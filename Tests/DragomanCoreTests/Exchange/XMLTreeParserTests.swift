import Testing

@testable import DragomanCore

/// libxml2 read through SAX2: what the tree holds, and what the parser refuses on its own, without the
/// exchange reader's prolog check in front of it.
@Suite struct XMLTreeParserTests {
    func parse(_ text: String) throws(DragomanError) -> XMLNode {
        try XMLTreeParser.parse(Array(text.utf8), path: "t.xml")
    }

    @Test func buildsNamespacesAttributesTextAndPositions() throws {
        let root = try parse(
            """
            <?xml version="1.0"?>
            <x xmlns="urn:a" xmlns:m="urn:m" xml:space="preserve">
              <y m:status="ok &amp; done" plain="&#38; &lt;&gt; &#x41;&#38;#38;">a &amp; b<![CDATA[ <c> ]]>&#233;</y>
            </x>
            """)
        #expect(root.namespace == "urn:a")
        #expect(root.name == "x")
        #expect(root.attributes == ["xml:space": "preserve"])
        let child = try #require(root.element("y", namespace: "urn:a"))
        #expect(child.attributes == ["m:status": "ok & done", "plain": "& <> A&#38;"])
        #expect(child.text == "a & b <c> é")
        #expect(child.line == 3)
        #expect(child.column == 3)
    }

    @Test func refusesAnInternalSubsetAndItsEntities() {
        let error = #expect(throws: DragomanError.self) {
            try parse("<!DOCTYPE x [<!ENTITY e \"boom\">]>\n<x>&e;</x>")
        }
        #expect(error?.reason == "DTDs are not allowed")
        #expect(error?.location.line == 1)
    }

    @Test func refusesAnExternalDocumentType() {
        let error = #expect(throws: DragomanError.self) {
            try parse("<!DOCTYPE x SYSTEM \"file:///etc/passwd\">\n<x/>")
        }
        #expect(error?.reason == "DTDs are not allowed")
    }

    @Test func anEntityOtherThanThePredefinedOnesIsRefused() {
        let error = #expect(throws: DragomanError.self) { try parse("<x>\n  caf&eacute;\n</x>") }
        #expect(error?.reason == "entities other than &amp; &lt; &gt; &quot; &apos; are not allowed")
        #expect(error?.hint == "write the character itself, or a character reference such as &#233;")
        #expect(error?.location.line == 2)
    }

    @Test func malformedInputNamesItsPosition() {
        let error = #expect(throws: DragomanError.self) { try parse("<x>\n<y a=\"1\" a=\"2\"/>\n</x>") }
        #expect(error?.reason == "not well-formed XML: an attribute appears twice")
        #expect(error?.location.line == 2)
        #expect(throws: DragomanError.self) { try parse("") }
        #expect(throws: DragomanError.self) { try parse("<x></x><y/>") }
    }

    @Test func deepNestingIsRefused() {
        let depth = XMLTreeParser.maximumDepth + 1
        let text = String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth)
        let error = #expect(throws: DragomanError.self) { try parse(text) }
        #expect(error?.reason == "elements nest deeper than \(XMLTreeParser.maximumDepth) levels")
    }

    /// Some tools write a whole file on one line: positions are counted on from the previous tag (one pass,
    /// not one pass per tag) and are scalar columns, Arabic text before a tag included.
    @Test func positionsOnOneLongLine() throws {
        var text = "<x>"
        var columns: [Int] = []
        for index in 0..<2_000 {
            columns.append(text.unicodeScalars.count + 1)
            text += "<u id=\"\(index)\">نص \(index)</u>"
        }
        text += "</x>"
        let root = try parse(text)
        let units = root.elements("u")
        #expect(units.count == 2_000)
        #expect(units.map(\.line).allSatisfy { $0 == 1 })
        #expect(units.map(\.column) == columns)
    }
}
