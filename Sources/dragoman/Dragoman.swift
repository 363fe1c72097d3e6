import ArgumentParser
import DragomanCore

/// The `dragoman` command: subcommands do the work, the library holds the logic.
@main
struct Dragoman: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dragoman",
        abstract: "Translation pipeline for Markdown posts in English, Turkish and Arabic.",
        subcommands: [
            BuildCommand.self, SegmentCommand.self, ExportCommand.self, ImportCommand.self, StatusCommand.self,
            AlignCommand.self, CheckCommand.self, GlossaryCommand.self, RulesCommand.self,
        ])

    static func main() {
        MemoryAllocator.keepFreedMemory()
        main(nil)
    }
}
