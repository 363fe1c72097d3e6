import CICU

/// Swift face of the CICU shim: ICU's text services on Swift strings.
///
/// Every call takes its locale explicitly; nothing here reads the process locale.
public enum ICU {
    /// An ICU call failed; `name` is ICU's status name (e.g. `U_ILLEGAL_ARGUMENT_ERROR`).
    public struct Failure: Error, Equatable, CustomStringConvertible {
        public var operation: String
        public var name: String
        public var offset: Int?
        public var description: String {
            offset.map { "\(operation) failed: \(name) at offset \($0)" } ?? "\(operation) failed: \(name)"
        }
    }

    static func failure(_ operation: String, _ status: Int32, offset: Int32 = -1) -> Failure {
        Failure(
            operation: operation, name: String(cString: dgm_error_name(status)), offset: offset >= 0 ? Int(offset) : nil
        )
    }

    /// Calls an ICU function that fills a UTF-16 buffer, growing the buffer once if ICU asks for more.
    static func utf16Result(
        _ operation: String,
        _ fill: (UnsafeMutablePointer<UInt16>, Int32, UnsafeMutablePointer<Int32>) -> Int32
    ) throws(Failure) -> String {
        var capacity: Int32 = 256
        for _ in 0..<2 {
            var status: Int32 = 0
            var buffer = [UInt16](repeating: 0, count: Int(capacity))
            let length = buffer.withUnsafeMutableBufferPointer { fill($0.baseAddress!, capacity, &status) }
            if status == Int32(DGM_BUFFER_OVERFLOW) {
                capacity = length + 1
                continue
            }
            if status > 0 { throw failure(operation, status) }
            return buffer.withUnsafeBufferPointer {
                UTF8Transcoding.string(fromUTF16: UnsafeBufferPointer(rebasing: $0[0..<Int(length)]))
            }
        }
        throw failure(operation, Int32(DGM_BUFFER_OVERFLOW))
    }

    static func asciiResult(
        _ operation: String,
        _ fill: (UnsafeMutablePointer<CChar>, Int32, UnsafeMutablePointer<Int32>) -> Int32
    ) throws(Failure) -> String {
        var status: Int32 = 0
        var buffer = [CChar](repeating: 0, count: 128)
        let length = buffer.withUnsafeMutableBufferPointer { fill($0.baseAddress!, 128, &status) }
        if status > 0 { throw failure(operation, status) }
        return String(decoding: buffer[0..<Int(length)].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Runs `body` with the string's UTF-16 code units in a contiguous buffer.
    static func withUTF16<R>(_ text: String, _ body: (UnsafePointer<UInt16>, Int32) throws -> R) rethrows -> R {
        var units = UTF8Transcoding.utf16(of: text)
        if units.isEmpty { units.append(0) }
        let count = Int32(text.utf16.count)
        return try units.withUnsafeBufferPointer { try body($0.baseAddress!, count) }
    }
}
