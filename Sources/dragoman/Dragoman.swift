import ArgumentParser

/// The `dragoman` command: subcommands do the work, the library holds the logic.
@main
struct Dragoman: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dragoman",
        abstract: "Translation pipeline for the clinic's blog (English, Turkish, Arabic).",
        subcommands: [CheckCommand.self, GlossaryCommand.self])
}
