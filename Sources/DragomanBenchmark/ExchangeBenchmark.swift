import DragomanCore
import Foundation

/// `DragomanBenchmark exchange [POSTS...]`: export and import of a generated 1,000-post corpus, in MB/s per format,
/// at 250, 500 and 1,000 posts so that anything growing faster than the input shows up as falling MB/s.
enum ExchangeBenchmark {
    static func run(_ arguments: [String] = []) {
        do {
            let counts = arguments.compactMap { Int($0) }
            for count in counts.isEmpty ? [250, 500, 1000] : counts { try measure(posts: count) }
        } catch {
            print("exchange benchmark failed: \(error)")
        }
    }

    /// A deterministic generator (SplitMix64), so every run sees the same corpus.
    struct Random {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var value = state
            value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
            value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((value ^ (value >> 31)) % UInt64(bound))
        }
    }

    static let words = [
        "stem", "cell", "therapy", "clinical", "research", "patient", "immune", "response", "study", "evidence",
        "treatment", "safety", "trial", "outcome", "signal", "tissue", "repair", "growth", "factor", "review",
        "autism", "spectrum", "child", "family", "doctor", "clinic", "Istanbul", "dose", "protocol", "ethics",
    ]

    static func sentence(_ random: inout Random) -> String {
        var parts: [String] = []
        for index in 0..<(6 + random.next(14)) {
            var word = words[random.next(words.count)]
            if index == 0 { word = word.prefix(1).uppercased() + word.dropFirst() }
            switch random.next(12) {
            case 0: word = "**\(word)**"
            case 1: word = "*\(word)*"
            case 2: word = "[\(word)](https://example.com/\(random.next(1000)))"
            case 3: word = "`\(word)`"
            default: break
            }
            parts.append(word)
        }
        return parts.joined(separator: " ") + "."
    }

    static func post(_ index: Int) -> String {
        var random = Random(state: UInt64(index))
        var text = "---\ntitle: Post \(index) on \(words[random.next(words.count)])\nslug: post-\(index)\n---\n\n"
        for section in 0..<4 {
            text += "## Section \(section) \(words[random.next(words.count)])\n\n"
            for _ in 0..<3 {
                text += (0..<(2 + random.next(3))).map { _ in sentence(&random) }.joined(separator: " ") + "\n\n"
            }
            text += (0..<3).map { _ in "- " + sentence(&random) }.joined(separator: "\n") + "\n\n"
        }
        return text
    }

    static func measure(posts count: Int) throws {
        let manager = FileManager.default
        let root = manager.temporaryDirectory.appendingPathComponent("dragoman-bench-\(UUID().uuidString)")
        defer { try? manager.removeItem(at: root) }
        let folder = root.appendingPathComponent("Locales/en/posts")
        try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        let rules = "locale: en\nicu_locale: en\n"
        for locale in ["en", "tr"] {
            try manager.createDirectory(
                at: root.appendingPathComponent("Locales/\(locale)"), withIntermediateDirectories: true)
            try rules.replacingOccurrences(of: "en", with: locale)
                .write(
                    to: root.appendingPathComponent("Locales/\(locale)/segmentation.yaml"), atomically: true,
                    encoding: .utf8)
        }
        try "source_locale: en\ntarget_locales: [tr]\n"
            .write(to: root.appendingPathComponent("Locales/project.yaml"), atomically: true, encoding: .utf8)
        for index in 0..<count {
            try post(index).write(
                to: folder.appendingPathComponent("post-\(index).md"), atomically: true, encoding: .utf8)
        }
        let project = Project(root: root)
        let configuration = try project.configuration()
        let (posts, errors) = try project.readSourcePosts(configuration: configuration)
        guard errors.isEmpty else { throw errors[0] }
        let store = TranslationStore(project: project, locale: "tr")
        let exporter = ExchangeExport(sourceLocale: "en", locale: "tr")
        let units = posts.reduce(0) { $0 + $1.segments.count }
        print("\(count) posts, \(units) units")
        for format in ExchangeFormat.allCases {
            var start = Date()
            var document = exporter.document(posts: posts, store: try store.resolvedUnits(posts))
            let text = format.write(document)
            let exportSeconds = Date().timeIntervalSince(start)
            for file in document.files.indices {
                for unit in document.files[file].units.indices {
                    document.files[file].units[unit].target = document.files[file].units[unit].source
                    document.files[file].units[unit].state = .translated
                }
            }
            let filled = Array(format.write(document).utf8)
            if let folder = ProcessInfo.processInfo.environment["DRAGOMAN_BENCH_DUMP"] {
                try Data(filled).write(
                    to: URL(fileURLWithPath: folder).appendingPathComponent("bench.\(format.fileExtension)"))
            }
            start = Date()
            let read = try format.read(filled, path: "bench.\(format.fileExtension)")
            let importer = ExchangeImport(project: project, configuration: configuration, posts: posts)
            let outcome = try importer.perform([("bench", read)])
            let importSeconds = Date().timeIntervalSince(start)
            try? manager.removeItem(at: store.folder)
            let megabytes = { (bytes: Int) in Double(bytes) / 1_000_000 }
            print(
                "  \(format.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0))"
                    + " export \(String(format: "%6.2f", megabytes(text.utf8.count))) MB in \(String(format: "%.3f", exportSeconds)) s"
                    + " = \(String(format: "%6.1f", megabytes(text.utf8.count) / exportSeconds)) MB/s;"
                    + " import \(String(format: "%6.2f", megabytes(filled.count))) MB in \(String(format: "%.3f", importSeconds)) s"
                    + " = \(String(format: "%6.1f", megabytes(filled.count) / importSeconds)) MB/s"
                    + " (\(outcome.summary.applied) applied, \(outcome.written) store files)")
        }
    }
}
