import Foundation
import Testing

/// End-to-end: the built `dragoman` binary on a throw-away copy of the project.
@Suite struct ExchangeCLITests {
    static func project() throws -> URL { try CLIRunner.sampleProject() }

    static func run(_ arguments: [String], in root: URL) throws -> (status: Int32, stdout: String, stderr: String) {
        let result = try CLIRunner.run(arguments + ["--project", root.path])
        return (result.status, result.stdout, result.stderr)
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
