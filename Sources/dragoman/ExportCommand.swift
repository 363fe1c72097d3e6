import ArgumentParser
import DragomanCore
import Foundation

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the segments of one locale to an XLIFF or PO file for translators.")

    @OptionGroup var options: ProjectOptions

    @Option(help: "The target locale.")
    var locale: String

    @Option(help: "File format: xliff12, xliff21 or po (default: from the -o extension, else xliff21).")
    var format: ExchangeFormat?

    @Option(help: "Export only the post with this slug.")
    var post: String?

    @Option(help: "untranslated (no translation, or a stale one) or all.")
    var only: ExchangeExport.Selection = .all

    @Option(
        name: .shortAndLong, help: "Where to write (default: <post or 'posts'>.<locale>.<ext> in the current folder).")
    var output: String?

    func run() throws {
        try reporting {
            let project = try options.project()
            let configuration = try project.configuration()
            guard configuration.targetLocales.contains(locale) else {
                throw DragomanError(
                    path: "Locales/project.yaml", "'\(locale)' is not a target locale",
                    hint: "target locales: \(configuration.targetLocales.joined(separator: ", "))")
            }
            let (posts, errors) = try project.readSourcePosts(configuration: configuration)
            if !errors.isEmpty { throw Failure(errors) }
            let chosen = post.map { slug in posts.filter { $0.slug == slug } } ?? posts
            if let post, chosen.isEmpty {
                throw DragomanError(
                    path: project.relativePath(project.postsFolder(configuration.sourceLocale)),
                    "no post with slug '\(post)'")
            }
            let store = TranslationStore(project: project, locale: locale, sourceLocale: configuration.sourceLocale)
            let units = try store.resolvedUnits(posts)
            let format = self.format ?? output.flatMap { ExchangeFormat.detect(path: $0, bytes: []) } ?? .xliff21
            var document = ExchangeExport(sourceLocale: configuration.sourceLocale, locale: locale, selection: only)
                .document(posts: chosen, store: units)
            document.date = Self.timestamp()
            let destination =
                output.map { URL(fileURLWithPath: $0) }
                ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
                .appendingPathComponent("\(post ?? "posts").\(locale).\(format.fileExtension)")
            try AtomicFile.write(format.write(document), to: destination)
            var out = Output()
            let count = document.files.reduce(0) { $0 + $1.units.count }
            out.line("wrote \(count) units of \(chosen.count) post(s) to \(destination.path)")
            out.flush()
        }
    }

    /// The export's date: `SOURCE_DATE_EPOCH` when set (reproducible exports, byte-identical across runs),
    /// else now.
    static func timestamp() -> String {
        var date = Date()
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init) {
            date = Date(timeIntervalSince1970: epoch)
        }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm+0000"
        return formatter.string(from: date)
    }
}

extension ExchangeFormat: ExpressibleByArgument {}
extension ExchangeExport.Selection: ExpressibleByArgument {}
