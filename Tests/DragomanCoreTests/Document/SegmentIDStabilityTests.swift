import DragomanCore
import Testing

@Suite struct SegmentIDStabilityTests {
    static let post = """
        ---
        title: Stability
        ---

        The first sentence stays. The second sentence will change.

        Another paragraph with *emphasis*. It has two sentences.

        A third paragraph closes the post.

        """

    static func ids(_ text: String) throws -> [String: String] {
        var result: [String: String] = [:]
        for segment in try TestSupport.read(text).segments { result[segment.plainText] = segment.id.rawValue }
        return result
    }

    @Test func editingOneSentenceChangesOnlyItsID() throws {
        let before = try Self.ids(Self.post)
        let after = try Self.ids(Self.post.replacingOccurrences(of: "will change.", with: "has changed."))
        #expect(before.count == after.count)
        let changed = before.filter { after[$0.key] != $0.value }
        #expect(changed.keys.sorted() == ["The second sentence will change."])
        #expect(after["The second sentence has changed."] != nil)
        #expect(!Set(before.values).contains(after["The second sentence has changed."] ?? ""))
    }

    @Test func reorderingParagraphsKeepsEveryID() throws {
        let paragraphs = Self.post.components(separatedBy: "\n\n")
        let reordered = [paragraphs[0], paragraphs[3], paragraphs[1], paragraphs[2]].joined(separator: "\n\n")
        #expect(try Self.ids(reordered) == Self.ids(Self.post))
    }

    @Test func changingALinkTargetKeepsTheID() throws {
        let first = try TestSupport.read("See [the guide](https://a.example/x) today.\n").segments
        let second = try TestSupport.read("See [the guide](https://b.example/y) today.\n").segments
        #expect(first.map(\.id) == second.map(\.id))
    }

    @Test func repeatsAreNumbered() throws {
        let segments = try TestSupport.read("Rest well. Rest well.\n\nRest well.\n").segments
        let ids = segments.map(\.id.rawValue)
        #expect(ids.count == 3)
        #expect(ids[1] == ids[0] + "-2" && ids[2] == ids[0] + "-3")
        #expect(ids.allSatisfy(SegmentID.isWellFormed))
    }

    @Test func whiteSpaceDoesNotChangeTheID() throws {
        let first = try TestSupport.read("One line of text.\n").segments
        let second = try TestSupport.read("One  line\nof text.\n").segments
        #expect(first.map(\.id) == second.map(\.id))
    }
}
