import Foundation
import Testing

@Suite("dragoman check")
struct CheckCommandTests {
    @Test("the shipped translations comply with the glossary")
    func storeComplies() throws {
        let result = try CLIRunner.run(["check"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("0 errors, 0 warnings, 0 notes in 136 units"))
    }

    @Test("a translator's PO file with a forbidden term fails with exit 1 and names the unit")
    func forbiddenTermInPO() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "dragoman-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let po = folder.appendingPathComponent("tr.po")
        let export = try CLIRunner.run(["export", "--locale", "tr", "--format", "po", "-o", po.path])
        #expect(export.status == 0)
        var text = try String(contentsOf: po, encoding: .utf8)
        text = text.replacingOccurrences(
            of: "msgstr \"Mezenkimal kök hücreler, aşağıdaki",
            with: "msgstr \"Mezenkimal ana hücreler, aşağıdaki")
        try text.write(to: po, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["check", po.path, "--format", "json"])
        #expect(result.status == 1)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let findings = try #require(object?["findings"] as? [[String: Any]])
        #expect(findings.contains { $0["kind"] as? String == "forbidden" })
        #expect(findings.allSatisfy { ($0["unit"] as? String)?.isEmpty == false })
    }

    @Test("an unreadable file stops the check with exit 2")
    func missingFile() throws {
        let result = try CLIRunner.run(["check", "no-such-file.po"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no-such-file.po: error: cannot read file"))
    }
}
