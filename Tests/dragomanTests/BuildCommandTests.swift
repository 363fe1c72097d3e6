import Foundation
import Testing

/// Runs the built `dragoman` binary on a copy of the repository's sample project.
@Suite struct BuildCommandTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static var binary: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("dragoman")
    }

    func run(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (
            process.terminationStatus, String(decoding: outData, as: UTF8.self),
            String(decoding: errData, as: UTF8.self)
        )
    }

    func sampleProject() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("dragoman-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: Self.repository.appendingPathComponent("Locales"), to: root.appendingPathComponent("Locales"))
        return root
    }

    @Test func buildPrintsSummaryAndSecondBuildWritesNothing() throws {
        try #require(FileManager.default.fileExists(atPath: Self.binary.path), "build the dragoman binary first")
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
        try #require(FileManager.default.fileExists(atPath: Self.binary.path), "build the dragoman binary first")
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
        try #require(FileManager.default.fileExists(atPath: Self.binary.path), "build the dragoman binary first")
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
