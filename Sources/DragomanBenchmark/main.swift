print("bench")
if CommandLine.arguments.dropFirst().first == "exchange" { ExchangeBenchmark.run() }
