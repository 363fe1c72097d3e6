import ArgumentParser

@main
struct Dragoman: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Translation pipeline for Markdown posts in English, Turkish and Arabic.",
        subcommands: [
            SegmentCommand.self, ExportCommand.self, ImportCommand.self, StatusCommand.self, AlignCommand.self,
            RulesCommand.self,
        ])
}
