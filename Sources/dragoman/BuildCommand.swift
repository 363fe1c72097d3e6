import ArgumentParser
import DragomanCore
import Foundation

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Assemble every post in every locale into Output/ for the site generator.",
        discussion: """
            Writes Output/<locale>/posts/<post>.md (Markdown with Hugo front matter) and Output/manifest.json. \
            Unchanged posts are skipped; files are written atomically and only when their bytes change.
            """)

    @OptionGroup var options: ProjectOptions

    @Flag(name: .customLong("quiet"), help: "Print only errors and warnings.")
    var quiet = false

    func run() throws {
        try reporting {
            let project = try options.project()
            let configuration = try project.configuration()
            let store = StoreTranslationSource(project: project, sourceLocale: configuration.sourceLocale)
            let builder = SiteBuilder(project: project, translations: store)
            let started = ContinuousClock.now
            let bar = ProgressBar(enabled: !quiet && isatty(STDERR_FILENO) == 1)
            let report: BuildReport
            do throws(BuildFailure) {
                report = try builder.build { done, total in bar.update(done, total) }
            } catch {
                bar.finish()
                throw Failure(
                    error.errors.map { DragomanError($0.location, "[\(error.step)] \($0.reason)", hint: $0.hint) })
            }
            bar.finish()
            let elapsed = ContinuousClock.now - started
            var errorOutput = ""
            for diagnostic in report.diagnostics { errorOutput += diagnostic.description + "\n" }
            if !errorOutput.isEmpty { FileHandle.standardError.write(Data(errorOutput.utf8)) }
            var output = Output()
            if !quiet { BuildSummary(report: report, elapsed: elapsed).write(to: &output) }
            output.flush()
            if !report.failures.isEmpty { throw Failure(report.failures) }
        }
    }
}
