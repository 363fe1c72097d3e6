import Foundation
import Testing

@testable import DragomanCore

/// New files are created unnamed and linked into place where the system allows, existing ones replaced by a
/// renamed temporary file: either way the file holds the bytes and nothing else is left in its folder.
@Suite struct AtomicFileTests {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("dragoman-\(UUID().uuidString)")

    func write(_ text: String, to name: String) throws -> Bool {
        var text = text
        let path = root.appendingPathComponent(name).path
        return try text.withUTF8 { try AtomicFile.write(bytes: UnsafeRawBufferPointer($0), toPath: path) }
    }

    func entries(_ folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path).sorted()
    }

    func contents(_ name: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(name), encoding: .utf8)
    }

    @Test func createsReplacesAndSkipsUnchangedFiles() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        // The folder does not exist yet: it is created on the way.
        #expect(try write("first", to: "posts/a.md"))
        #expect(try contents("posts/a.md") == "first")
        #expect(try write("new file", to: "posts/b.md"))
        #expect(try write("second", to: "posts/a.md"))
        #expect(try contents("posts/a.md") == "second")
        #expect(try !write("second", to: "posts/a.md"))
        #expect(try contents("posts/b.md") == "new file")
        #expect(try entries("posts") == ["a.md", "b.md"])
        let mode =
            try FileManager.default.attributesOfItem(atPath: root.appendingPathComponent("posts/b.md").path)[
                .posixPermissions] as? Int
        #expect(mode.map { $0 & 0o600 } == 0o600)
    }
}
