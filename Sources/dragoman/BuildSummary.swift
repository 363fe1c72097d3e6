import DragomanCore
import Foundation

/// The terminal summary of a build: per locale, posts written, fallbacks, stale translations.
struct BuildSummary {
    var report: BuildReport
    var elapsed: Duration

    func write(to output: inout Output) {
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        output.line(
            "Built \(report.totalPosts) post\(report.totalPosts == 1 ? "" : "s") (\(report.rebuiltPosts) rebuilt) "
                + "in \(String(format: "%.3f", seconds)) s: \(report.writtenFiles.count) file(s) written, "
                + "\(report.removedFiles.count) removed.")
        var locales: [String] = []
        for entry in report.manifest.entries where !locales.contains(entry.locale) { locales.append(entry.locale) }
        for locale in locales {
            let entries = report.manifest.entries.filter { $0.locale == locale }
            let written = entries.filter { $0.status == .written }.count
            let skipped = entries.filter { $0.status == .skipped }.count
            let failed = entries.filter { $0.status == .failed }.count
            let segments = entries.reduce(0) { $0 + $1.segments }
            let translated = entries.reduce(0) { $0 + $1.translated }
            let fallback = entries.reduce(0) { $0 + $1.fallback }
            let stale = entries.reduce(0) { $0 + $1.stale }
            let percent = segments == 0 ? 100 : Int((Double(translated) / Double(segments) * 100).rounded(.down))
            var line = "  \(locale): \(written) post\(written == 1 ? "" : "s") in Output/\(locale)"
            if skipped > 0 { line += ", \(skipped) skipped" }
            if failed > 0 { line += ", \(failed) failed" }
            line += ", \(percent)% translated"
            if fallback > 0 { line += ", \(fallback) segment(s) in the source language" }
            if stale > 0 { line += ", \(stale) stale" }
            output.line(line)
        }
        for path in report.removedFiles { output.line("  removed Output/\(path)") }
        output.line("Manifest: Output/manifest.json")
    }
}

/// A one-line progress bar on standard error, shown only for builds of many posts on a terminal.
final class ProgressBar: @unchecked Sendable {
    private let enabled: Bool
    private let lock = NSLock()
    private var shown = -1
    private var drew = false

    init(enabled: Bool) { self.enabled = enabled }

    func update(_ done: Int, _ total: Int) {
        guard enabled, total >= 50 else { return }
        let percent = done * 100 / max(total, 1)
        lock.withLock {
            guard percent != shown else { return }
            shown = percent
            drew = true
            let filled = percent * 30 / 100
            let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: 30 - filled)
            FileHandle.standardError.write(Data("\r[\(bar)] \(done)/\(total) posts".utf8))
        }
    }

    func finish() {
        lock.withLock {
            if drew { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            drew = false
        }
    }
}
