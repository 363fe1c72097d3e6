/// A position in a file: 1-based line and column (columns count Unicode scalars), printed as `path:line:col`.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var path: String
    public var line: Int?
    public var column: Int?

    public init(path: String, line: Int? = nil, column: Int? = nil) {
        self.path = path
        self.line = line
        self.column = column
    }

    public var description: String {
        switch (line, column) {
        case (let line?, let column?): "\(path):\(line):\(column)"
        case (let line?, nil): "\(path):\(line)"
        default: path
        }
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.path, lhs.line ?? 0, lhs.column ?? 0) < (rhs.path, rhs.line ?? 0, rhs.column ?? 0)
    }

    /// The location of UTF-8 byte `offset` in `bytes`.
    public static func of<Bytes: Collection>(offset: Int, in bytes: Bytes, path: String) -> SourceLocation
    where Bytes.Element == UInt8, Bytes.Index == Int {
        let (line, column) = position(of: offset, in: bytes, from: (bytes.startIndex, 1, 1))
        return SourceLocation(path: path, line: line, column: column)
    }

    /// Line and column (in Unicode scalars) of byte `offset`, counted on from a known earlier position, so
    /// positions asked for in file order cost one pass in all.
    static func position<Bytes: Collection>(
        of offset: Int, in bytes: Bytes, from known: (offset: Int, line: Int, column: Int)
    ) -> (line: Int, column: Int) where Bytes.Element == UInt8, Bytes.Index == Int {
        var (index, line, column) = known
        let end = min(offset, bytes.endIndex)
        while index < end {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
        return (line, column)
    }
}

extension SourceLocation {
    /// ``position(of:in:from:)`` over a buffer, eight bytes at a time: a word without a line feed moves the
    /// column by its bytes that are not UTF-8 continuation bytes (`10xxxxxx`), counted with one popcount.
    /// A parser asks for the position of every tag, so this runs over every byte of the file.
    static func position(
        of offset: Int, in bytes: UnsafeBufferPointer<UInt8>, from known: (offset: Int, line: Int, column: Int)
    ) -> (line: Int, column: Int) {
        var (index, line, column) = known
        let end = min(offset, bytes.count)
        guard let base = bytes.baseAddress, index < end else { return (line, column) }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        let newlines = ones &* 0x0A
        while index < end {
            let stop = min(index + 8, end)
            if stop - index == 8 {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                let spread = word ^ newlines
                // Exact for "no byte is a line feed"; a word that may hold one is counted byte by byte.
                if (spread &- ones) & ~spread & high == 0 {
                    // Bit 7 set, bit 6 clear: a continuation byte (the shift moves each byte's bit 6 to bit 7).
                    let continuations = word & ~(word << 1) & high
                    column += 8 - continuations.nonzeroBitCount
                    index += 8
                    continue
                }
            }
            // A slice, so the generic count runs (this overload is for whole buffers).
            (line, column) = position(of: stop, in: bytes[index..<stop], from: (index, line, column))
            index = stop
        }
        return (line, column)
    }
}
