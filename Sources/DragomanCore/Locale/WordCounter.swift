import CICU

/// Counts the words of text (letters and numbers, not punctuation) as ICU's word break iterator does.
///
/// Text in alphabetic scripts is counted in one pass over its UTF-8 with the UAX #29 rules that join
/// letters and digits into words, reading ICU's Word_Break property (`dgm_count_words_utf8`): a site build
/// counts every post in every locale, and the iterator costs several times more. Text with characters whose
/// words only ICU's dictionaries find (Chinese, Japanese, Thai, …) goes to the locale's word iterator.
/// The one pass follows ICU's root rules, which en, tr and ar use unchanged (a test holds the two counts equal
/// for them). A locale whose word rules ICU tailors (`en_US_POSIX` splits at `.`) is caught by a probe when
/// the counter is made, and counts all its text with the iterator.
///
/// Not thread-safe: use one per worker.
public final class WordCounter {
    private let iterator: BreakIterator
    /// Whether the one pass counts as this locale's iterator does (see ``rulesProbe``).
    let followsRootRules: Bool
    /// The text being counted, as UTF-8; reused from one count to the next.
    private var storage = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 1)

    /// A counter for `locale` (an ICU locale ID), whose word iterator counts dictionary text.
    public init(locale: String) throws(ICU.Failure) {
        iterator = try BreakIterator(.word, locale: locale)
        var probe = Self.rulesProbe
        followsRootRules =
            probe.withUTF8 { Int(dgm_count_words_utf8($0.baseAddress, Int32($0.count))) }
            == iterator.countWords(in: probe)
    }

    /// Text where ICU's tailorings of word rules differ from its root rules: the middle characters that join
    /// or split letters and digits, `@`, `_`.
    static let rulesProbe = "a:b c.d e'f g’h 1,5 2.5 3:4 x@y.z _ __ i_j k-l m·n"

    deinit { storage.deallocate() }

    /// The number of words in `text`.
    public func count(in text: String) -> Int {
        var text = text
        return text.withUTF8(countInOnePass) ?? iterator.countWords(in: text)
    }

    /// The number of words in the text `write` appends: pieces are counted as one text, with no string built
    /// for it.
    public func count(_ write: (inout Writer) -> Void) -> Int {
        // The writer holds the storage while it writes (and may grow it); the counter keeps it for next time.
        var writer = Writer(bytes: storage)
        write(&writer)
        storage = writer.bytes
        let text = UnsafeBufferPointer(rebasing: storage[..<writer.count])
        return countInOnePass(text) ?? iterator.countWords(in: String(decoding: text, as: UTF8.self))
    }

    /// The one-pass count of `bytes`; nil when the iterator must count them (a tailored locale, dictionary text).
    private func countInOnePass(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard followsRootRules else { return nil }
        let count = dgm_count_words_utf8(bytes.baseAddress, Int32(bytes.count))
        return count >= 0 ? Int(count) : nil
    }

    /// Appends text to the counter's storage (see ``count(_:)``), which grows as needed.
    public struct Writer {
        fileprivate var bytes: UnsafeMutableBufferPointer<UInt8>
        public fileprivate(set) var count = 0

        /// Appends an ASCII character.
        public mutating func append(ascii: UInt8) {
            if count == bytes.count { grow(toHold: count + 1) }
            bytes[count] = ascii
            count += 1
        }

        /// Appends `text`.
        public mutating func append(_ text: String) {
            // A native string lends its UTF-8 without the copy `withUTF8` needs (it may rewrite the string).
            if text.utf8.withContiguousStorageIfAvailable({ append(utf8: $0) }) == nil {
                var text = text
                text.withUTF8 { append(utf8: $0) }
            }
        }

        /// Appends valid UTF-8.
        mutating func append(utf8: UnsafeBufferPointer<UInt8>) {
            guard let base = utf8.baseAddress else { return }
            if count + utf8.count > bytes.count { grow(toHold: count + utf8.count) }
            UnsafeMutableRawPointer(bytes.baseAddress! + count).copyMemory(from: base, byteCount: utf8.count)
            count += utf8.count
        }

        /// Moves the text to storage of at least `needed` bytes (twice the old size if that is more: a counter
        /// grows a few times, then holds the longest text it has counted).
        private mutating func grow(toHold needed: Int) {
            let larger = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(needed, 2 * bytes.count))
            _ = larger.initialize(from: bytes[..<count])
            bytes.deallocate()
            bytes = larger
        }
    }
}
