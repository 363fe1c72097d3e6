import Foundation
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

    /// Children come in document order, text and elements mixed; text the parser hands over in pieces
    /// (around entities and character references, across the chunks the file is pushed in) is one child, and
    /// text after a child element is not joined to the text inside it.
    @Test func mixedContentKeepsOrderAndJoinsTextPieces() throws {
        let long = String(repeating: "é1234567", count: 20_000)
        let root = try parse("<p>a&amp;b&#65;<b>x&lt;</b>c<d k=\"v\"/>\(long)&gt;<e></e></p>")
        var children: [String] = []
        for child in root.children {
            switch child {
            case .text(let text): children.append(text.count > 100 ? "long \(text.utf8.count)" : "text \(text)")
            case .element(let element): children.append("<\(element.name)>")
            }
        }
        #expect(children == ["text a&bA", "<b>", "text c", "<d>", "long \(long.utf8.count + 1)", "<e>"])
        #expect(root.children.count == 6)
        #expect(root.text == "a&bAx<c" + long + ">")
        #expect(root.element("b")?.text == "x<")
        #expect(root.element("e")?.text == "")
        #expect(root.element("e")?.children.count == 0)
        #expect(root.element("d")?.attributes == ["k": "v"])
        #expect(root.element("d")?.attributes["missing"] == nil)
        #expect(root.elements().map(\.name) == ["b", "d", "e"])
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

    /// Text on both sides of an omitted subtree is one child, as if the subtree had never been there.
    @Test func textAroundAnOmittedSubtreeIsOneChild() throws {
        let omissions = XMLTreeOmissions(namespace: "urn:a", subtrees: ["skip"])
        let text = "<x xmlns=\"urn:a\"><y>a<skip>x<z/></skip>b</y><w/></x>"
        let root = try XMLTreeParser.parse(Array(text.utf8), path: "t.xml", omitting: omissions)
        let y = try #require(root.element("y"))
        #expect(y.children.count == 1)
        #expect(y.text == "ab")
        #expect(root.elements().map(\.name) == ["y", "w"])
        #expect(root.element("w")?.location("t.xml").description == "t.xml:1:45")
    }

    /// Attributes the reader does not read are left out of elements in the omissions' namespace (prefixed
    /// ones too), and elements of other namespaces keep all of theirs.
    @Test func omissionsKeepOnlyTheAttributesRead() throws {
        let omissions = XMLTreeOmissions(namespace: "urn:a", attributes: ["id"])
        let text = """
            <x xmlns="urn:a" xmlns:m="urn:m"><y id="1" type="fmt" m:id="2"/><m:z id="3" type="fmt"/></x>
            """
        let root = try XMLTreeParser.parse(Array(text.utf8), path: "t.xml", omitting: omissions)
        #expect(root.element("y")?.attributes == ["id": "1"])
        #expect(root.element("z", namespace: "urn:m")?.attributes == ["id": "3", "type": "fmt"])
    }

    /// The XLIFF 2 reader's kept attributes are exactly those it and the inline reader ask for, so none it
    /// reads can be left out of the tree.
    @Test func xliff2KeepsEveryAttributeItReads() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../Sources/DragomanCore/Exchange/XLIFF")
        var read: Set<String> = []
        for file in ["XLIFF21Reader.swift", "XLIFFInline.swift"] {
            let code = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for match in code.matches(of: /attributes\["([A-Za-z]+)"\]/) { read.insert(String(match.output.1)) }
        }
        #expect(read.count > 5)
        #expect(read == Set(XLIFF21Reader.omissions.attributes ?? []))
    }

    /// Positions are worked out only when asked, from where each start tag ends: they match a count from
    /// the start of the file for tags spread over lines, after CRLF line ends, multi-byte text and tabs, and
    /// for the first and last elements.
    @Test func positionsWorkedOutWhenAskedMatchACountFromTheStart() throws {
        let text =
            "<x a=\"1\">\r\n\tنص <y\n   b=\"çé\"\n>日本<z/></y>😀<w c='>'/>\r\n"
            + "<v>\(String(repeating: "long line ", count: 30))<u/></v></x>"
        let bytes = Array(text.utf8)
        let root = try parse(text)
        var elements: [XMLNode] = []
        func walk(_ node: XMLNode) {
            elements.append(node)
            for case .element(let child) in node.children { walk(child) }
        }
        walk(root)
        let starts = bytes.indices.filter { bytes[$0] == UInt8(ascii: "<") && bytes[$0 + 1] != UInt8(ascii: "/") }
        #expect(elements.map(\.name) == ["x", "y", "z", "w", "v", "u"])
        #expect(elements.count == starts.count)
        for (element, start) in zip(elements, starts) {
            let expected = SourceLocation.of(offset: start, in: bytes, path: "t.xml")
            #expect(element.location("t.xml") == expected, "<\(element.name)>")
        }
        #expect(root.element("y")?.location("t.xml").description == "t.xml:2:5")
    }
}
