import CICU
import CMD4C
import DragomanCore
import Foundation

/// Throughput of the whole reader (md4c, inline lexing, ICU, locale rules, IDs) against bare ICU sentence
/// iteration over the same posts, on a generated corpus.
enum SegmentationSpeed {
    static func run(_ arguments: [String]) throws {
        let options = try BenchmarkArguments(
            arguments, flags: [], options: ["--megabytes", "--rounds", "--only"])
        let megabytes = Double(options.value("--megabytes") ?? "") ?? 5.5
        let rounds = Int(options.value("--rounds") ?? "") ?? 3
        var generator = CorpusGenerator()
        let posts = generator.corpus(bytes: Int(megabytes * 1_000_000))
        let bytes = posts.map { Array($0.utf8) }
        let size = Double(bytes.reduce(0) { $0 + $1.count }) / 1_000_000
        print(String(format: "corpus: %d posts, %.2f MB (generated, seed fixed)", posts.count, size))
        // For a profiler: one side alone, nothing else in the samples.
        switch options.value("--only") {
        case "reader"?:
            let reader = DocumentReader(segmenter: try BenchmarkArguments.segmenter("en"))
            let result = try best(of: rounds) { try pipeline(bytes, reader: reader) }
            print(String(format: "Dragoman DocumentReader     %7.1f MB/s", size / result.seconds))
            return
        case "icu"?:
            let result = try best(of: rounds) { try rawICU(posts) }
            print(String(format: "raw ICU sentence iteration  %7.1f MB/s", size / result.seconds))
            return
        case nil: break
        case let other?: throw BenchmarkError("--only takes reader or icu, not '\(other)'")
        }

        let icu = try best(of: rounds) { try rawICU(posts) }
        let markdown = try best(of: rounds) { rawMarkdown(bytes) }
        let prepared = posts.map { Array($0.utf16) }
        let iteration = try best(of: rounds) { try rawICU(prepared) }
        let reader = DocumentReader(segmenter: try BenchmarkArguments.segmenter("en"))
        let dragoman = try best(of: rounds) { try pipeline(bytes, reader: reader) }
        let segmenter = try BenchmarkArguments.segmenter("en")
        let sentences = try best(of: rounds) { sentenceSegmenter(posts, segmenter) }
        print(String(format: "raw ICU sentence iteration  %7.1f MB/s  (%d boundaries)", size / icu.seconds, icu.count))
        print(
            String(
                format: "Dragoman DocumentReader     %7.1f MB/s  (%d segments)", size / dragoman.seconds, dragoman.count
            ))
        print(String(format: "ratio Dragoman / ICU        %7.1f%%", 100 * icu.seconds / dragoman.seconds))
        print(
            String(
                format: "for scale: Segmenter alone (ICU + en rules, no Markdown) %7.1f MB/s (%.1f%% of raw ICU)",
                size / sentences.seconds, 100 * icu.seconds / sentences.seconds))
        print(
            String(
                format: "for scale: ICU iteration alone, UTF-16 made beforehand %7.1f MB/s (ratio %.1f%%)",
                size / iteration.seconds, 100 * iteration.seconds / dragoman.seconds))
        print(
            String(
                format: "for scale: md4c parse alone %7.1f MB/s  (%d callbacks, none doing any work)",
                size / markdown.seconds, markdown.count))
    }

    /// The fastest of `rounds` runs: seconds and what the run counted.
    private static func best(of rounds: Int, _ body: () throws -> Int) throws -> (seconds: Double, count: Int) {
        var result = (seconds: Double.infinity, count: 0)
        for _ in 0..<max(rounds, 1) {
            let start = DispatchTime.now().uptimeNanoseconds
            let count = try body()
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            if seconds < result.seconds { result = (seconds, count) }
        }
        return result
    }

    /// ICU's English sentence iterator over each post's text, UTF-8 to UTF-16 conversion included.
    private static func rawICU(_ posts: [String]) throws -> Int {
        try rawICU(posts.lazy.map { Array($0.utf16) })
    }

    /// ICU's English sentence iterator over each post's UTF-16.
    private static func rawICU<Posts: Sequence>(_ posts: Posts) throws -> Int where Posts.Element == [UInt16] {
        var status: Int32 = 0
        guard let breaker = dgm_breaker_open(DGM_BREAK_SENTENCE, "en", &status), status <= 0 else {
            throw BenchmarkError("cannot open ICU's sentence iterator: \(String(cString: dgm_error_name(status)))")
        }
        defer { dgm_breaker_close(breaker) }
        var count = 0
        for units in posts {
            units.withUnsafeBufferPointer { buffer in
                dgm_breaker_set_text(breaker, buffer.baseAddress, Int32(buffer.count), &status)
                while dgm_breaker_next(breaker) >= 0 { count += 1 }
            }
        }
        return count
    }

    /// The sentence segmenter (ICU and the locale's rules) over each post's whole text as plain text, with
    /// the same UTF-16 conversion as `rawICU`: the reader's sentence step without Markdown, placeholders or IDs.
    private static func sentenceSegmenter(_ posts: [String], _ segmenter: Segmenter) -> Int {
        var count = 0
        for post in posts { count += segmenter.boundaries(in: Array(post.utf16)).count }
        return count
    }

    /// md4c over each post with callbacks that only count: the Markdown parser's own share of the reader.
    private static func rawMarkdown(_ posts: [[UInt8]]) -> Int {
        var parser = MD_PARSER()
        parser.flags = UInt32(
            MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_PERMISSIVEURLAUTOLINKS
                | MD_FLAG_PERMISSIVEEMAILAUTOLINKS | MD_FLAG_PERMISSIVEWWWAUTOLINKS)
        func count(_ user: UnsafeMutableRawPointer?) -> Int32 {
            user?.assumingMemoryBound(to: Int.self).pointee += 1
            return 0
        }
        parser.enter_block = { _, _, user in count(user) }
        parser.leave_block = { _, _, user in count(user) }
        parser.enter_span = { _, _, user in count(user) }
        parser.leave_span = { _, _, user in count(user) }
        parser.text = { _, _, _, user in count(user) }
        var callbacks = 0
        for post in posts {
            post.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { text in
                    _ = md_parse(text.baseAddress, MD_SIZE(text.count), &parser, &callbacks)
                }
            }
        }
        return callbacks
    }

    private static func pipeline(_ posts: [[UInt8]], reader: DocumentReader) throws -> Int {
        var count = 0
        for (index, post) in posts.enumerated() {
            let document = try reader.read(post, path: "post-\(index).md", defaultSlug: "post-\(index)")
            count += document.segments.count
        }
        return count
    }
}
