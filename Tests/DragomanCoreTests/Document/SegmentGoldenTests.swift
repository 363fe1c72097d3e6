import DragomanCore
import Foundation
import Testing

/// Each post's segments (id, path, source range, tagged text) against `Goldens/segments/<name>.txt`.
/// Re-record with `DRAGOMAN_RECORD=1 swift test --filter SegmentGoldenTests`.
@Suite struct SegmentGoldenTests {
    static func dump(_ document: SourceDocument) -> String {
        var text = "# \(document.path) (\(document.locale)): \(document.segments.count) segments\n"
        for segment in document.segments {
            let range = segment.range
            text +=
                "\(segment.id)\t\(segment.path)\t\(range.startLine):\(range.startColumn)-\(range.endLine):\(range.endColumn)"
            text += "\t[\(range.startOffset),\(range.endOffset))\n    \(segment.tagged)\n"
        }
        return text
    }

    @Test(arguments: TestSupport.posts)
    func segmentsMatchTheGolden(_ url: URL) throws {
        let actual = Self.dump(try TestSupport.read(url))
        let name = url.deletingPathExtension().lastPathComponent + ".txt"
        let golden = TestSupport.goldens.appendingPathComponent("segments").appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["DRAGOMAN_RECORD"] == "1" {
            try FileManager.default.createDirectory(
                at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: golden)
            return
        }
        guard let expected = try? String(contentsOf: golden, encoding: .utf8) else {
            Issue.record("no golden \(golden.path); record it with DRAGOMAN_RECORD=1")
            return
        }
        #expect(actual == expected)
    }
}
