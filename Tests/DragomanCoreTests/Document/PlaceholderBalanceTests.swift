import DragomanCore
import Foundation
import Testing

/// A sentence break never separates the two halves of a paired code.
@Suite struct PlaceholderBalanceTests {
    static func isBalanced(_ content: [InlineElement]) -> Bool {
        var open: [Int] = []
        for element in content {
            switch element {
            case .open(let code): open.append(code.id)
            case .close(let code):
                guard open.popLast() == code.id else { return false }
            default: continue
            }
        }
        return open.isEmpty
    }

    static let paragraphs = [
        "**Bold one. Bold two.** Plain three.",
        "Plain one. *Italic two. Italic three.* Plain four.",
        "A [link that spans. Two sentences](https://example.com) ends. Next one.",
        "~~Struck. Also struck.~~ Fine.",
        "Nested **bold *and italic. Still* bold.** Done. Really.",
        "*Starts here. Goes on* and ends. Then **bold. More**.",
        "Dr. *Aydın. Prof.* Kaya. Both here.",
    ]

    @Test(arguments: paragraphs)
    func pairedCodesStayInOneSegment(_ text: String) throws {
        let document = try TestSupport.read(text + "\n")
        #expect(document.segments.allSatisfy { Self.isBalanced($0.content) }, "\(document.segments.map(\.tagged))")
        #expect(document.render() == text + "\n")
    }

    @Test(arguments: TestSupport.posts)
    func everyFixtureSegmentIsBalanced(_ url: URL) throws {
        for segment in try TestSupport.read(url).segments {
            #expect(Self.isBalanced(segment.content), "\(segment.path): \(segment.tagged)")
        }
    }
}
