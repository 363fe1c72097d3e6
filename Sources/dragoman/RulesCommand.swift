import ArgumentParser
import DragomanCore

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Export the sentence segmentation rules of one locale, or of all, as SRX 2.0.")

    @OptionGroup var options: ProjectOptions

    @Option(help: "The locale whose rules to export (default: every locale of the project).")
    var locale: String?

    @Flag(help: "Write SRX 2.0 (the only format so far).")
    var srx = false

    func validate() throws {
        if !srx { throw ValidationError("choose an output format: --srx") }
    }

    func run() throws {
        try reporting {
            let project = try options.project()
            let locales = try locale.map { [$0] } ?? project.configuration().allLocales
            var rules: [SegmentationRules] = []
            for locale in locales { rules.append(try project.segmentationRules(locale)) }
            var output = Output()
            output.write(SegmentationRules.srx(rules))
            output.flush()
        }
    }
}
