import CICU

/// An ICU break iterator (sentence, word or character boundaries) over UTF-16 text.
///
/// Open one per locale and reuse it: opening is costly, pointing it at new text is cheap. Not thread-safe.
public final class BreakIterator: @unchecked Sendable {
    /// What the iterator finds boundaries between.
    public enum Kind: Sendable {
        case sentence, word, character
    }

    private let handle: OpaquePointer
    /// ICU reads the text in place, so the iterator owns a copy that lives until the next `setText`.
    private var storage = UnsafeMutableBufferPointer<UInt16>.allocate(capacity: 1)

    /// Opens an iterator with `locale`'s rules (an ICU locale ID, keywords such as `@ss=standard` allowed).
    public init(_ kind: Kind, locale: String) throws(ICU.Failure) {
        var status: Int32 = 0
        let type: DGMBreakKind =
            switch kind {
            case .sentence: DGM_BREAK_SENTENCE
            case .word: DGM_BREAK_WORD
            case .character: DGM_BREAK_CHARACTER
            }
        guard let opened = dgm_breaker_open(type, locale, &status), status <= 0 else {
            throw ICU.failure("break iterator for \(locale)", status)
        }
        handle = opened
    }

    deinit {
        dgm_breaker_close(handle)
        storage.deallocate()
    }

    /// The boundaries of `units` after offset 0, ending with `units.count`.
    public func boundaries(in units: [UInt16]) -> [Int] {
        setText(units)
        var result: [Int] = []
        result.reserveCapacity(8)
        while true {
            let next = dgm_breaker_next(handle)
            if next < 0 { break }
            result.append(Int(next))
        }
        return result
    }

    /// Boundaries of `units` together with each boundary's rule status.
    public func boundariesWithStatus(in units: [UInt16]) -> [(offset: Int, status: Int32)] {
        setText(units)
        var result: [(offset: Int, status: Int32)] = []
        while true {
            let next = dgm_breaker_next(handle)
            if next < 0 { break }
            result.append((Int(next), dgm_breaker_rule_status(handle)))
        }
        return result
    }

    /// Counts word-like segments of `text` (meaningful for word iterators).
    public func countWords(in text: String) -> Int {
        setText(text)
        return Int(dgm_breaker_count_words(handle))
    }

    /// Counts word-like segments of text that `write` puts straight into the iterator's UTF-16 storage, at
    /// most `utf8Capacity` bytes of UTF-8 in all: no string is built and transcoded afterwards.
    public func countWords(utf8Capacity: Int, _ write: (inout UTF16Writer) -> Void) -> Int {
        let capacity = max(utf8Capacity, 1)
        if storage.count < capacity {
            storage.deallocate()
            storage = .allocate(capacity: capacity)
        }
        var writer = UTF16Writer(units: storage)
        write(&writer)
        var status: Int32 = 0
        dgm_breaker_set_text(handle, storage.baseAddress, Int32(writer.count), &status)
        return Int(dgm_breaker_count_words(handle))
    }

    /// Appends strings to a break iterator's UTF-16 storage (see ``countWords(utf8Capacity:_:)``).
    public struct UTF16Writer {
        fileprivate let units: UnsafeMutableBufferPointer<UInt16>
        public fileprivate(set) var count = 0

        fileprivate init(units: UnsafeMutableBufferPointer<UInt16>) { self.units = units }

        /// Appends an ASCII character.
        public mutating func append(ascii: UInt8) {
            precondition(count < units.count, "more text than the capacity given")
            units[count] = UInt16(ascii)
            count += 1
        }

        /// Appends `text` (UTF-16 never needs more code units than UTF-8 needs bytes).
        public mutating func append(_ text: String) {
            var text = text
            let units = units
            let start = count
            count = text.withUTF8 { bytes -> Int in
                precondition(start + bytes.count <= units.count, "more text than the capacity given")
                return BreakIterator.transcode(bytes, into: units, at: start)
            }
        }
    }

    /// Valid UTF-8 (a String's) as UTF-16 into `units` from `start`; returns the end offset.
    fileprivate static func transcode(
        _ bytes: UnsafeBufferPointer<UInt8>, into units: UnsafeMutableBufferPointer<UInt16>, at start: Int
    ) -> Int {
        var count = start
        var index = 0
        while index < bytes.count {
            let lead = UInt32(bytes[index])
            var value: UInt32
            if lead < 0x80 {
                units[count] = UInt16(lead)
                count += 1
                index += 1
                continue
            } else if lead < 0xE0 {
                value = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                index += 2
            } else if lead < 0xF0 {
                value = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                index += 3
            } else {
                value =
                    (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
                    | UInt32(bytes[index + 3] & 0x3F)
                index += 4
            }
            if value < 0x10000 {
                units[count] = UInt16(value)
                count += 1
            } else {
                value -= 0x10000
                units[count] = UInt16(0xD800 + (value >> 10))
                units[count + 1] = UInt16(0xDC00 + (value & 0x3FF))
                count += 2
            }
        }
        return count
    }

    /// Points the iterator at `text`, transcoded straight into the storage (a generic copy from the UTF-16
    /// view costs several times more). UTF-16 never needs more code units than UTF-8 needs bytes.
    private func setText(_ text: String) {
        var text = text
        let capacity = max(text.utf8.count, 1)
        if storage.count < capacity {
            storage.deallocate()
            storage = .allocate(capacity: capacity)
        }
        // A String's UTF-8 is valid, so it is decoded without checks.
        let units = storage
        let count = text.withUTF8 { bytes -> Int in
            var count = 0
            var index = 0
            while index < bytes.count {
                let lead = UInt32(bytes[index])
                var value: UInt32
                if lead < 0x80 {
                    units[count] = UInt16(lead)
                    count += 1
                    index += 1
                    continue
                } else if lead < 0xE0 {
                    value = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                    index += 2
                } else if lead < 0xF0 {
                    value = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                    index += 3
                } else {
                    value =
                        (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                        | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
                    index += 4
                }
                if value < 0x10000 {
                    units[count] = UInt16(value)
                    count += 1
                } else {
                    value -= 0x10000
                    units[count] = UInt16(0xD800 + (value >> 10))
                    units[count + 1] = UInt16(0xDC00 + (value & 0x3FF))
                    count += 2
                }
            }
            return count
        }
        var status: Int32 = 0
        dgm_breaker_set_text(handle, storage.baseAddress, Int32(count), &status)
    }

    private func setText<C: Collection>(_ units: C) where C.Element == UInt16 {
        let count = units.count
        if storage.count < max(count, 1) {
            storage.deallocate()
            storage = .allocate(capacity: max(count, 1))
        }
        _ = storage.initialize(from: units)
        var status: Int32 = 0
        dgm_breaker_set_text(handle, storage.baseAddress, Int32(count), &status)
    }
}
