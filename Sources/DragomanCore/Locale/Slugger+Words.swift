extension Slugger {
    /// `text` under ``transform``, with ICU given only the words that hold non-ASCII characters when that is
    /// known to give the same text: ICU's transform costs ≈ 3,000 instructions a character, ASCII ones included.
    ///
    /// When every scalar's script is Latin, Common or Inherited, the transform is the same applied to each run
    /// between ASCII spaces, and it leaves ASCII runs as they are:
    /// - `Any-Latin` leaves such text alone: its script runs are Latin, or Common and Inherited only, and it
    ///   has no transliterator for either.
    /// - `Latin-ASCII` (ICU 72) keeps all of such text in its filter, then runs `::NFD()`; one context rule,
    ///   `[[:Latin:][0-9]] { [:Mn:]+ → ;`; `::NFC()`; and rules that each map one non-ASCII character with no
    ///   context. A space decomposes to itself and is a starter that composes with nothing, so NFD and NFC
    ///   never reach across it; it is neither a mark nor a Latin letter or digit, so the context rule matches
    ///   after it just as at the start of the text; no rule's key is ASCII, and ASCII text is already NFD and
    ///   NFC.
    /// Other text (Arabic, Cyrillic, Han) goes to ICU whole. `SluggerWordTests` compares both ways.
    func transliterated(_ text: String) throws(ICU.Failure) -> String {
        var asciiOnly = true
        for scalar in text.unicodeScalars where !scalar.isASCII {
            asciiOnly = false
            if !ICU.isLatinCommonOrInherited(scalar) { return try openTransliterator().apply(text) }
        }
        if asciiOnly { return text }
        let transliterator = try openTransliterator()
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for (position, word) in text.utf8.split(separator: 0x20, omittingEmptySubsequences: false).enumerated() {
            if position > 0 { result += " " }
            let range = word.startIndex..<word.endIndex
            if word.allSatisfy({ $0 < 0x80 }) {
                result += text[range]
            } else {
                result += try transliteratedWord(text[range], with: transliterator)
            }
        }
        return result
    }

    /// One word under the transform, remembered: ICU spends ≈ 6 µs on a short word, and the titles of one
    /// site repeat most of their words. Context does not reach across the spaces around a word (see
    /// ``transliterated(_:)``), so a word's result is the same in every title.
    private func transliteratedWord(_ word: Substring, with transliterator: Transliterator) throws(ICU.Failure)
        -> String
    {
        // A String key (most words fit in one without an allocation) keeps no title alive.
        let key = String(word)
        if let known = wordCache[key] { return known }
        let made = try transliterator.apply(key)
        // Bounded: a long-running process over many titles starts over rather than grow.
        if wordCache.count >= Self.wordCacheLimit { wordCache.removeAll(keepingCapacity: true) }
        wordCache[key] = made
        return made
    }
}
