import Foundation

/// `Output/.dragoman-inputs`: the stat signature and content hash of each input file a build hashed (source
/// posts, translation store files), so the next build hashes only the files whose signature changed, as
/// git's index does.
///
/// A signature is the file's size, inode, and modification and status-change times to the nanosecond. A file
/// changed again within the same clock tick keeps its times, so an entry is trusted only when the file's
/// times are older than the build that recorded it, less a margin for coarse file-system clocks ("racy"
/// entries are hashed again, and recorded anew). Inode numbers and times belong to one checkout: the file is
/// not committed, and a build without it (or with one it cannot read) hashes every input.
final class InputSignatures: @unchecked Sendable {
    /// What `fstat` says about a file, enough to tell that it was not touched. Times are nanoseconds since
    /// 1970 (good until 2262).
    struct Signature: Equatable, Sendable {
        var size: Int64
        var inode: UInt64
        var modified: Int64
        var changed: Int64
    }

    struct Entry: Equatable, Sendable {
        var signature: Signature
        var hash: String
    }

    /// The name and format version that start the file. The version goes up whenever ``ContentHash`` changes
    /// (2: eight bytes at a time), so that hashes recorded by an older tool are never trusted.
    static let header = "dragoman-inputs 2"

    /// The project root, which keys are relative to.
    private let root: String
    private let previous: [String: Entry]
    /// Entries whose file times are at or after this may hide a change made in the tick they were taken.
    private let racyFrom: Int64?
    private let started = ContinuousClock.now
    private let lock = NSLock()
    private var current: [String: Entry] = [:]
    private var sawRacy = false

    /// Reads what the previous build recorded at `path`; `racyMargin` covers file systems whose clock is
    /// coarser than the build's (FAT keeps 2-second times).
    init(readingFrom path: String, root: String, racyMargin: Duration = .seconds(2)) {
        self.root = root.hasSuffix("/") ? root : root + "/"
        guard let (entries, elapsed, written) = Self.load(path) else {
            (previous, racyFrom) = ([:], nil)
            return
        }
        previous = entries
        // The file's own time, on the file system's clock, less the time the build ran before writing it:
        // when that build began looking at its inputs.
        racyFrom = written - elapsed - Self.nanoseconds(racyMargin)
    }

    /// The content hash of the file at `key` (relative to the project) and, when it had to be read, its
    /// bytes; nil when it cannot be opened. An unchanged, non-racy file is not read at all.
    func contents(of key: String) -> (hash: String, bytes: [UInt8]?)? {
        let descriptor = open(root + key, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        // Taken before the bytes are read: a change made while reading shows as a different signature next time.
        let signature = Self.signature(status)
        if let known = known(key, signature: signature) { return (known, nil) }
        guard let bytes = Self.readAll(descriptor, size: Int(status.st_size)) else { return nil }
        let hash = ContentHash.of(bytes)
        record(key, signature: signature, hash: hash)
        return (hash, bytes)
    }

    /// The signature of the file at `key` (relative to the project), nil when it cannot be looked at.
    func signature(of key: String) -> Signature? {
        var status = stat()
        guard stat(root + key, &status) == 0 else { return nil }
        return Self.signature(status)
    }

    /// The recorded hash of `key` when `signature` is what was recorded and the entry is not racy; the entry
    /// is then kept for the next build.
    func known(_ key: String, signature: Signature) -> String? {
        guard let entry = previous[key], entry.signature == signature else { return nil }
        guard let racyFrom, max(signature.modified, signature.changed) < racyFrom else {
            lock.withLock { sawRacy = true }
            return nil
        }
        lock.withLock { current[key] = entry }
        return entry.hash
    }

    /// Records `hash` for `key`, with the signature taken before the file was read.
    func record(_ key: String, signature: Signature, hash: String) {
        guard !key.utf8.contains(0x0A) else { return }
        lock.withLock { current[key] = Entry(signature: signature, hash: hash) }
    }

    /// Whether the file must be written: entries changed, or racy ones were hashed again and can now be
    /// recorded with a later build time.
    var changed: Bool { lock.withLock { sawRacy || current != previous } }

    /// The file's text: a header with how long the build ran before writing it, then one entry per line.
    func text() -> String {
        var output = "\(Self.header) \(Self.nanoseconds(ContinuousClock.now - started))\n"
        let entries = lock.withLock { current }
        for key in entries.keys.sorted() {
            guard let entry = entries[key] else { continue }
            let signature = entry.signature
            output += "\(signature.size) \(signature.inode) \(signature.modified) \(signature.changed) "
            output += "\(entry.hash) \(key)\n"
        }
        return output
    }

    private static func load(_ path: String) -> (entries: [String: Entry], elapsed: Int64, written: Int64)? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, let bytes = readAll(descriptor, size: Int(status.st_size)) else {
            return nil
        }
        // Bytes, not `Substring`s: thousands of lines are read before a no-change build can say so.
        var index = 0
        func field(_ last: Bool = false) -> ArraySlice<UInt8>? {
            let start = index
            while index < bytes.count, bytes[index] != 0x0A, last || bytes[index] != 0x20 { index += 1 }
            guard index < bytes.count else { return nil }
            index += 1
            return bytes[start..<index - 1]
        }
        func number(_ digits: ArraySlice<UInt8>?) -> Int64? {
            guard let digits, !digits.isEmpty else { return nil }
            var value: Int64 = 0
            for digit in digits {
                let (times10, overflow) = value.multipliedReportingOverflow(by: 10)
                guard (0x30...0x39).contains(digit), !overflow else { return nil }
                let (next, carry) = times10.addingReportingOverflow(Int64(digit - 0x30))
                guard !carry else { return nil }
                value = next
            }
            return value
        }
        guard let name = field(), let version = field(), Array(name) + [0x20] + Array(version) == Array(header.utf8),
            let elapsed = number(field(true))
        else { return nil }
        var entries: [String: Entry] = [:]
        while index < bytes.count {
            guard let size = number(field()), let inode = number(field()), let modified = number(field()),
                let changed = number(field()), let hash = field(), let key = field(true)
            else { return nil }
            entries[String(decoding: key, as: UTF8.self)] = Entry(
                signature: Signature(size: size, inode: UInt64(inode), modified: modified, changed: changed),
                hash: String(decoding: hash, as: UTF8.self))
        }
        return (entries, elapsed, signature(status).modified)
    }

    private static func signature(_ status: stat) -> Signature {
        #if canImport(Darwin)
            let (modified, changed) = (status.st_mtimespec, status.st_ctimespec)
        #else
            let (modified, changed) = (status.st_mtim, status.st_ctim)
        #endif
        return Signature(
            size: Int64(status.st_size), inode: UInt64(status.st_ino),
            modified: Int64(modified.tv_sec) * 1_000_000_000 + Int64(modified.tv_nsec),
            changed: Int64(changed.tv_sec) * 1_000_000_000 + Int64(changed.tv_nsec))
    }

    private static func nanoseconds(_ duration: Duration) -> Int64 {
        duration.components.seconds * 1_000_000_000 + duration.components.attoseconds / 1_000_000_000
    }

    /// The rest of an open file (`size` is what `fstat` said; a file that grew since is read to its end).
    private static func readAll(_ descriptor: Int32, size: Int) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: max(size, 0) + 1)
        var filled = 0
        while true {
            if filled == bytes.count { bytes.append(contentsOf: repeatElement(0, count: bytes.count)) }
            let result = bytes.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if result < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if result == 0 { break }
            filled += result
        }
        bytes.removeLast(bytes.count - filled)
        return bytes
    }
}
