import Foundation
import Testing

@testable import DragomanCore

/// A batch replaces all of its files or none: a file that cannot be written or renamed leaves the others
/// with their old bytes, and no temporary or backup file behind.
@Suite struct AtomicFileBatchTests {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("dragoman-\(UUID().uuidString)")

    func url(_ name: String) -> URL { root.appendingPathComponent(name) }

    func contents(_ name: String) throws -> String { try String(contentsOf: url(name), encoding: .utf8) }

    func entries() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: root.path).sorted()
    }

    func prepare() throws {
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try Data("old a".utf8).write(to: url("a.xlf"))
        try Data("old b".utf8).write(to: url("b.xlf"))
    }

    @Test func commitsEveryStagedFileAndSkipsUnchangedOnes() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try prepare()
        var batch = AtomicFile.Batch()
        #expect(try batch.stage(Data("new a".utf8), to: url("a.xlf")))
        #expect(try !batch.stage(Data("old b".utf8), to: url("b.xlf")))
        #expect(try batch.stage(Data("new c".utf8), to: url("c.xlf")))
        #expect(batch.count == 2)
        // Nothing is replaced before the commit.
        #expect(try contents("a.xlf") == "old a")
        #expect(!FileManager.default.fileExists(atPath: url("c.xlf").path))
        try batch.commit()
        #expect(try contents("a.xlf") == "new a")
        #expect(try contents("b.xlf") == "old b")
        #expect(try contents("c.xlf") == "new c")
        #expect(try entries() == ["a.xlf", "b.xlf", "c.xlf"])
    }

    @Test func aFileThatCannotBeWrittenLeavesEveryTargetAsItWas() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try prepare()
        // A plain file where a folder should be: no temporary file can be created for `blocked/c.xlf`.
        try Data().write(to: url("blocked"))
        var batch = AtomicFile.Batch()
        try batch.stage(Data("new a".utf8), to: url("a.xlf"))
        let error = #expect(throws: DragomanError.self) {
            try batch.stage(Data("new c".utf8), to: url("blocked/c.xlf"))
        }
        #expect(error?.description.contains("blocked") == true)
        #expect(batch.count == 0)
        #expect(try contents("a.xlf") == "old a")
        #expect(try entries() == ["a.xlf", "b.xlf", "blocked"])
    }

    @Test func aFileThatCannotBeSetAsidePutsBackTheFilesAlreadyReplaced() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try prepare()
        try FileManager.default.createDirectory(at: url("d.xlf"), withIntermediateDirectories: true)
        try Data("inside".utf8).write(to: url("d.xlf/keep"))
        var batch = AtomicFile.Batch()
        try batch.stage(Data("new a".utf8), to: url("a.xlf"))
        try batch.stage(Data("new c".utf8), to: url("c.xlf"))
        // A non-empty folder cannot be replaced by a file: the third rename fails.
        try batch.stage(Data("new d".utf8), to: url("d.xlf"))
        try batch.stage(Data("new b".utf8), to: url("b.xlf"))
        let error = #expect(throws: DragomanError.self) { try batch.commit() }
        #expect(error?.description.contains("d.xlf") == true)
        #expect(error?.description.contains("no file of this change was replaced") == true)
        #expect(try contents("a.xlf") == "old a")
        #expect(try contents("b.xlf") == "old b")
        #expect(try contents("d.xlf/keep") == "inside")
        #expect(try entries() == ["a.xlf", "b.xlf", "d.xlf"])
    }

    @Test func aRenameThatFailsPutsBackTheFilesAlreadyReplaced() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try prepare()
        var batch = AtomicFile.Batch()
        try batch.stage(Data("new a".utf8), to: url("a.xlf"))
        try batch.stage(Data("new c".utf8), to: url("c.xlf"))
        try batch.stage(Data("new b".utf8), to: url("b.xlf"))
        // The temporary file of `b.xlf` vanishes before the commit: its rename fails after two succeeded.
        for name in try entries() where name.hasPrefix(".b.xlf.") {
            try FileManager.default.removeItem(at: url(name))
        }
        let error = #expect(throws: DragomanError.self) { try batch.commit() }
        #expect(error?.description.contains("b.xlf") == true)
        #expect(error?.description.contains("cannot rename") == true)
        #expect(try contents("a.xlf") == "old a")
        #expect(try contents("b.xlf") == "old b")
        #expect(try entries() == ["a.xlf", "b.xlf"])
    }
}
