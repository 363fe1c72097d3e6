import Foundation

/// Times Debian's po4a merging the same generated posts (one locale), for `--po4a N`: po4a first writes
/// the POT and PO files (not timed), then `po4a --no-update` — the merge of PO into Markdown — is timed
/// on the first N posts and scaled to the whole site. Costly (po4a takes minutes to gettextize 1,000
/// posts), hence opt-in and sampled.
enum Po4aMerge {
    static func measure(site: URL, posts sample: Int, total: Int) -> (seconds: Double, cpu: Double)? {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("dragoman-po4a-\(getpid())")
        defer { try? FileManager.default.removeItem(at: work) }
        let posts = site.appendingPathComponent("Locales/en/posts")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: posts.path).sorted().prefix(sample),
            (try? FileManager.default.createDirectory(
                at: work.appendingPathComponent("posts"), withIntermediateDirectories: true)) != nil
        else { return nil }
        var config = "[po4a_langs] tr\n[po4a_paths] pot/$master.pot $lang:po/$master.$lang.po\n"
        config += "[options] opt:\"-k 0\" opt:\"-M UTF-8\"\n"
        for name in names {
            try? FileManager.default.copyItem(
                at: posts.appendingPathComponent(name), to: work.appendingPathComponent("posts/\(name)"))
            let base = String(name.dropLast(3))
            config += "[type: text] posts/\(name) $lang:out/$lang/\(name) pot=\(base) opt:\"-o markdown\"\n"
        }
        guard (try? Data(config.utf8).write(to: work.appendingPathComponent("po4a.cfg"))) != nil,
            run(["po4a", "po4a.cfg"], in: work) != nil,
            let merge = run(["po4a", "--no-update", "po4a.cfg"], in: work)
        else { return nil }
        let scale = Double(total) / Double(names.count)
        return (merge.seconds * scale, merge.cpu * scale)
    }

    /// Runs a command through `/usr/bin/env`; wall and child CPU seconds, nil when it fails.
    private static func run(_ arguments: [String], in folder: URL) -> (seconds: Double, cpu: Double)? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let cpuStart = childCPUSeconds()
        let start = ContinuousClock.now
        guard (try? process.run()) != nil else { return nil }
        process.waitUntilExit()
        let elapsed = ContinuousClock.now - start
        guard process.terminationStatus == 0 else { return nil }
        return (
            Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18,
            childCPUSeconds() - cpuStart
        )
    }

    private static func childCPUSeconds() -> Double {
        var usage = rusage()
        #if os(Linux)
            getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
        #else
            getrusage(RUSAGE_CHILDREN, &usage)
        #endif
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }
}
