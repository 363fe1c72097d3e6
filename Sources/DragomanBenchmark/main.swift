// Benchmarks by name; the glossary benchmark is the only one so far. `glossary 1000 5000` picks sizes.
let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.isEmpty || arguments.first == "glossary" {
    let sizes = arguments.dropFirst().compactMap { Int($0) }
    GlossaryBenchmark.run(sizes: sizes.isEmpty ? [1_000, 10_000, 100_000] : sizes)
} else {
    print("usage: DragomanBenchmark glossary [CONCEPTS...]")
}
