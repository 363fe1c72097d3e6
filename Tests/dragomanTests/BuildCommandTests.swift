import Foundation
import Testing

/// Runs the built `dragoman` binary on a copy of the repository's sample project.
@Suite struct BuildCommandTests {
    func run(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        let result = try CLIRunner.run(arguments)
        return (result.status, result.stdout, result.stderr)
    }

    func sampleProject() throws -> URL { try CLIRunner.sampleProject() }

    @Test func buildPrintsSummaryAndSecondBuildWritesNothing() throws {
        let root = try sampleProject()
        defer { try? FileManager.default.removeItem(at: root) }
        let first = try run(["build", "--project", root.path])
        #expect(first.status == 0)
        #expect(first.output.contains("Built 1 post (1 rebuilt)"))
        #expect(first.output.contains("  ar: 1 post in Output/ar, 100% translated"))
        let second = try run(["build", "--project", root.path])
        #expect(second.output.contains("Built 1 post (0 rebuilt)"))
        #expect(second.output.contains("0 file(s) written, 0 removed."))
    }

    @Test func failPolicyExitsNonZeroNamingThePost() throws {
        let root = try sampleProject()
        defer { try? FileManager.default.removeItem(at: root) }
        try Data("missing_translations: fail\n".utf8).write(to: root.appendingPathComponent("Locales/tr/profile.yaml"))
        try FileManager.default.removeItem(at: root.appendingPathComponent("Locales/tr/translations"))
        let result = try run(["build", "--project", root.path])
        #expect(result.status == 1)
        #expect(
            result.error.contains(
                "Locales/en/posts/mesenchymal-stem-cell-therapy-for-autism.md: error: 68 of 68 segments have no 'tr' translation"
            ))
    }

    @Test func badProfileNamesStepFileAndLine() throws {
        let root = try sampleProject()
        defer { try? FileManager.default.removeItem(at: root) }
        try Data("locale: ar\nslug: pretty\n".utf8).write(to: root.appendingPathComponent("Locales/ar/profile.yaml"))
        let result = try run(["build", "--project", root.path])
        #expect(result.status == 1)
        #expect(
            result.error.contains(
                "Locales/ar/profile.yaml:2: error: [load locale profiles and messages] 'pretty' is not a valid slug"))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("Output").path))
    }
}
