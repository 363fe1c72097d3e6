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

    @OptionGroup var glossaryOptions: GlossaryOptions

    @Option(help: "Only check this target locale (e.g. tr, ar).")
    var locale: String?

    @Option(help: "Only check this post (its slug).")
    var post: String?

    @Option(help: "Report format: text, json, html or junit.")
    var format: Format = .text

    @Option(help: "Write the report to this file instead of standard output.")
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
        let termbase = try glossaryOptions.load()
        var severities = GlossarySeverities.default
        for setting in severitySettings { _ = severities.apply(setting) }
        let units = try loadUnits(files: files).filter { unit in
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

    /// TODO(integration): load bilingual units from the translation store (no files) or from XLIFF 1.2/2.1 and
    /// PO files (with `files`), one `BilingualUnit` per segment: post slug, segment ID, source and target as
    /// plain text (`Segment.plainText`), target locale, and the unit's `SourceLocation` in the file.
    /// Until the store and the exchange readers exist, the command says so and exits with status 2.
    func loadUnits(files: [String]) throws -> [BilingualUnit] {
        let what = files.isEmpty ? "the translation store" : files.joined(separator: ", ")
        FileHandle.standardError.write(
            Data("error: cannot read \(what) yet: the store and the XLIFF/PO readers are not wired into 'check'\n".utf8)
        )
        throw ExitCode(2)
    }
}
