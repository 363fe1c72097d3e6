import ArgumentParser
import DragomanCore
import Foundation

/// The termbase flag shared by `check` and `glossary`.
struct GlossaryOptions: ParsableArguments {
    @Option(name: .long, help: "The termbase CSV.")
    var glossary: String = "Glossary/medical.csv"

    /// Reads the termbase, printing every validation error before failing.
    func load() throws -> Termbase {
        do {
            return try TermbaseCSVReader.read(URL(fileURLWithPath: glossary), path: glossary)
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
