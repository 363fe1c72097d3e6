import ArgumentParser
import DragomanCore
import Foundation

/// `dragoman glossary`: validate the termbase and convert it to and from TBX for CAT tools.
struct GlossaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary",
        abstract: "Validate, export or import the termbase.",
        subcommands: [Validate.self, Export.self, Import.self])

    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Check the termbase CSV; errors name file:line.")

        @OptionGroup var glossaryOptions: GlossaryOptions

        func run() throws {
            let termbase = try glossaryOptions.load()
            let locales = termbase.targetLocales.joined(separator: ", ")
            print(
                "\(termbase.path): \(termbase.concepts.count) concepts, \(termbase.sourceLocale) → \(locales), no errors"
            )
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write the termbase as TBX-Basic.")

        enum Format: String, ExpressibleByArgument { case tbx }

        @OptionGroup var glossaryOptions: GlossaryOptions

        @Option(help: "Export format (tbx).")
        var format: Format = .tbx

        @Option(help: "Write to this file instead of standard output.")
        var output: String?

        func run() throws {
            try emit(TBXWriter.write(try glossaryOptions.load()), to: output)
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Convert a TBX file to the termbase CSV layout (validated before it is written).")

        @Argument(help: "The TBX file.")
        var file: String

        @Option(help: "Write the CSV to this file instead of standard output.")
        var output: String?

        func validate() throws {
            guard ["tbx", "xml"].contains(URL(fileURLWithPath: file).pathExtension) else {
                throw ValidationError("'\(file)' is not a TBX file; give a .tbx file")
            }
        }

        func run() throws {
            let csv: String
            do {
                let termbase = try TBXReader.read(URL(fileURLWithPath: file), path: file)
                csv = TermbaseCSVWriter.write(termbase)
                _ = try TermbaseCSVReader.parse(csv, path: output ?? file)
            } catch let error as DragomanError {
                FileHandle.standardError.write(Data((error.description + "\n").utf8))
                throw ExitCode(2)
            } catch let error as TermbaseInvalid {
                FileHandle.standardError.write(
                    Data(("the imported termbase is not valid:\n" + error.description + "\n").utf8))
                throw ExitCode(2)
            }
            try emit(csv, to: output)
        }
    }
}
