import ArgumentParser
import DragomanCore
import Foundation

struct AlignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align",
        abstract: "Pair an existing translated post with its source into an XLIFF file for `dragoman import`.")

    @OptionGroup var options: ProjectOptions

    @Option(help: "The locale of the translation.")
    var locale: String

    @Option(help: "The slug of the source post (default: the translation's front matter slug).")
    var post: String?

    @Argument(help: "The translated Markdown post (same structure and sentences as the source).")
    var translation: String

    @Option(name: .shortAndLong, help: "Where to write the XLIFF 2.1 file.")
    var output: String

    func run() throws {
        try reporting {
            let project = try options.project()
            let configuration = try project.configuration()
            let (posts, errors) = try project.readSourcePosts(configuration: configuration)
            if !errors.isEmpty { throw Failure(errors) }
            let reader = DocumentReader(
                segmenter: try project.segmenter(locale), translatableKeys: configuration.translatableKeys)
            let translated = try reader.read(contentsOf: URL(fileURLWithPath: translation), path: translation)
            let slug = post ?? translated.slug
            guard let source = posts.first(where: { $0.slug == slug }) else {
                throw DragomanError(path: translation, "no source post with slug '\(slug)'", hint: "pass --post SLUG")
            }
            switch TranslationAlignment.align(
                source: source, translation: translated, locale: locale, sourceLocale: configuration.sourceLocale)
            {
            case .failure(let mismatch):
                FileHandle.standardError.write(
                    Data((mismatch.problems.map(\.description).joined(separator: "\n") + "\n").utf8))
                throw ExitCode(1)
            case .success(let document):
                try AtomicFile.write(ExchangeFormat.xliff21.write(document), to: URL(fileURLWithPath: output))
                var out = Output()
                out.line("aligned \(source.segments.count) segments; import with: dragoman import \(output)")
                out.flush()
            }
        }
    }
}
