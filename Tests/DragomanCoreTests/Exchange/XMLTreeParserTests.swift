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

    /// Omitted subtrees and container text leave the tree, and the rest keeps its text and positions; the
    /// omitted parts are still parsed, so their entities, malformations and depth are refused as before.
    @Test func omissionsLeaveOutSubtreesAndContainerText() throws {
        let omissions = XMLTreeOmissions(namespace: "urn:a", subtrees: ["skip"], text: ["box"])
        let text = """
            <x xmlns="urn:a">
              <box>
                <skip><y>dropped</y></skip> layout
                <y>kept</y>
              </box>
              <skip xmlns="urn:b">other namespace</skip>
            </x>
            """
        let root = try XMLTreeParser.parse(Array(text.utf8), path: "t.xml", omitting: omissions)
        let box = try #require(root.element("box"))
        #expect(box.children.count == 1)
        #expect(box.elements("y").map(\.text) == ["kept"])
        #expect(box.elements("y").map(\.line) == [4])
        #expect(root.element("skip")?.text == "other namespace")
        #expect(root.text.contains("layout") == false)
        for bad in ["<x xmlns=\"urn:a\"><skip>&e;</skip></x>", "<x xmlns=\"urn:a\"><skip><y></skip></x>"] {
            #expect(throws: DragomanError.self) {
                try XMLTreeParser.parse(Array(bad.utf8), path: "t.xml", omitting: omissions)
            }
        }
        let depth = XMLTreeParser.maximumDepth
        let deep =
            "<x xmlns=\"urn:a\"><skip>" + String(repeating: "<a>", count: depth)
            + String(repeating: "</a>", count: depth) + "</skip></x>"
        let error = #expect(throws: DragomanError.self) {
            try XMLTreeParser.parse(Array(deep.utf8), path: "t.xml", omitting: omissions)
        }
        #expect(error?.reason == "elements nest deeper than \(XMLTreeParser.maximumDepth) levels")
    }

    /// The word-at-a-time count over a buffer agrees with the byte-by-byte one at every offset, from any start.
    @Test func bufferPositionsMatchTheByteCount() {
        let text = "ab\nçé日本\n\n  <x a=\"نص\">😀 text\r\nmore words here, long enough for words\nz"
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            for start in stride(from: 0, to: bytes.count, by: 5) {
                let known = SourceLocation.position(of: start, in: bytes, from: (0, 1, 1))
                for offset in start...bytes.count + 2 {
                    let from = (offset: start, line: known.line, column: known.column)
                    let fast = SourceLocation.position(of: offset, in: buffer, from: from)
                    let slow = SourceLocation.position(of: offset, in: bytes, from: from)
                    #expect(fast == slow, "offset \(offset) from \(start)")
                }
            }
        }
    }
}
