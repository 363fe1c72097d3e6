import Foundation

/// The `segment` command's listings of a document: a terminal table and JSON.
public enum SegmentListing {
    struct Entry: Encodable {
        struct Position: Encodable {
            var line: Int
            var column: Int
            var offset: Int
        }

        var id: String
        var text: String
        var source: String
        var path: String
        var heading: String?
        var start: Position
        var end: Position
    }

    struct Listing: Encodable {
        var post: String
        var slug: String
        var locale: String
        var segments: [Entry]
    }

    /// `{"post", "slug", "locale", "segments": [{"id", "text", "source", "path", "heading", "start", "end"}]}`.
    public static func json(_ document: SourceDocument) throws(DragomanError) -> String {
        let entries = document.segments.map { segment in
            let range = segment.range
            return Entry(
                id: segment.id.rawValue, text: segment.plainText, source: segment.tagged, path: segment.path,
                heading: segment.heading,
                start: .init(line: range.startLine, column: range.startColumn, offset: range.startOffset),
                end: .init(line: range.endLine, column: range.endColumn, offset: range.endOffset))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            let data = try encoder.encode(
                Listing(post: document.path, slug: document.slug, locale: document.locale, segments: entries))
            return String(decoding: data, as: UTF8.self) + "\n"
        } catch {
            throw DragomanError(path: document.path, "cannot encode JSON: \(error)")
        }
    }

    /// One segment per line: `id  line:col  path  source`.
    public static func text(_ document: SourceDocument) -> String {
        var output = ""
        for segment in document.segments {
            output += "\(segment.id.rawValue.padding(toLength: 13, withPad: " ", startingAt: 0)) "
            let position = "\(segment.range.startLine):\(segment.range.startColumn)"
            output += position.padding(toLength: 7, withPad: " ", startingAt: 0) + " "
            output += segment.path + "\n    " + segment.tagged + "\n"
        }
        output += "\(document.segments.count) segments in \(document.path)\n"
        return output
    }
}
