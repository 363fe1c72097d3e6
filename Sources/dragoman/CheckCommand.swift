import ArgumentParser
import DragomanCore
import Foundation

/// `dragoman check`: glossary compliance of the translation store, or of bilingual files given as arguments.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check translations against the glossary (approved, forbidden and do-not-translate terms).",
        discussion: "Exits with status 1 when an error-severity finding exists, 2 when the check cannot run.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, html, junit
    }

    @OptionGroup var options: ProjectOptions

    @OptionGroup var glossaryOptions: GlossaryOptions

    @Option(help: "Only check this target locale (e.g. tr, ar).")
    var locale: String?

    @Option(help: "Only check this post (its slug).")
    var post: String?

    @Option(help: "Report format: text, json, html or junit.")
    var format: Format = .text

    @Option(name: .shortAndLong, help: "Write the report to this file instead of standard output.")
    var output: String?

    @Option(
        name: .customLong("severity"),
        help: "Set a finding kind's severity, e.g. missing=warning, dnt=error, forbidden=off (repeatable).")
    var severitySettings: [String] = []

    @Argument(help: "Bilingual files to check (XLIFF 1.2/2.1, PO); without files the translation store is checked.")
    var files: [String] = []

    func validate() throws {
        var severities = GlossarySeverities.default
        for setting in severitySettings where !severities.apply(setting) {
            throw ValidationError(
                "invalid --severity '\(setting)': use KIND=LEVEL with KIND missing, forbidden or dnt and LEVEL error, warning, note or off"
            )
        }
        for file in files {
            let ext = URL(fileURLWithPath: file).pathExtension
            guard ["xlf", "xliff", "po"].contains(ext) else {
                throw ValidationError("'\(file)' is not a bilingual file; give .xlf, .xliff or .po files")
            }
        }
    }

    func run() throws {
        let project = try? options.project()
        let termbase = try glossaryOptions.load(project: project)
        var severities = GlossarySeverities.default
        for setting in severitySettings { _ = severities.apply(setting) }
        let units = try loadUnits(files: files, project: project).filter { unit in
            (locale.map { unit.targetLocale == $0 } ?? true) && (post.map { unit.post == $0 } ?? true)
        }
        let report: ComplianceReport
        do {
            report = try GlossaryCheck.run(units: units, termbase: termbase, severities: severities)
        } catch {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode(2)
        }
        let rendered =
            switch format {
            case .text: report.text()
            case .json: report.json()
            case .html: report.html()
            case .junit: report.junit()
            }
        try emit(rendered, to: output)
        if report.hasErrors { throw ExitCode(1) }
    }

    /// The units to check: the translation store's (every target locale, or `--locale`) when no files are
    /// given, else those of the bilingual files. A file or store that cannot be read stops the check (exit 2).
    func loadUnits(files: [String], project: Project?) throws -> [BilingualUnit] {
        do {
            if files.isEmpty {
                guard let project else {
                    throw DragomanError(
                        path: ".", "no project here and no files to check", hint: "pass --project or files")
                }
                let configuration = try project.configuration()
                return try BilingualUnit.fromStore(
                    project: project, configuration: configuration,
                    locales: locale.map { [$0] } ?? configuration.targetLocales)
            }
            var units: [BilingualUnit] = []
            for file in files {
                units += try BilingualUnit.fromExchangeFile(at: URL(fileURLWithPath: file), path: file)
            }
            return units
        } catch let error as DragomanError {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode(2)
        }
    }
}
