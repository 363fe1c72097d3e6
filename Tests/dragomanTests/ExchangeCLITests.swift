import Foundation
import Testing

/// End-to-end: the built `dragoman` binary on a throw-away copy of the project.
@Suite struct ExchangeCLITests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The binary beside the test bundle (`.build/<triple>/debug/`), else `.build/debug/`.
    static var binary: URL {
        let candidates = [
            Bundle.main.executableURL?.deletingLastPathComponent().appendingPathComponent("dragoman"),
            Bundle.main.bundleURL.appendingPathComponent("debug/dragoman"),
            repository.appendingPathComponent(".build/debug/dragoman"),
        ].compactMap { $0 }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
            ?? candidates[candidates.count - 1]
    }

    /// A copy of the repository's `Locales/` in a temporary folder.
    static func project() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("dragoman-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: repository.appendingPathComponent("Locales"), to: root.appendingPathComponent("Locales"))
        return root
    }

    static func run(_ arguments: [String], in root: URL) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments + ["--project", root.path]
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (
            process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self)
        )
    }

    @Test(arguments: ["xliff12", "xliff21", "po"])
    func exportImportThroughTheBinary(_ format: String) throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("out.\(format == "po" ? "po" : "xlf")").path
        let export = try Self.run(["export", "--locale", "ar", "--format", format, "-o", file], in: root)
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stdout.hasPrefix("wrote 68 units of 1 post(s)"))
        let back = try Self.run(["import", file], in: root)
        #expect(back.status == 0, "\(back.stderr)")
        #expect(back.stdout == "applied 0, unchanged 68, stale 0, rejected 0; 0 store file(s) written\n")
    }

    @Test func hostileFileIsRefused() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("evil.xlf")
        try "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<x>&e;</x>\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let result = try Self.run(["import", file.path], in: root)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("\(file.path):2:1: error: DTDs are not allowed"))
    }

    @Test func statusReportsProgress() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try Self.run(["status", "--format", "json"], in: root)
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"percentComplete\" : 100"))
    }
}
