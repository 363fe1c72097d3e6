// Benchmarks by name; the glossary benchmark is the only one so far.
let arguments = CommandLine.arguments.dropFirst()
if arguments.isEmpty || arguments.contains("glossary") {
    GlossaryBenchmark.run()
} else {
    print("usage: DragomanBenchmark glossary")
}
