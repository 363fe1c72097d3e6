import ArgumentParser
import DragomanCore
import Foundation

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Bring translated XLIFF or PO files back into the store (all or nothing unless --partial).")

    @OptionGroup var options: ProjectOptions

    @Argument(help: "Files returned by translators (.xlf, .xliff, .po).")
    var files: [String]

    @Option(help: "Refuse files whose target language is not this locale.")
    var locale: String?

    @Flag(help: "Apply the valid units even if some are rejected.")
    var partial = false

    @Flag(name: .customLong("dry-run"), help: "Check and summarise, write nothing.")
    var dryRun = false

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one file to import") }
    }

    func run() throws {
        try reporting {
            let project = try options.project()
            let configuration = try project.configuration()
            var documents: [(path: String, document: ExchangeDocument)] = []
            var errors: [DragomanError] = []
            for file in files {
                switch Result(catching: { () throws(DragomanError) in try Self.read(file) }) {
                case .success(let document): documents.append((file, document))
                case .failure(let error): errors.append(error)
                }
            }
            if !errors.isEmpty { throw Failure(errors) }
            let (posts, postErrors) = try project.readSourcePosts(configuration: configuration)
            if !postErrors.isEmpty { throw Failure(postErrors) }
            let importer = ExchangeImport(project: project, configuration: configuration, posts: posts, locale: locale)
            let outcome = try importer.perform(documents, partial: partial, dryRun: dryRun)
            var out = Output()
            for rejection in outcome.summary.rejected { out.line(rejection.description) }
            let blocked = !outcome.summary.rejected.isEmpty && !partial
            if dryRun {
                out.line("dry run: \(outcome.summary.line); nothing written")
            } else if blocked {
                out.line("\(outcome.summary.line); nothing written (fix the rejected units, or use --partial)")
            } else {
                out.line("\(outcome.summary.line); \(outcome.written) store file(s) written")
            }
            out.flush()
            if blocked { throw ExitCode(1) }
        }
    }

    static func read(_ file: String) throws(DragomanError) -> ExchangeDocument {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw DragomanError(path: file, "cannot read file", hint: "check that the file exists and is readable")
        }
        let bytes = Array(data)
        guard let format = ExchangeFormat.detect(path: file, bytes: bytes) else {
            throw DragomanError(path: file, "unknown file type", hint: "import .xlf, .xliff or .po files")
        }
        return try format.read(bytes, path: file)
    }
}
