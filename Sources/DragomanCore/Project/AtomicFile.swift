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
        try write(data, toPath: url.path, durable: durable)
    }

    /// ``write(_:to:durable:)`` for a file path: a build writes thousands of files, and `URL` path
    /// arithmetic costs more than the write itself.
    @discardableResult
    static func write(_ data: Data, toPath path: String, durable: Bool = true) throws(DragomanError) -> Bool {
        if let existing = FileManager.default.contents(atPath: path), existing == data { return false }
        let name: Substring
        let directory: String
        if let slash = path.lastIndex(of: "/") {
            name = path[path.index(after: slash)...]
            directory = slash == path.startIndex ? "/" : String(path[..<slash])
        } else {
            (name, directory) = (Substring(path), ".")
        }
        let temporary = (directory == "/" ? "" : directory) + "/.\(name).\(UUID().uuidString).tmp"
        // Plain POSIX calls: `FileManager.createFile` writes its own temporary file and renames it, and a
        // `FileHandle` opens the file again, tripling the inode work per output file. The directory is
        // created only when the file cannot be opened, which is rare.
        var descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        if descriptor < 0 {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw DragomanError(path: directory, "cannot create directory: \(error.localizedDescription)")
            }
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        }
        guard descriptor >= 0 else {
            throw DragomanError(path: temporary, "cannot create temporary file", hint: "check permissions")
        }
        let failure: String? = data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> String? in
            var written = 0
            while written < buffer.count {
                let result = writeBytes(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    return "cannot write (errno \(errno))"
                }
                written += result
            }
            return nil
        }
        var message = failure
        if message == nil, durable, fsync(descriptor) != 0 { message = "cannot flush (errno \(errno))" }
        if close(descriptor) != 0, message == nil { message = "cannot close (errno \(errno))" }
        if message == nil, rename(temporary, path) != 0 {
            message = "cannot rename temporary file into place (errno \(errno))"
        }
        if let message {
            unlink(temporary)
            throw DragomanError(path: path, message)
        }
        return true
    }

    /// Writes UTF-8 `text` atomically; see ``write(_:to:)``.
    @discardableResult
    public static func write(_ text: String, to url: URL, durable: Bool = true) throws(DragomanError) -> Bool {
        try write(Data(text.utf8), to: url, durable: durable)
    }
}

/// `write(2)`, named apart from ``AtomicFile/write(_:to:durable:)``, which would shadow it inside the enum.
private func writeBytes(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
