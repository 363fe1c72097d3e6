import DragomanCore
import Foundation

/// `DragomanBenchmark build [posts] [--keep] [--store] [--runs N] [--po4a N]`: generates a deterministic site of 1,000 posts (about 5.5 MB of
/// Markdown) with Turkish and Arabic translations held in memory, then times a full three-locale build and
/// a no-change build, beside reference figures for other tools on the same kind of corpus.
enum BuildBenchmark {
    /// One-locale merge times measured on this class of machine (2 cores) for such a corpus.
    static let references: [(tool: String, seconds: Double)] = [
        ("po4a merge (po4a-translate), 1 locale", 16.7),
        ("Translate Toolkit po2md, 1 locale", 15.3),
        ("mdpo library API, 1 locale", 4.8),
    ]

    static func run(_ arguments: [String]) {
        let count = arguments.first.flatMap(Int.init) ?? 1000
        let keep = arguments.contains("--keep")
        let runs =
            arguments.firstIndex(of: "--runs").flatMap { $0 + 1 < arguments.count ? Int(arguments[$0 + 1]) : nil }
            .map { max(1, $0) } ?? 5
        let locales = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("Locales")
        guard FileManager.default.fileExists(atPath: locales.path) else {
            print("run from the repository root (needs Locales/ for profiles, messages and segmentation rules)")
            exit(1)
        }
        let root = siteFolder().appendingPathComponent("dragoman-bench-\(getpid())")
        defer { if !keep { try? FileManager.default.removeItem(at: root) } }
        do {
            // `--store`: translations read from XLIFF store files through `StoreTranslationSource`, as
            // `dragoman build` does, instead of from memory.
            let store = arguments.contains("--store")
            let site = try GeneratedSite.make(posts: count, at: root, copying: locales, store: store)
            print(
                "Generated \(count) posts, \(String(format: "%.2f", Double(site.bytes) / 1_000_000)) MB of Markdown, "
                    + "\(site.segments) segments, translated into tr and ar"
                    + (store ? " (XLIFF store files)" : "") + (keep ? " (kept at \(root.path))" : ""))
            print(
                "Site folder: \(root.deletingLastPathComponent().path)"
                    + (root.path.hasPrefix("/dev/shm/") ? " (memory; set TMPDIR to build on a disk)" : ""))
            let workers =
                ProcessInfo.processInfo.environment["DRAGOMAN_WORKERS"].flatMap(Int.init)
                ?? ProcessInfo.processInfo.activeProcessorCount
            let translations: any TranslationSource =
                store ? StoreTranslationSource(project: Project(root: root), sourceLocale: "en") : site.translations
            let builder = SiteBuilder(project: Project(root: root), translations: translations, workers: workers)
            // The full build is run several times from an empty Output/ (this VM's speed drifts from minute to
            // minute): the median stands for it, the range is printed beside it.
            var fulls: [Timing] = []
            for run in 0..<runs {
                if run > 0 { try FileManager.default.removeItem(at: root.appendingPathComponent("Output")) }
                fulls.append(try time { try builder.build() })
            }
            let sorted = fulls.sorted { $0.seconds < $1.seconds }
            let full = sorted[sorted.count / 2]
            let again = try time { try builder.build() }
            let reading = try time { () throws -> BuildReport? in
                try site.readAll()
                return nil
            }
            try site.touchOnePost()
            let one = try time { try builder.build() }
            print("")
            print(
                row("Dragoman full build, 3 locales", full)
                    + "  (\(full.report?.writtenFiles.count ?? 0) files; median of \(runs) runs, "
                    + String(format: "%.3f–%.3f s)", sorted[0].seconds, sorted[sorted.count - 1].seconds))
            print(
                row("Dragoman no-change build, 3 locales", again)
                    + "  (\(again.report?.writtenFiles.count ?? 0) files written, \(again.report?.rebuiltPosts ?? 0) posts rebuilt)"
            )
            print(
                row("Dragoman one post changed, 3 locales", one) + "  (\(one.report?.rebuiltPosts ?? 0) post rebuilt)")
            print(
                row("  of which reading the 1,000 sources", reading) + "  (DocumentReader, one thread, measured apart)")
            if let index = arguments.firstIndex(of: "--po4a"), index + 1 < arguments.count,
                let sample = Int(arguments[index + 1]), sample > 0
            {
                if let po4a = Po4aMerge.measure(site: root, posts: min(sample, count), total: count) {
                    print(
                        row("po4a --no-update, 1 locale, measured", po4a.seconds)
                            + String(format: " wall, %6.3f s CPU", po4a.cpu)
                            + "  (\(min(sample, count)) posts, scaled to \(count); \(String(format: "%.1f", po4a.seconds / full.seconds))× Dragoman)"
                    )
                } else {
                    print("po4a merge: not measured (is Debian's po4a installed?)")
                }
            }
            for reference in references {
                print(
                    row(reference.tool, reference.seconds)
                        + "  reference; \(String(format: "%.0f", reference.seconds / full.seconds))× Dragoman's full build"
                )
            }
            print("")
            print("Machine load average: \(loadAverage()) on \(ProcessInfo.processInfo.activeProcessorCount) cores")
            print(
                "Goals: full build < 0.5 s (\(full.seconds < 0.5 ? "met" : "NOT met")), "
                    + "no-change build < 0.1 s (\(again.seconds < 0.1 ? "met" : "NOT met")), "
                    + "≥ 30× po4a (\(16.7 / full.seconds >= 30 ? "met" : "NOT met"))")
        } catch {
            print("benchmark failed: \(error)")
            exit(1)
        }
    }

    /// Where the site is generated and built: memory (`/dev/shm`) unless `TMPDIR` names a folder. On this
    /// class of VM (ext4 without a journal) creating files where thousands were deleted in the last minutes
    /// costs the kernel up to 30 times more (it steps over recently freed inodes one by one), and every run
    /// deletes its site: a disk folder measures the previous run's cleanup as much as the build. The files
    /// are still created, written and linked into place, on tmpfs.
    static func siteFolder() -> URL {
        if ProcessInfo.processInfo.environment["TMPDIR"] == nil, FileManager.default.fileExists(atPath: "/dev/shm") {
            return URL(fileURLWithPath: "/dev/shm")
        }
        return FileManager.default.temporaryDirectory
    }

    static func loadAverage() -> String {
        var loads = [0.0, 0.0, 0.0]
        guard getloadavg(&loads, 3) == 3 else { return "unknown" }
        return String(format: "%.2f", loads[0])
    }

    struct Timing {
        var seconds: Double
        /// User + system CPU time of the process: shows how much of `seconds` was waiting for a busy machine.
        var cpu: Double
        /// The part of `cpu` spent in the kernel (creating, renaming and reading files).
        var system: Double = 0
        var report: BuildReport?
    }

    static func time(_ body: () throws -> BuildReport?) throws -> Timing {
        let cpuStart = cpuSeconds()
        let systemStart = systemSeconds()
        let start = ContinuousClock.now
        let report = try body()
        let elapsed = ContinuousClock.now - start
        return Timing(
            seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18,
            cpu: cpuSeconds() - cpuStart, system: systemSeconds() - systemStart, report: report)
    }

    static func usage() -> rusage {
        var usage = rusage()
        #if os(Linux)
            getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        #else
            getrusage(RUSAGE_SELF, &usage)
        #endif
        return usage
    }

    static func cpuSeconds() -> Double {
        let usage = usage()
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    static func systemSeconds() -> Double {
        let usage = usage()
        return Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    }

    static func row(_ label: String, _ seconds: Double) -> String {
        label.padding(toLength: 42, withPad: " ", startingAt: 0) + String(format: "%8.3f s", seconds)
    }

    static func row(_ label: String, _ timing: Timing) -> String {
        row(label, timing.seconds)
            + String(format: " wall, %6.3f s CPU (%.3f s kernel)", timing.cpu, timing.system)
    }
}
