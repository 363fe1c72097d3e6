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
