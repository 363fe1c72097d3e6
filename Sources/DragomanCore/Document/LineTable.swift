/// The start offset of every line of a UTF-8 buffer, for turning byte offsets into 1-based line and column
/// (columns count Unicode scalars, as ``SourceLocation/of(offset:in:path:)`` does) in logarithmic time.
struct LineTable {
    private var starts: [Int] = [0]

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        for index in bytes.indices where bytes[index] == 0x0A { starts.append(index + 1) }
    }

    /// Line and column of byte `offset` (clamped to the buffer).
    func location(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int) {
        let offset = min(max(offset, 0), bytes.count)
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        var column = 1
        var index = starts[low]
        while index < offset {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return (low + 1, column)
    }
}
