import DragomanCore
import Foundation

/// `DragomanBenchmark <benchmark> [options]`: each benchmark is one line in this table, its code in its own file.
let benchmarks: [(name: String, summary: String, run: ([String]) throws -> Void)] = [
    (
        "segmentation-quality", "sentence splitting scored on UD PUD en/tr/ar [--data DIR] [--verbose]",
        SegmentationQuality.run
    ),
    (
        "segmentation-speed", "MB/s of the Dragoman reader against raw ICU sentence iteration [--megabytes N]",
        SegmentationSpeed.run
    ),
    (
        "glossary", "compliance check MB/s with generated termbases [CONCEPTS...] (default 1k 10k 100k)",
        { arguments in
            let sizes = arguments.compactMap { Int($0) }
            GlossaryBenchmark.run(sizes: sizes.isEmpty ? [1_000, 10_000, 100_000] : sizes)
        }
    ),
    (
        "exchange", "export and import MB/s over a generated corpus [POSTS...] (default 250 500 1000)",
        ExchangeBenchmark.run
    ),
    (
        "build",
        "full and no-change three-locale build of a generated 1,000-post site, beside po4a [--store] [--runs N] [--po4a N]",
        BuildBenchmark.run
    ),
]

// As `dragoman` sets it up, so the build benchmark measures what the command does.
MemoryAllocator.keepFreedMemory()
let arguments = Array(CommandLine.arguments.dropFirst())
guard let name = arguments.first, let benchmark = benchmarks.first(where: { $0.name == name }) else {
    var usage = "usage: DragomanBenchmark <benchmark> [options]\n\nbenchmarks:\n"
    for benchmark in benchmarks { usage += "  \(benchmark.name)  \(benchmark.summary)\n" }
    FileHandle.standardError.write(Data(usage.utf8))
    exit(arguments.isEmpty || arguments.first == "--help" ? 0 : 2)
}
do {
    try benchmark.run(Array(arguments.dropFirst()))
} catch {
    FileHandle.standardError.write(Data("\(name): error: \(error)\n".utf8))
    exit(1)
}
