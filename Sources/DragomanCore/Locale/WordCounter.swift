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

    /// The number of words in the text `write` appends (at most `utf8Capacity` bytes of UTF-8): pieces are
    /// counted as one text, with no string built for it.
    public func count(utf8Capacity: Int, _ write: (inout Writer) -> Void) -> Int {
        if storage.count < utf8Capacity {
            storage.deallocate()
            storage = .allocate(capacity: utf8Capacity)
        }
        var writer = Writer(bytes: storage)
        write(&writer)
        let text = UnsafeBufferPointer(rebasing: storage[..<writer.count])
        return countInOnePass(text) ?? iterator.countWords(in: String(decoding: text, as: UTF8.self))
    }

    /// The one-pass count of `bytes`; nil when the iterator must count them (a tailored locale, dictionary text).
    private func countInOnePass(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard followsRootRules else { return nil }
        let count = dgm_count_words_utf8(bytes.baseAddress, Int32(bytes.count))
        return count >= 0 ? Int(count) : nil
    }

    /// Appends text to the counter's storage (see ``count(utf8Capacity:_:)``).
    public struct Writer {
        fileprivate let bytes: UnsafeMutableBufferPointer<UInt8>
        public fileprivate(set) var count = 0

        /// Appends an ASCII character.
        public mutating func append(ascii: UInt8) {
            precondition(count < bytes.count, "more text than the capacity given")
            bytes[count] = ascii
            count += 1
        }

        /// Appends `text`.
        public mutating func append(_ text: String) {
            var text = text
            let bytes = bytes
            let start = count
            count = text.withUTF8 { utf8 -> Int in
                precondition(start + utf8.count <= bytes.count, "more text than the capacity given")
                guard let base = utf8.baseAddress else { return start }
                UnsafeMutableRawPointer(bytes.baseAddress! + start).copyMemory(from: base, byteCount: utf8.count)
                return start + utf8.count
            }
        }
    }
}
