import DragomanCore
import Foundation

/// The few flags benchmarks take (`--name value`, `--flag`); the target has no argument-parser dependency.
struct BenchmarkArguments {
    private var values: [String: String] = [:]
    private var flags: Set<String> = []

    init(_ arguments: [String], flags known: Set<String>, options: Set<String>) throws {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if known.contains(argument) {
                flags.insert(argument)
            } else if options.contains(argument), index + 1 < arguments.count {
                values[argument] = arguments[index + 1]
                index += 1
            } else {
                throw BenchmarkError("unknown or incomplete argument '\(argument)'")
            }
            index += 1
        }
    }

    func flag(_ name: String) -> Bool { flags.contains(name) }
    func value(_ name: String) -> String? { values[name] }

    /// The repository root: the folder above `Sources/` that holds this file.
    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    /// The project's segmenter for `locale`.
    static func segmenter(_ locale: String) throws -> Segmenter {
        try Project(root: repositoryRoot).segmenter(locale)
    }
}

struct BenchmarkError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
