import ArgumentParser
import DragomanCore
import Foundation

struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "List a post's segments, or split plain text from standard input into sentences.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var options: ProjectOptions

    @Argument(help: "The Markdown post to segment.")
    var post: String?

    @Option(help: "The language of the text (default: the post's `lang`, else the project's source locale).")
    var locale: String?

    @Flag(name: .customLong("text"), help: "Read plain text from standard input and print one sentence per line.")
    var plainText = false

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    func validate() throws {
        if plainText && post != nil { throw ValidationError("give either a post or --text, not both") }
        if !plainText && post == nil {
            throw ValidationError("give a post to segment, or --text to read standard input")
        }
        if plainText && locale == nil { throw ValidationError("--text needs --locale") }
    }

    func run() throws {
        try reporting {
            let project = try options.project()
            var output = Output()
            if plainText {
                let segmenter = try project.segmenter(locale ?? "en")
                let input = FileHandle.standardInput.readDataToEndOfFile()
                guard let text = String(data: input, encoding: .utf8) else {
                    throw DragomanError(
                        path: "<stdin>", "standard input is not valid UTF-8", hint: "convert it to UTF-8")
                }
                for sentence in PlainTextSegmentation.sentences(in: text, segmenter: segmenter) {
                    output.line(sentence)
                }
            } else if let post {
                let url = URL(fileURLWithPath: post)
                let configuration = try project.configuration()
                let declared = (try? Data(contentsOf: url)).flatMap { DocumentReader.declaredLocale(of: Array($0)) }
                let segmenter = try project.segmenter(locale ?? declared ?? configuration.sourceLocale)
                let reader = DocumentReader(segmenter: segmenter, translatableKeys: configuration.translatableKeys)
                let document = try reader.read(contentsOf: url, path: post)
                for warning in document.warnings {
                    FileHandle.standardError.write(Data((warning.description + "\n").utf8))
                }
                switch format {
                case .json: output.write(try SegmentListing.json(document))
                case .text: output.write(SegmentListing.text(document))
                }
            }
            output.flush()
        }
    }
}
