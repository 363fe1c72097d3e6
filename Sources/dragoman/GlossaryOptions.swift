import ArgumentParser
import DragomanCore
import Foundation

/// The termbase flag shared by `check` and `glossary`.
struct GlossaryOptions: ParsableArguments {
    @Option(name: .long, help: "The termbase CSV (default: Glossary/medical.csv in the project).")
    var glossary: String?

    /// Reads the termbase, printing every validation error before failing.
    func load(
        project: Project? = Project.discover(from: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
    ) throws -> Termbase {
        let url: URL
        let path: String
        if let glossary {
            (url, path) = (URL(fileURLWithPath: glossary), glossary)
        } else if let project {
            url = project.glossary.appendingPathComponent("medical.csv")
            path = project.relativePath(url)
        } else {
            (url, path) = (URL(fileURLWithPath: "Glossary/medical.csv"), "Glossary/medical.csv")
        }
        do {
            return try TermbaseCSVReader.read(url, path: path)
        } catch {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode(2)
        }
    }
}

/// Writes `text` to `path` atomically, or to standard output when there is no path.
func emit(_ text: String, to path: String?) throws {
    guard let path else {
        FileHandle.standardOutput.write(Data(text.utf8))
        return
    }
    do {
        try AtomicFile.write(text, to: URL(fileURLWithPath: path))
    } catch {
        FileHandle.standardError.write(Data((error.description + "\n").utf8))
        throw ExitCode(2)
    }
}
