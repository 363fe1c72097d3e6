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
        let rounds = Int(options.value("--rounds") ?? "") ?? 5
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

        let prepared = posts.map { Array($0.utf16) }
        let reader = DocumentReader(segmenter: try BenchmarkArguments.segmenter("en"))
        let segmenter = try BenchmarkArguments.segmenter("en")
        let floor = try SegmentationFloor(bytes, reader: reader)
        // Round by round, each measure once per round (the best round of each is kept): a slow spell of the
        // machine slows every measure alike instead of the ones that happened to run in it.
        let timings = try bestRounds(
            rounds,
            [
                ("icu", { try rawICU(posts) }),
                ("reader", { try pipeline(bytes, reader: reader) }),
                ("markdown", { rawMarkdown(bytes) }),
                ("yaml", { floor.parseFrontMatter() }),
                ("blocks", { try floor.iterateBlocks() }),
                ("iteration", { try rawICU(prepared) }),
                ("segmenter", { sentenceSegmenter(posts, segmenter) }),
            ])
        let icu = timings["icu"]!
        let dragoman = timings["reader"]!
        func rate(_ seconds: Double) -> Double { size / seconds }
        print(String(format: "raw ICU sentence iteration  %7.1f MB/s  (%d boundaries)", rate(icu.seconds), icu.count))
        print(
            String(
                format: "Dragoman DocumentReader     %7.1f MB/s  (%d segments)", rate(dragoman.seconds), dragoman.count)
        )
        print(
            String(format: "ratio Dragoman / ICU        %7.1f%%   (goal: 50%%)", 100 * icu.seconds / dragoman.seconds))
        let parts = ["markdown", "yaml", "blocks"].map { timings[$0]!.seconds }
        print(
            String(
                format: "floor: md4c %.1f ms + libyaml %.1f ms + ICU over multi-sentence blocks %.1f ms = %7.1f MB/s, "
                    + "%.1f%% of raw ICU's speed: the most any reader using them could reach",
                1000 * parts[0], 1000 * parts[1], 1000 * parts[2], rate(parts.reduce(0, +)),
                100 * icu.seconds / parts.reduce(0, +)))
        let sentences = timings["segmenter"]!
        print(
            String(
                format: "for scale: Segmenter alone (ICU + en rules, no Markdown) %7.1f MB/s (%.1f%% of raw ICU)",
                rate(sentences.seconds), 100 * icu.seconds / sentences.seconds))
        let iteration = timings["iteration"]!
        print(
            String(
                format: "for scale: ICU iteration alone, UTF-16 made beforehand %7.1f MB/s (ratio %.1f%%)",
                rate(iteration.seconds), 100 * iteration.seconds / dragoman.seconds))
        print(
            String(
                format: "for scale: md4c parse alone %7.1f MB/s  (%d callbacks, none doing any work)",
                rate(timings["markdown"]!.seconds), timings["markdown"]!.count))
    }

    /// The fastest of `rounds` runs of each measure, the measures taken in turn within each round.
    private static func bestRounds(_ rounds: Int, _ measures: [(name: String, body: () throws -> Int)]) throws
        -> [String: (seconds: Double, count: Int)]
    {
        var result: [String: (seconds: Double, count: Int)] = [:]
        for _ in 0..<max(rounds, 1) {
            for measure in measures {
                let start = DispatchTime.now().uptimeNanoseconds
                let count = try measure.body()
                let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                if seconds < result[measure.name]?.seconds ?? .infinity { result[measure.name] = (seconds, count) }
            }
        }
        return result
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
    static func rawICU<Posts: Sequence>(_ posts: Posts) throws -> Int where Posts.Element == [UInt16] {
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
