import DragomanCore
import Foundation

/// Scores sentence splitting on the UD PUD test sets (`{"id", "text", "expected"}` per line): a case counts
/// when every sentence matches, white space at the sentence ends ignored. The data is read in place and never
/// copied into the repository (its licence allows measuring only).
enum SegmentationQuality {
    struct Case: Decodable {
        var id: String
        var text: String
        var expected: [String]
    }

    /// Published scores on the same data (the data set's README): name and percentage per locale.
    static let references: [String: [(String, Double)]] = [
        "en": [("pySBD", 99.2), ("ICU", 96.2), ("ICU ss=standard", 97.0), ("punkt", 98.0)],
        "tr": [("pySBD", 91.4), ("ICU", 88.7), ("punkt", 87.2)],
        "ar": [("pySBD", 83.1), ("ICU", 97.0)],
    ]

    static func run(_ arguments: [String]) throws {
        let options = try BenchmarkArguments(arguments, flags: ["--verbose"], options: ["--data", "--locale"])
        let data =
            options.value("--data").map { URL(fileURLWithPath: $0) }
            ?? BenchmarkArguments.repositoryRoot.appendingPathComponent("../shared/benchmarks/segmentation")
            .standardizedFileURL
        let locales = options.value("--locale").map { [$0] } ?? ["en", "tr", "ar"]
        var report = ""
        for locale in locales {
            let file = data.appendingPathComponent("ud_pud_\(locale).jsonl")
            let cases = try load(file)
            let segmenter = try BenchmarkArguments.segmenter(locale)
            var failures: [(Case, [String])] = []
            for item in cases {
                let actual = segmenter.sentences(in: item.text)
                if actual != item.expected.map(trimmed) { failures.append((item, actual)) }
            }
            let score = 100 * Double(cases.count - failures.count) / Double(max(cases.count, 1))
            report += "ud_pud_\(locale)  Dragoman \(percent(score))  (\(cases.count - failures.count)/\(cases.count))"
            for (name, value) in references[locale] ?? [] {
                report += "  \(name) \(percent(value))"
            }
            let best = (references[locale] ?? []).map(\.1).max() ?? 0
            report += score > best ? "  beats all\n" : "  below best \(percent(best))\n"
            if options.flag("--verbose") {
                for (item, actual) in failures {
                    report += "  - \(item.id)\n"
                    for sentence in item.expected { report += "      expected: \(trimmed(sentence))\n" }
                    for sentence in actual { report += "      actual:   \(sentence)\n" }
                }
            }
        }
        print(report, terminator: "")
    }

    static func load(_ file: URL) throws -> [Case] {
        guard let text = try? String(contentsOf: file, encoding: .utf8) else {
            throw BenchmarkError("cannot read \(file.path); pass --data with the folder holding ud_pud_<locale>.jsonl")
        }
        let decoder = JSONDecoder()
        var cases: [Case] = []
        for (number, line) in text.split(separator: "\n").enumerated() where !line.isEmpty {
            do {
                cases.append(try decoder.decode(Case.self, from: Data(line.utf8)))
            } catch {
                throw BenchmarkError("\(file.path):\(number + 1): not a benchmark case: \(error)")
            }
        }
        return cases
    }

    private static func trimmed(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func percent(_ value: Double) -> String { String(format: "%.1f%%", value) }
}
