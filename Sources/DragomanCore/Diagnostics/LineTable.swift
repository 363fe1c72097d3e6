import Foundation

/// The start offset of every line of a UTF-8 buffer, for turning byte offsets into 1-based line and column
/// (columns count Unicode scalars, as ``SourceLocation/of(offset:in:path:)`` does) in logarithmic time.
struct LineTable: Sendable {
    private var starts: [Int] = [0]

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        // memchr finds the newlines far faster than a byte loop.
        var position = 0
        while position < bytes.count, let found = memchr(base + position, 0x0A, bytes.count - position) {
            let index = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
            starts.append(index + 1)
            position = index + 1
        }
    }

    /// Line and column of byte `offset` (clamped to the buffer).
    /// `hint`, an earlier answer for an offset on or before this one, narrows the line search to the lines after
    /// it and saves rescanning its line from the start.
    func location(
        of offset: Int, in bytes: UnsafeBufferPointer<UInt8>, after hint: (offset: Int, line: Int, column: Int)? = nil
    ) -> (line: Int, column: Int) {
        let offset = min(max(offset, 0), bytes.count)
        var low = 0
        var high = starts.count - 1
        // Locations come in order: the line is the hint's or one soon after it, so gallop from there first.
        if let hint, hint.offset <= offset, hint.line >= 1, hint.line <= starts.count {
            low = hint.line - 1
            var step = 1
            while low + step <= high, starts[low + step] <= offset {
                low += step
                step *= 2
            }
            high = min(high, low + step - 1)
        }
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        var column = 1
        var index = starts[low]
        // Segments of one long line come in order: count on from the last location instead of the line start.
        if let hint, hint.line == low + 1, hint.offset >= index, hint.offset <= offset {
            column = hint.column
            index = hint.offset
        }
        // Eight bytes at a time: every byte but a continuation byte (`10xxxxxx`) starts a scalar.
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while offset - index >= 8 {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                index += 8
                // ASCII (most text) has no continuation byte: the bit count (no single instruction on baseline
                // x86-64) is left for the rest.
                guard word & 0x8080_8080_8080_8080 != 0 else {
                    column += 8
                    continue
                }
                let continuation = word & ~(word << 1) & 0x8080_8080_8080_8080
                column += 8 - continuation.nonzeroBitCount
            }
        }
        while index < offset {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return (low + 1, column)
    }
}
