import Foundation

extension AtomicFile {
    /// Several files replaced as one change: every new file is written and flushed beside its target first,
    /// and only once all are written are they renamed into place. A failure while writing leaves every target
    /// as it was; a failure while renaming puts back the files already replaced (each old file is kept under a
    /// hard link until the batch is done).
    ///
    /// A crash in the middle of ``commit()`` can still leave some targets new and some old, with the backups
    /// (`.<name>.<pid>-<n>.bak`) beside them; the window is a few renames long.
    public struct Batch {
        private struct Staged {
            var temporary: String
            var path: String
        }

        private var staged: [Staged] = []

        public init() {}

        /// How many files wait for ``commit()``.
        public var count: Int { staged.count }

        /// Writes `data` to a temporary file beside `url`, to be renamed over it by ``commit()``. Returns false,
        /// staging nothing, when the file already holds exactly `data`. On an error, everything staged so far is
        /// removed and no target is touched.
        @discardableResult
        public mutating func stage(_ data: Data, to url: URL) throws(DragomanError) -> Bool {
            let path = url.path
            do {
                return try data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) throws(DragomanError) -> Bool in
                    if AtomicFile.compare(bytes, withFileAt: path) == .same { return false }
                    let (name, directory) = AtomicFile.split(path)
                    let (temporary, descriptor) = try AtomicFile.createTemporary(name: name, directory: directory)
                    var message = AtomicFile.fill(descriptor, with: bytes, durable: true)
                    if close(descriptor) != 0, message == nil { message = "cannot close (errno \(errno))" }
                    if let message {
                        unlink(temporary)
                        throw DragomanError(path: path, message)
                    }
                    staged.append(Staged(temporary: temporary, path: path))
                    return true
                }
            } catch let error as DragomanError {
                discard()
                throw error
            } catch {
                discard()
                throw DragomanError(path: path, "cannot write: \(error)")
            }
        }

        /// Renames every staged file into place. If one rename fails, the files already replaced get their
        /// old bytes back (or are removed if they are new), the rest are discarded, and the error is thrown.
        public mutating func commit() throws(DragomanError) {
            var backups: [String?] = []
            var failure: (path: String, message: String)?
            for file in staged {
                var backup: String? = String(file.temporary.dropLast(4)) + ".bak"
                if link(file.path, backup!) != 0 {
                    guard errno == ENOENT else {
                        failure = (file.path, "cannot keep the old file aside (errno \(errno))")
                        break
                    }
                    backup = nil
                }
                if rename(file.temporary, file.path) != 0 {
                    failure = (file.path, "cannot rename temporary file into place (errno \(errno))")
                    if let backup { unlink(backup) }
                    break
                }
                backups.append(backup)
            }
            guard let failure else {
                for case let backup? in backups { unlink(backup) }
                staged.removeAll()
                return
            }
            for (file, backup) in zip(staged, backups).reversed() {
                if let backup { rename(backup, file.path) } else { unlink(file.path) }
            }
            for file in staged.dropFirst(backups.count) { unlink(file.temporary) }
            staged.removeAll()
            throw DragomanError(path: failure.path, failure.message, hint: "no file of this change was replaced")
        }

        /// Removes every staged file; no target is touched.
        public mutating func discard() {
            for file in staged { unlink(file.temporary) }
            staged.removeAll()
        }
    }
}
