/// The bytes an XML tree was parsed from, for working out where its elements start.
///
/// ``XMLTreeParser`` records for each element only where its start tag ends; line and column are worked out
/// here when a reader asks (for a unit's location, a defect, an error), so a file nobody asks about costs no
/// counting. Immutable once made, so nodes on any thread can share it.
final class XMLSource: Sendable {
    private let bytes: [UInt8]
    private let lines: LineTable

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        lines = bytes.withUnsafeBufferPointer { LineTable($0) }
    }

    /// Line and column (1-based, in Unicode scalars) of the `<` of the tag whose end libxml2 reported at
    /// byte `tagEnd`.
    func position(ofTagEndingAt tagEnd: Int) -> (line: Int, column: Int) {
        guard !bytes.isEmpty else { return (1, 1) }
        return bytes.withUnsafeBufferPointer { buffer in
            // No `<` can appear inside a tag (XML forbids it in attribute values): the first one back is its start.
            var start = min(max(tagEnd, 0), buffer.count - 1)
            while start > 0, buffer[start] != UInt8(ascii: "<") { start -= 1 }
            return lines.location(of: start, in: buffer)
        }
    }
}
