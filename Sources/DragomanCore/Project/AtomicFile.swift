import Foundation
import Synchronization

/// Writes files so that a reader sees either the old bytes or the new ones, never a mix.
public enum AtomicFile {
    /// Writes `data` to a temporary file beside `url`, flushes it, then renames it over `url` (a new file on
    /// Linux: an unnamed file in the folder, linked to `url` once written; see ``writeUnnamed``).
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
        do {
            return try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) throws(DragomanError) -> Bool in
                try write(bytes: buffer, toPath: path, durable: durable)
            }
        } catch let error as DragomanError {
            throw error
        } catch {
            throw DragomanError(path: path, "cannot write: \(error)")
        }
    }

    /// ``write(_:toPath:durable:)`` for bytes in memory (a string's UTF-8, written without copying it).
    @discardableResult
    static func write(bytes: UnsafeRawBufferPointer, toPath path: String, durable: Bool = true) throws(DragomanError)
        -> Bool
    {
        let existing = compare(bytes, withFileAt: path)
        if existing == .same { return false }
        let (name, directory) = split(path)
        if existing == .absent, try writeUnnamed(bytes, toPath: path, directory: directory, durable: durable) {
            return true
        }
        let (temporary, descriptor) = try createTemporary(name: name, directory: directory)
        var message = fill(descriptor, with: bytes, durable: durable)
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

    /// Creates an empty temporary file for the file `name` (as `.<name>.<pid>-<n>.tmp` in `directory`, which is
    /// created if missing) and opens it for writing.
    static func createTemporary(name: Substring, directory: String) throws(DragomanError) -> (
        path: String, descriptor: Int32
    ) {
        // Plain POSIX calls: `FileManager.createFile` writes its own temporary file and renames it, and a
        // `FileHandle` opens the file again, tripling the inode work per output file. The directory is
        // created only when the file cannot be opened, which is rare. The name is unique per process (pid)
        // and per write (counter), with no UUID to generate per file; one left by a killed process with the
        // same pid is stepped over.
        var temporary = ""
        var descriptor: Int32 = -1
        var createdDirectory = false
        while true {
            let unique = temporaryCounter.add(1, ordering: .relaxed).newValue
            temporary = (directory == "/" ? "" : directory) + "/.\(name).\(processID)-\(unique).tmp"
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if descriptor >= 0 { break }
            if errno == EEXIST { continue }
            if createdDirectory { break }
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw DragomanError(path: directory, "cannot create directory: \(error.localizedDescription)")
            }
            createdDirectory = true
        }
        guard descriptor >= 0 else {
            throw DragomanError(path: temporary, "cannot create temporary file", hint: "check permissions")
        }
        return (temporary, descriptor)
    }

    /// A path's file name and folder (`.` for a bare name).
    static func split(_ path: String) -> (name: Substring, directory: String) {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return (Substring(path), ".") }
        return (path[path.utf8.index(after: slash)...], slash == path.startIndex ? "/" : String(path[..<slash]))
    }

    /// Writes all of `bytes` to `descriptor` and, when `durable`, flushes them; the error message if any.
    static func fill(_ descriptor: Int32, with bytes: UnsafeRawBufferPointer, durable: Bool) -> String? {
        var written = 0
        while written < bytes.count {
            let result = writeBytes(descriptor, bytes.baseAddress! + written, bytes.count - written)
            if result < 0 {
                if errno == EINTR { continue }
                return "cannot write (errno \(errno))"
            }
            written += result
        }
        if durable, fsync(descriptor) != 0 { return "cannot flush (errno \(errno))" }
        return nil
    }

    private static let processID = getpid()
    private static let temporaryCounter = Atomic<Int>(0)

    /// What the file at `path` holds, compared with `bytes`.
    enum Comparison {
        /// No file: it could not be opened because it does not exist.
        case absent
        case same
        /// Different bytes, or a file that cannot be read.
        case different
    }

    /// Whether the file at `path` holds exactly `bytes`: its size is checked before any byte is read.
    static func compare(_ bytes: UnsafeRawBufferPointer, withFileAt path: String) -> Comparison {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return errno == ENOENT ? .absent : .different }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, Int(status.st_size) == bytes.count
        else { return .different }
        if bytes.isEmpty { return .same }
        let existing = UnsafeMutableRawBufferPointer.allocate(byteCount: bytes.count + 1, alignment: 1)
        defer { existing.deallocate() }
        var filled = 0
        // One byte more than expected is asked for, so a file that grew since `fstat` is seen as different.
        while filled < existing.count {
            let result = read(descriptor, existing.baseAddress! + filled, existing.count - filled)
            if result < 0 {
                if errno == EINTR { continue }
                return .different
            }
            if result == 0 { break }
            filled += result
        }
        return filled == bytes.count && memcmp(existing.baseAddress!, bytes.baseAddress!, bytes.count) == 0
            ? .same : .different
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
