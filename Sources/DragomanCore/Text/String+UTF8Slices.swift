extension String {
    /// Calls `body` with the string's UTF-8 in place. Unlike `withUTF8`, the string need not be `inout`, so
    /// `body` can take ``utf8Slice(_:)``s of it while it reads the bytes.
    func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        // A bridged string without contiguous UTF-8: its native copy has the same bytes.
        var native = self
        return native.withUTF8(body)
    }

    /// The text between UTF-8 offsets `range`, both on scalar boundaries. Appending such a slice to another
    /// string copies its bytes; a string made from bytes has them validated again.
    func utf8Slice(_ range: Range<Int>) -> Substring {
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        return self[start..<utf8.index(start, offsetBy: range.count)]
    }
}
