import Foundation

/// Writes files so that a reader sees either the old bytes or the new ones, never a mix.
public enum AtomicFile {
    /// Writes `data` to a temporary file beside `url`, flushes it, then renames it over `url`.
    /// Returns false, and writes nothing, when the file already holds exactly `data`.
    ///
    /// With `durable: false` the flush to disk is skipped: the rename still makes the write atomic for anyone
    /// reading the file or killing the process, but a power cut may lose it. For files that can be rebuilt
    /// (the site build's output), where one `fsync` per file would cost more than the build itself.
    @discardableResult
    public static func write(_ data: Data, to url: URL, durable: Bool = true) throws(DragomanError) -> Bool {
        if let existing = try? Data(contentsOf: url), existing == data { return false }
        let directory = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw DragomanError(path: directory.path, "cannot create directory: \(error.localizedDescription)")
        }
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
            throw DragomanError(path: temporary.path, "cannot create temporary file", hint: "check permissions")
        }
        do {
            let handle = try FileHandle(forWritingTo: temporary)
            try handle.write(contentsOf: data)
            if durable { try handle.synchronize() }
            try handle.close()
            if rename(temporary.path, url.path) != 0 {
                throw DragomanError(path: url.path, "cannot rename temporary file into place (errno \(errno))")
            }
        } catch let error as DragomanError {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw DragomanError(path: url.path, "cannot write: \(error.localizedDescription)")
        }
        return true
    }

    /// Writes UTF-8 `text` atomically; see ``write(_:to:)``.
    @discardableResult
    public static func write(_ text: String, to url: URL, durable: Bool = true) throws(DragomanError) -> Bool {
        try write(Data(text.utf8), to: url, durable: durable)
    }
}
