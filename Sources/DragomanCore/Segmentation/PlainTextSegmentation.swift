/// Sentence splitting for plain text (no Markdown): paragraphs are separated by blank lines, and a single
/// line break inside a paragraph reads as a space.
public enum PlainTextSegmentation {
    public static func sentences(in text: String, segmenter: Segmenter) -> [String] {
        var result: [String] = []
        var paragraph: [Substring] = []
        func flush() {
            guard !paragraph.isEmpty else { return }
            result += segmenter.sentences(in: paragraph.joined(separator: " "))
            paragraph.removeAll()
        }
        for line in text.linesAtLineFeeds {
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) {
                flush()
            } else {
                paragraph.append(line)
            }
        }
        flush()
        return result
    }
}
