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
        var result: [Int] = []
        result.reserveCapacity(8)
        appendBoundaries(of: units, to: &result)
        return result
    }

    /// Appends the boundaries of `units` after offset 0 to `result`.
    func appendBoundaries(of units: [UInt16], to result: inout [Int]) {
        // ICU reads the caller's buffer in place: every boundary is taken before the buffer can go away, and
        // every method points the iterator at its own text before it reads any.
        units.withUnsafeBufferPointer { buffer in
            var status: Int32 = 0
            dgm_breaker_set_text(
                handle, buffer.baseAddress ?? UnsafePointer(storage.baseAddress), Int32(buffer.count), &status)
            while true {
                let next = dgm_breaker_next(handle)
                if next < 0 { break }
                result.append(Int(next))
            }
        }
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

    /// Points the iterator at `text`, transcoded straight into the storage (a generic copy from the UTF-16
    /// view costs several times more). UTF-16 never needs more code units than UTF-8 needs bytes.
    private func setText(_ text: String) {
        var text = text
        let capacity = max(text.utf8.count, 1)
        if storage.count < capacity {
            storage.deallocate()
            storage = .allocate(capacity: capacity)
        }
        let units = storage
        let count = text.withUTF8 { UTF8Transcoding.writeUTF16($0, into: units, at: 0) }
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
