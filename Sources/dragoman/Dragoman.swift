import ArgumentParser

@main
struct Dragoman: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Translation pipeline for Markdown posts in English, Turkish and Arabic.",
        subcommands: [SegmentCommand.self, BuildCommand.self])
}
