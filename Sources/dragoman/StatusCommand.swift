import ArgumentParser
import DragomanCore
import Foundation

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Segments and words per post and locale: new, translated, reviewed, stale, percent complete.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var options: ProjectOptions

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    func run() throws {
        try reporting {
            let project = try options.project()
            let configuration = try project.configuration()
            let (posts, errors) = try project.readSourcePosts(configuration: configuration)
            if !errors.isEmpty { throw Failure(errors) }
            let words: WordCounter
            do {
                words = try WordCounter(locale: configuration.sourceLocale)
            } catch {
                throw DragomanError(
                    path: "Locales/project.yaml", "ICU cannot count words for '\(configuration.sourceLocale)'")
            }
            var statuses: [TranslationStatus] = []
            for locale in configuration.targetLocales {
                let store = TranslationStore(project: project, locale: locale, sourceLocale: configuration.sourceLocale)
                let units = try store.resolvedUnits(posts)
                for post in posts {
                    statuses.append(
                        TranslationStatus.of(post, locale: locale, units: units[post.slug] ?? [:]) {
                            words.count(in: $0.plainText)
                        })
                }
            }
            var out = Output()
            switch format {
            case .text:
                out.write(TranslationStatus.table(statuses))
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                guard let data = try? encoder.encode(statuses) else {
                    throw DragomanError(path: "<status>", "cannot encode JSON")
                }
                out.line(String(decoding: data, as: UTF8.self))
            }
            out.flush()
        }
    }
}
