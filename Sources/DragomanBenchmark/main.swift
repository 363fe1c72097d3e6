if CommandLine.arguments.dropFirst().first == "build" { BuildBenchmark.run(Array(CommandLine.arguments.dropFirst(2))) }
print("bench")
