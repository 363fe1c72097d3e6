import DragomanCore
import Foundation
import Testing

/// A throwaway project folder holding a copy of the repository's `Locales/`.
struct SampleProject {
    let root: URL
    var project: Project { Project(root: root) }

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("dragoman-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: Repository.root.appendingPathComponent("Locales"), to: root.appendingPathComponent("Locales"))
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    func write(_ text: String, to relative: String) throws {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func read(_ relative: String) -> String? {
        try? String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8)
    }

    /// Every file under the project, relative path → bytes.
    func snapshot(_ folder: String = "") -> [String: Data] {
        Self.files(under: folder.isEmpty ? root : root.appendingPathComponent(folder))
    }
}

/// A reader for English posts.
func englishReader() throws -> DocumentReader {
    let rules = try Project(root: Repository.root).segmentationRules("en")
    return DocumentReader(segmenter: try Segmenter(rules: rules))
}
