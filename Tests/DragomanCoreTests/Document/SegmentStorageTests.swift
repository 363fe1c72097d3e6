import Foundation
import Testing

@testable import DragomanCore

/// The segment tables read without strings agree with the content they stand for, on every fixture.
@Suite struct SegmentStorageTests {
    @Test(arguments: TestSupport.posts)
    func tablesAgreeWithTheirContent(_ url: URL) throws {
        let document = try TestSupport.read(url)
        let storage = document.segments.storage
        for (index, segment) in document.segments.enumerated() {
            let content = segment.content
            #expect(content == content.normalized, "\(segment.path): content is normalized")
            #expect(storage.content(index, equals: content), "\(segment.path)")
            #expect(
                segment.id.rawValue.hasPrefix(SegmentID.hex(SegmentID.baseValue(for: content))),
                "\(segment.path): the ID hashed from the tables is the one of its content")
            let tokens = ExchangeToken.tokens(content)
            #expect(storage.tokens(index, equal: tokens), "\(segment.path)")
            #expect(!storage.tokens(index, equal: tokens + [.text("x")]), "\(segment.path)")
            #expect(storage.hasCodes(index) == content.contains { $0.code != nil }, "\(segment.path)")
            #expect(storage.isFrontMatter(index) == segment.path.hasPrefix("front/"), "\(segment.path)")
            var plain: [UInt8] = []
            storage.forEachPlainText(index) { plain.append(contentsOf: $0) }
            #expect(String(decoding: plain, as: UTF8.self) == segment.plainText, "\(segment.path)")
            for case .open(let code) in content {
                var markup: [UInt8] = []
                storage.withMarkup(of: .open, id: code.id, in: index) { markup.append(contentsOf: $0) }
                #expect(String(decoding: markup, as: UTF8.self) == code.data, "\(segment.path) <\(code.id)>")
            }
        }
    }

    /// The same on the round-trip test's generated Markdown (1,000 posts of stressing inline constructs).
    @Test(arguments: 0..<10)
    func tablesAgreeOnGeneratedPosts(batch: Int) throws {
        let reader = DocumentReader(segmenter: try TestSupport.segmenter("en"))
        for index in 0..<100 {
            let seed = UInt64(batch * 100 + index)
            let source = RoundTripPropertyTests.post(seed: seed)
            let document = try reader.read(Array(source.utf8), path: "seed-\(seed).md", defaultSlug: "x")
            let storage = document.segments.storage
            for (position, segment) in document.segments.enumerated() {
                let content = segment.content
                #expect(storage.content(position, equals: content), "seed \(seed)")
                #expect(storage.tokens(position, equal: ExchangeToken.tokens(content)), "seed \(seed)")
                #expect(
                    segment.id.rawValue.hasPrefix(SegmentID.hex(SegmentID.baseValue(for: content))), "seed \(seed)")
            }
        }
    }

    @Test func contentThatDiffersIsNotEqual() throws {
        let document = try TestSupport.read("An *emphasised* word. And a [link](https://example.org).\n")
        let storage = document.segments.storage
        let first = document.segments[0].content
        #expect(storage.content(0, equals: first))
        var changedText = first
        changedText[0] = .text("A ")
        #expect(!storage.content(0, equals: changedText))
        var changedCode = first
        if case .open(var code) = changedCode[1] {
            code.data = "_"
            changedCode[1] = .open(code)
        }
        #expect(!storage.content(0, equals: changedCode))
        #expect(!storage.content(0, equals: Array(first.dropLast())))
        #expect(!storage.content(1, equals: first))
        let tokens = ExchangeToken.tokens(first)
        #expect(storage.tokens(0, equal: tokens))
        #expect(!storage.tokens(0, equal: tokens.map { if case .open = $0 { .open("01") } else { $0 } }))
        #expect(!storage.tokens(0, equal: tokens.map { if case .open = $0 { .open("2") } else { $0 } }))
        #expect(!storage.tokens(0, equal: tokens.map { if case .open = $0 { .standalone("1") } else { $0 } }))
    }

    @Test func aSegmentMadeFromValuesKeepsThem() {
        let content: [InlineElement] = [
            .text("See "), .open(InlineCode(id: 1, kind: .link, data: "[")), .text("this"),
            .close(InlineCode(id: 1, kind: .link, data: "](https://example.org)")), .text("."),
        ]
        let range = SourceRange(startOffset: 3, endOffset: 9, startLine: 1, startColumn: 4, endLine: 1, endColumn: 10)
        let segment = Segment(
            id: SegmentID("0123456789"), content: content, path: "body/p[1]", heading: "Intro", range: range,
            raw: "See [this](https://example.org).")
        #expect(segment.id == SegmentID("0123456789"))
        #expect(segment.content == content)
        #expect(segment.path == "body/p[1]")
        #expect(segment.heading == "Intro")
        #expect(segment.range == range)
        #expect(segment.raw == "See [this](https://example.org).")
        #expect(segment.tagged == "See <1>this</1>.")
    }
}
