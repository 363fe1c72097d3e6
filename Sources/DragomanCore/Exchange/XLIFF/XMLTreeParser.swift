import CXMLReader

/// Parses XML into an ``XMLTree`` with libxml2's SAX2 interface through the `CXMLReader` shim (the parser
/// FoundationXML wraps, without the strings and dictionaries FoundationXML makes for every event).
///
/// Callers run ``ExchangeInput/check(_:path:xml:)`` first, which refuses any DTD; this parser refuses one too,
/// in case it is ever called without that check. With no DTD there are no entities but the five predefined
/// ones: nothing is loaded from outside the file and nothing can expand. Network access is off, and the
/// parser's default limits (no `XML_PARSE_HUGE`) bound names, text nodes and nesting.
final class XMLTreeParser {
    private let path: String
    // The state is touched on every libxml2 callback, and only from within one `parse` on one thread: the
    // properties opt out of the runtime's exclusivity checks, which cost more than the callbacks' own work.
    // The tree as it grows (see ``XMLTree``).
    @exclusivity(unchecked) private var records: [XMLTree.Record] = []
    @exclusivity(unchecked) private var strings: [String] = [""]
    @exclusivity(unchecked) private var attributes: [XMLTree.Attribute] = []
    @exclusivity(unchecked) private var text: [UInt8] = []
    @exclusivity(unchecked) private var values: [UInt8] = []
    /// Prefixed attribute names (`prefix:local`) by their id in `strings`.
    @exclusivity(unchecked) private var qualifiedNames: [String: Int32] = [:]
    /// The records of the open elements, innermost last.
    @exclusivity(unchecked) private var stack: [Int32] = []
    /// The text record the next text joins (libxml2 hands text over in pieces: around each entity, at chunk
    /// ends), or -1 when an element has started or ended since.
    @exclusivity(unchecked) private var openText: Int32 = -1
    @exclusivity(unchecked) private var rootEnded = false
    @exclusivity(unchecked) private var failure: DragomanError?
    @exclusivity(unchecked) private var parser: OpaquePointer?
    /// Element names and namespace URIs come from libxml2's dictionary, one pointer per distinct string:
    /// each is made into a `String`, and looked up in the omissions, once per file.
    @exclusivity(unchecked) private var names: [UnsafePointer<UInt8>: Name] = [:]
    /// The names met last, by a hash of their pointer: a file uses a dozen names, and a look here costs
    /// less than hashing the pointer for `names`.
    @exclusivity(unchecked) private var recentNames = [(pointer: UnsafePointer<UInt8>?, name: Name)](
        repeating: (nil, Name(id: 0)), count: 64)
    /// Deepest nesting accepted: real files nest under 20 levels; a bound keeps hostile input from recursing.
    static let maximumDepth = 64

    private let source: XMLSource
    private let omissions: XMLTreeOmissions?
    /// Whether the omissions keep only some attributes.
    private let filtersOmittedAttributes: Bool
    /// How deep the parser is inside an omitted subtree (0 outside one).
    @exclusivity(unchecked) private var skipDepth = 0
    /// For each element on `stack`, whether its own text is kept.
    @exclusivity(unchecked) private var keepsText: [Bool] = []

    private init(path: String, bytes: [UInt8], omitting omissions: XMLTreeOmissions?) {
        self.path = path
        self.source = XMLSource(bytes)
        self.omissions = omissions
        filtersOmittedAttributes = omissions?.attributes != nil
        // Room for an exchange file's usual share of each (an element or text run per 48 bytes or so): the
        // arrays seldom grow, and an overestimate is memory never touched.
        records.reserveCapacity(bytes.count / 32)
        attributes.reserveCapacity(bytes.count / 64)
        text.reserveCapacity(bytes.count / 2)
        values.reserveCapacity(bytes.count / 8)
    }

    /// The root element of `bytes`, or a well-formedness error at `file:line:column`; what `omissions` names
    /// is parsed (and checked) but left out of the tree.
    static func parse(_ bytes: [UInt8], path: String, omitting omissions: XMLTreeOmissions? = nil)
        throws(DragomanError) -> XMLNode
    {
        try parseTree(bytes, path: path, omitting: omissions).root
    }

    /// The tree of `bytes` (see ``parse(_:path:omitting:)``).
    static func parseTree(_ bytes: [UInt8], path: String, omitting omissions: XMLTreeOmissions? = nil)
        throws(DragomanError) -> XMLTree
    {
        // Each record of the tree stands for at least one byte of the file, so its indices fit in 32 bits.
        guard bytes.count < Int(Int32.max) else {
            throw DragomanError(path: path, "the file is larger than 2 GB", hint: "export it in smaller files")
        }
        let builder = XMLTreeParser(path: path, bytes: bytes, omitting: omissions)
        var callbacks = DGMXMLCallbacks(
            start_element: { user, name, namespace, count, attributes in
                withTreeParser(user) {
                    $0.startElement(name, namespace: namespace, attributes: attributes, count: Int(count))
                }
            },
            end_element: { user in withTreeParser(user) { $0.endElement() } },
            characters: { user, text, length in withTreeParser(user) { $0.characters(text, Int(length)) } },
            document_type: { user in withTreeParser(user) { $0.fail("DTDs are not allowed") } },
            entity: { user in
                withTreeParser(user) {
                    $0.fail(
                        "entities other than &amp; &lt; &gt; &quot; &apos; are not allowed",
                        hint: "write the character itself, or a character reference such as &#233;")
                }
            })
        let user = Unmanaged.passUnretained(builder).toOpaque()
        guard let parser = dgm_xml_parser_create(&callbacks, user, path) else {
            throw DragomanError(path: path, "libxml2 cannot create a parser (out of memory?)")
        }
        defer { dgm_xml_parser_free(parser) }
        builder.parser = parser
        // Pushed in chunks, as a stream: handed all at once, libxml2 refuses buffers over 10 MB.
        let chunk = 1 << 16
        var offset = 0
        bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { text in
                repeat {
                    let count = min(chunk, text.count - offset)
                    let last: Int32 = offset + count >= text.count ? 1 : 0
                    let status = dgm_xml_parser_push(parser, text.baseAddress.map { $0 + offset }, Int32(count), last)
                    offset += count
                    if status != 0 || builder.failure != nil || dgm_xml_parser_stopped(parser) != 0 { break }
                } while offset < text.count
            }
        }
        if let failure = builder.failure { throw failure }
        var line: Int32 = 0
        var column: Int32 = 0
        let code = dgm_xml_parser_first_error(parser, &line, &column)
        guard dgm_xml_parser_well_formed(parser) != 0, code == 0, builder.rootEnded else {
            let reason = code != 0 ? describe(code) : "the file is not well-formed XML"
            throw DragomanError(
                SourceLocation(path: path, line: max(1, Int(line)), column: max(1, Int(column))),
                "not well-formed XML: \(reason)", hint: "fix the XML at this position, or export the file again")
        }
        return XMLTree(
            records: builder.records, strings: builder.strings, attributes: builder.attributes, text: builder.text,
            values: builder.values, source: builder.source)
    }

    /// libxml2's error numbers for the mistakes people make by hand.
    private static func describe(_ code: Int32) -> String {
        switch code {
        case 4: "the document is empty"
        case 5: "the document ends too early, or has content after its root element"
        case 9: "a character that XML does not allow"
        case 23: "an entity reference is missing its ';'"
        case 26, 27: "an unknown entity reference (only &amp; &lt; &gt; &quot; &apos; and character references)"
        case 38, 39, 40, 41: "a malformed attribute"
        case 42: "an attribute appears twice"
        case 68: "a tag or name is malformed"
        case 73: "a '>' is missing"
        case 76: "an end tag does not match its start tag"
        case 77: "a tag is not finished"
        default: "libxml2 error \(code)"
        }
    }

    /// Where the parser stands now (1-based line and column).
    private var position: (line: Int, column: Int) {
        guard let parser else { return (1, 1) }
        return (Int(dgm_xml_parser_line(parser)), Int(dgm_xml_parser_column(parser)))
    }

    /// Where the start tag libxml2 has just read ends: all an element keeps of its position until asked.
    private var tagEnd: Int {
        guard let parser else { return 0 }
        return Int(dgm_xml_parser_byte_offset(parser))
    }

    fileprivate func fail(_ reason: String, hint: String? = nil) {
        guard failure == nil else { return }
        let (line, column) = position
        failure = DragomanError(SourceLocation(path: path, line: line, column: column), reason, hint: hint)
        if let parser { dgm_xml_parser_stop(parser) }
    }

    /// A name from libxml2's dictionary: its index in `strings`, and what the omissions say of it. Plain
    /// values only, so a look-up costs no reference counting.
    private struct Name {
        var id: Int32
        /// Whether it is the namespace of the omissions (as a namespace URI).
        var isOmittedNamespace = false
        var omitsSubtree = false
        var omitsText = false
        /// Whether an (unprefixed) attribute of this name is kept.
        var isKeptAttribute = true
    }

    private func name(_ pointer: UnsafePointer<UInt8>?) -> Name {
        guard let pointer else { return Name(id: 0) }
        // Dictionary strings sit a few bytes apart: the multiplication spreads their low bits over the slots.
        let slot = Int(truncatingIfNeeded: (UInt(bitPattern: pointer) &* 0x9E37_79B9_7F4A_7C15) >> 58)
        if recentNames[slot].pointer == pointer { return recentNames[slot].name }
        let made: Name
        if let known = names[pointer] {
            made = known
        } else {
            let string = String(cString: pointer)
            let isOmittedNamespace = string == omissions?.namespace
            // The reader's own namespace string, when it is that: comparing a string with itself stops at its
            // first word, where an equal copy is compared to its end.
            strings.append(isOmittedNamespace ? omissions?.namespace ?? string : string)
            made = Name(
                id: Int32(strings.count - 1), isOmittedNamespace: isOmittedNamespace,
                omitsSubtree: omissions?.subtrees.contains(string) ?? false,
                omitsText: omissions?.text.contains(string) ?? false,
                isKeptAttribute: omissions?.attributes.map { $0.contains(string) } ?? true)
            names[pointer] = made
        }
        recentNames[slot] = (pointer, made)
        return made
    }

    /// `attributes` holds `count` groups of five pointers: local name, prefix, namespace URI, value start and
    /// value end (the value is not NUL-terminated).
    fileprivate func startElement(
        _ local: UnsafePointer<UInt8>?, namespace: UnsafePointer<UInt8>?,
        attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?, count: Int
    ) {
        guard stack.count + skipDepth < Self.maximumDepth else {
            fail("elements nest deeper than \(Self.maximumDepth) levels", hint: "this is not an exchange file")
            return
        }
        if skipDepth > 0 {
            skipDepth += 1
            return
        }
        let localName = name(local)
        let namespaceName = name(namespace)
        var keepText = true
        var filtersAttributes = false
        if namespaceName.isOmittedNamespace {
            if localName.omitsSubtree {
                skipDepth = 1
                return
            }
            keepText = !localName.omitsText
            filtersAttributes = filtersOmittedAttributes
        }
        let attributeStart = self.attributes.count
        if let attributes, count > 0 {
            for index in 0..<count {
                let base = 5 * index
                guard let start = attributes[base + 3], let end = attributes[base + 4] else { continue }
                let local = name(attributes[base])
                let prefix = attributes[base + 1]
                if filtersAttributes, prefix != nil || !local.isKeptAttribute { continue }
                let valueStart = values.count
                Self.appendAttributeValue(UnsafeBufferPointer(start: start, count: end - start), to: &values)
                self.attributes.append(
                    XMLTree.Attribute(
                        name: prefix.map { qualifiedName(strings[Int(name($0).id)] + ":" + strings[Int(local.id)]) }
                            ?? local.id,
                        valueStart: valueStart, valueEnd: values.count))
            }
        }
        let index = Int32(records.count)
        if let parent = stack.last { records[Int(parent)].childCount += 1 }
        records.append(
            XMLTree.Record(
                name: localName.id, namespace: namespaceName.id, end: index + 1,
                attributeStart: Int32(attributeStart), attributeEnd: Int32(self.attributes.count),
                textStart: text.count, textEnd: text.count, tagEnd: tagEnd))
        stack.append(index)
        keepsText.append(keepText)
        openText = -1
    }

    private func qualifiedName(_ string: String) -> Int32 {
        if let id = qualifiedNames[string] { return id }
        strings.append(string)
        let id = Int32(strings.count - 1)
        qualifiedNames[string] = id
        return id
    }

    /// An attribute value as written, decoded. Without entity substitution libxml2 hands an `&` back as
    /// `&#38;` (so a tree could re-parse it); no other `&` can appear in a parsed value, so each one is turned
    /// back here.
    private static func appendAttributeValue(_ bytes: UnsafeBufferPointer<UInt8>, to decoded: inout [UInt8]) {
        guard bytes.contains(0x26) else { return decoded.append(contentsOf: bytes) }
        let ampersand = Array("&#38;".utf8)
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x26, index + 5 <= bytes.count, bytes[index..<index + 5].elementsEqual(ampersand) {
                decoded.append(0x26)
                index += 5
            } else {
                decoded.append(bytes[index])
                index += 1
            }
        }
    }

    fileprivate func endElement() {
        if skipDepth > 0 {
            skipDepth -= 1
            return
        }
        guard let index = stack.popLast() else { return }
        keepsText.removeLast()
        records[Int(index)].end = Int32(records.count)
        records[Int(index)].textEnd = text.count
        openText = -1
        if stack.isEmpty { rootEnded = true }
    }

    fileprivate func characters(_ bytes: UnsafePointer<UInt8>?, _ length: Int) {
        guard skipDepth == 0, keepsText.last == true, let parent = stack.last, let bytes, length > 0 else {
            return
        }
        text.append(contentsOf: UnsafeBufferPointer(start: bytes, count: length))
        if openText >= 0 {
            records[Int(openText)].textEnd = text.count
            return
        }
        openText = Int32(records.count)
        records[Int(parent)].childCount += 1
        records.append(
            XMLTree.Record(
                name: XMLTree.textName, namespace: 0, end: openText + 1, attributeStart: 0, attributeEnd: 0,
                textStart: text.count - length, textEnd: text.count, tagEnd: 0))
    }
}

/// What a reader leaves out of the tree because it never reads it, in one namespace.
struct XMLTreeOmissions {
    var namespace: String
    /// Local names of elements left out with everything inside them.
    var subtrees: [String] = []
    /// Local names of elements whose own text is left out (containers whose text is only layout white
    /// space); their child elements, and the text inside those, are kept.
    var text: [String] = []
    /// The unprefixed attributes kept on elements of the namespace (those the reader reads); the others, and
    /// every prefixed one, are left out. Nil keeps them all.
    var attributes: [String]? = nil
}

/// Runs `body` with the parser behind a SAX callback's user pointer (a C function pointer cannot capture
/// it). `parseTree` holds the parser for the whole parse, so the callback borrows it without retaining it.
private func withTreeParser(_ user: UnsafeMutableRawPointer?, _ body: (XMLTreeParser) -> Void) {
    guard let user else { return }
    Unmanaged<XMLTreeParser>.fromOpaque(user)._withUnsafeGuaranteedRef(body)
}
