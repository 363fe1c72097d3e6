import Foundation

extension AtomicFile {
    /// Creates the file at `path`, which does not exist yet, as an unnamed file in `directory` (`O_TMPFILE`)
    /// given its name once written: as atomic as a temporary file renamed into place, with one directory
    /// update fewer. False, with nothing written, where the system cannot (no `O_TMPFILE`, no `/proc`, no
    /// directory yet) or the name was taken meanwhile: the caller then writes a temporary file.
    static func writeUnnamed(_ bytes: UnsafeRawBufferPointer, toPath path: String, directory: String, durable: Bool)
        throws(DragomanError) -> Bool
    {
        #if os(Linux) && (arch(x86_64) || arch(arm64))
            // O_TMPFILE is a macro Swift does not import: __O_TMPFILE | O_DIRECTORY on these architectures.
            let descriptor = open(directory, 0o2000_0000 | O_DIRECTORY | O_WRONLY | O_CLOEXEC, 0o666)
            guard descriptor >= 0 else { return false }
            defer { close(descriptor) }
            if let message = fill(descriptor, with: bytes, durable: durable) {
                throw DragomanError(path: path, message)
            }
            return linkat(AT_FDCWD, "/proc/self/fd/\(descriptor)", AT_FDCWD, path, AT_SYMLINK_FOLLOW) == 0
        #else
            return false
        #endif
    }
}
