import ArgumentParser
import DragomanCore
import Foundation

/// Options every command that works on a project shares.
struct ProjectOptions: ParsableArguments {
    @Option(name: .customLong("project"), help: "The project folder (default: the nearest folder holding Locales/).")
    var projectPath: String?

    func project() throws -> Project {
        if let projectPath {
            return Project(root: URL(fileURLWithPath: projectPath))
        }
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        guard let found = Project.discover(from: current) else {
            throw Failure(
                DragomanError(
                    path: current.path, "no Dragoman project here", hint: "run inside a project or pass --project"))
        }
        return found
    }
}

/// A ``DragomanError`` on its way out of the CLI: printed to standard error, exit code 1.
struct Failure: Error, CustomStringConvertible {
    var errors: [DragomanError]
    init(_ error: DragomanError) { errors = [error] }
    init(_ errors: [DragomanError]) { self.errors = errors }
    var description: String { errors.map(\.description).joined(separator: "\n") }
}

/// Buffered standard output: one write for the whole result instead of one per line.
struct Output {
    private var buffer = ""
    mutating func line(_ text: String = "") {
        buffer += text
        buffer += "\n"
    }
    mutating func write(_ text: String) { buffer += text }
    func flush() { FileHandle.standardOutput.write(Data(buffer.utf8)) }
}

/// Runs `body`, turning a ``DragomanError`` into a printed message and exit code 1.
func reporting<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as DragomanError {
        FileHandle.standardError.write(Data((error.description + "\n").utf8))
        throw ExitCode(1)
    } catch let failure as Failure {
        FileHandle.standardError.write(Data((failure.description + "\n").utf8))
        throw ExitCode(1)
    }
}
