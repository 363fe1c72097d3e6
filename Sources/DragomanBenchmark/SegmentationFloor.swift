import CMD4C
import CYaml
import DragomanCore
import Foundation

/// What the reader cannot do without, timed alone on the same corpus: md4c's parse, libyaml's parse of the
/// front matter, and ICU's sentence iteration over the text of the blocks that hold more than one sentence
/// (a block of one sentence needs no iterator). Their sum bounds the reader's throughput from above, whatever
/// its own work (inline codes, locale rules, placeholders, IDs, tables) costs.
struct SegmentationFloor {
    /// Each post's front matter (the YAML between its fences).
    let frontMatters: [[UInt8]]
    /// Each post's multi-sentence blocks as UTF-16, one array per block.
    let blocks: [[UInt16]]

    /// The parts of `posts`, read once with `reader` (outside any timing).
    init(_ posts: [[UInt8]], reader: DocumentReader) throws {
        var frontMatters: [[UInt8]] = []
        var blocks: [[UInt16]] = []
        for (index, post) in posts.enumerated() {
            frontMatters.append(Self.frontMatter(of: post))
            let document = try reader.read(post, path: "post-\(index).md", defaultSlug: "post-\(index)")
            // Sentences of one block share its path up to their `/s[n]` step.
            var block: Substring?
            var text = ""
            for segment in document.segments {
                let path = segment.path[...]
                guard let step = path.range(of: "/s[", options: .backwards) else { continue }
                if block != path[..<step.lowerBound] {
                    if block != nil { blocks.append(Array(text.utf16)) }
                    block = path[..<step.lowerBound]
                    text = ""
                }
                text += (text.isEmpty ? "" : " ") + segment.plainText
            }
            if block != nil { blocks.append(Array(text.utf16)) }
        }
        self.frontMatters = frontMatters
        self.blocks = blocks
    }

    private static func frontMatter(of post: [UInt8]) -> [UInt8] {
        let text = String(decoding: post, as: UTF8.self)
        guard text.hasPrefix("---\n"), let end = text.range(of: "\n---\n") else { return [] }
        return Array(text[text.index(text.startIndex, offsetBy: 4)..<end.lowerBound].utf8) + [0x0A]
    }

    /// libyaml's parse events over every front matter (what Yams reads them with).
    func parseFrontMatter() -> Int {
        var events = 0
        for yaml in frontMatters {
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) != 0 else { continue }
            yaml.withUnsafeBufferPointer { bytes in
                yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
                yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
                var event = yaml_event_t()
                while yaml_parser_parse(&parser, &event) != 0 {
                    let type = event.type
                    yaml_event_delete(&event)
                    events += 1
                    if type == YAML_STREAM_END_EVENT { break }
                }
            }
            yaml_parser_delete(&parser)
        }
        return events
    }

    /// ICU's sentence iterator over each multi-sentence block.
    func iterateBlocks() throws -> Int { try SegmentationSpeed.rawICU(blocks) }
}
