extension Segmenter {
    /// Whether the proposed `boundary` survives the locale's rules; `start` is the last accepted boundary.
    func keeps(_ boundary: Int, in units: [UInt16], from start: Int) -> Bool {
        var end = boundary
        while end > start, Self.isSpace(units[end - 1]) { end -= 1 }
        // A sentence needs a letter: `1.` or `a)` alone is a list marker that belongs to what follows.
        guard units[start..<end].contains(where: Self.isLetter) else { return false }
        if end == boundary {
            // ICU breaks `.[1]` inside the citation: `citationEnds` proposes the break after it instead.
            if units[end - 1] == 0x5B { return false }
            // ICU breaks `ق.م` after the period when a caseless letter follows: an inner period, not an end.
            if units[end - 1] == 0x2E && boundary < units.count && Self.isLetter(units[boundary]) { return false }
            // ICU breaks after the `?` of a query string (`https://example.com/a?b=c`): a web address is one word.
            return !Self.isInsideWebAddress(boundary, in: units)
        }
        var terminator = end - 1
        while terminator > start, Self.isClosing(units[terminator]) { terminator -= 1 }
        let next = nextWordStart(after: boundary, in: units)

        if rules.lowercaseContinues, let next, Self.startsLowercase(units, at: next) { return false }
        if !rules.ellipsisEndsSentence, ellipsisLength(endingAt: terminator, in: units) != nil { return false }
        guard units[terminator] == 0x2E else { return true }  // only a period is ambiguous
        let word = wordBefore(terminator, in: units)
        guard !word.isEmpty else { return true }
        // Only a word no longer than the longest abbreviation can be one: others skip the String and the lookup.
        let text = word.count <= rules.longestAbbreviation ? Self.string(word) : nil
        // (Not `text.map(rules.isAbbreviation)`: a partly applied method captures a copy of the rules.)
        var isAbbreviation = false
        if let text { isAbbreviation = rules.isAbbreviation(text) }
        if isAbbreviation || isRunTogetherAbbreviations(word) {
            // A dotted acronym (`U.S.`, `A.Ş.`) also ends sentences: before a sentence starter it does.
            guard Self.isDottedCapitals(word), let next, rules.isSentenceStarter(self.word(at: next, in: units))
            else { return false }
            return true
        }
        guard let next else { return true }
        if Self.startsNumber(units, at: next), let text, rules.isNumberAbbreviation(text) { return false }
        // `J. Smith` is an initial; `vitamin D. Then` ends a sentence: a capital's period before a sentence
        // starter of two letters or more ends it (`J. A. Smith` keeps its one-letter `A`).
        if rules.initials, isInitial(word, before: next, in: units) {
            let following = self.word(at: next, in: units)
            guard following.utf16.count >= 2, rules.isSentenceStarter(following) else { return false }
        }
        let closesDirectly = terminator == end - 1
        if closesDirectly, opensNumberedList(word, before: boundary, in: units) { return false }
        // A number after a number is the last group of a longer one (`0212 555 00 00.`), not an ordinal.
        if rules.ordinalDigits > 0, closesDirectly, word.count <= rules.ordinalDigits, word.allSatisfy(Self.isDigit),
            !Self.isDigit(units[next]), standsAlone(word, in: units), !followsNumber(word, in: units),
            !rules.isSentenceStarter(self.word(at: next, in: units))
        {
            return false
        }
        if rules.romanOrdinals, closesDirectly, word.allSatisfy(Self.isRomanDigit),
            Self.startsUppercase(units, at: next),
            !rules.isSentenceStarter(self.word(at: next, in: units))
        {
            return false
        }
        return true
    }

    /// Whether `word` is abbreviations run together without a space (`Prof.Dr`, `Yrd.Doç`): two parts or more
    /// between its inner periods, each an abbreviation. (A domain such as `clinic.ca` ends its sentence: only
    /// its last part is one.)
    private func isRunTogetherAbbreviations(_ word: ArraySlice<UInt16>) -> Bool {
        guard word.contains(0x2E) else { return false }
        let parts = word.split(separator: 0x2E, omittingEmptySubsequences: false)
        return parts.count >= 2 && parts.allSatisfy { !$0.isEmpty && rules.isAbbreviation(Self.string($0)) }
    }

    /// Whether `word` is the `1` of a numbered list run into the text after a colon (`Steps: 1. Book a visit.
    /// 2. Pay.`): the first item is the rest of that sentence. A `2.` must follow within `listItemReach` units,
    /// or `Sessions: 1. Recovery: two days.` is a count that ends its sentence.
    /// How far after `1.` the `2.` of its list is looked for: a first item is a sentence or two.
    static let listItemReach = 1_000

    private func opensNumberedList(_ word: ArraySlice<UInt16>, before boundary: Int, in units: [UInt16]) -> Bool {
        guard word.count == 1, let digit = word.first, Self.isDigit(digit, value: 1) else { return false }
        var index = word.startIndex
        while index > 0, Self.isSpace(units[index - 1]) { index -= 1 }
        guard index < word.startIndex, index > 0, units[index - 1] == 0x3A else { return false }
        var position = boundary - 1
        // Bounded, so text full of `: 1.` is not scanned to its end from each of them.
        let limit = min(units.count, boundary + Self.listItemReach)
        while position + 3 < limit {
            if Self.isSpace(units[position]), Self.isDigit(units[position + 1], value: 2),
                units[position + 2] == 0x2E, Self.isSpace(units[position + 3])
            {
                return true
            }
            position += 1
        }
        return false
    }

    /// A single capital before a capitalised word (`J. Smith`), or a single letter of a caseless script before
    /// any word (`أحمد ز. أمين`): Arabic words are never one letter long, so a lone letter is an initial.
    private func isInitial(_ word: ArraySlice<UInt16>, before next: Int, in units: [UInt16]) -> Bool {
        guard word.count == 1, let unit = word.first, let scalar = Unicode.Scalar(unit),
            scalar.properties.isAlphabetic, standsAlone(word, in: units), !followsNumber(word, in: units)
        else { return false }
        if scalar.properties.isUppercase { return Self.startsUppercase(units, at: next) }
        if scalar.properties.isLowercase { return false }
        return Self.isLetter(units[next])
    }

    /// Whether `word` starts the text or follows white space or an opening mark: `%30`, `38,5`, `12-15` and
    /// `°C` are a percentage, a decimal, a range and a unit, not an ordinal or an initial.
    private func standsAlone(_ word: ArraySlice<UInt16>, in units: [UInt16]) -> Bool {
        guard word.startIndex > 0 else { return true }
        let before = units[word.startIndex - 1]
        return Self.isSpace(before) || Self.isOpening(before)
    }

    /// Whether the word before `word` is a number: a letter after a number is a unit or an era (`38.5 C.`,
    /// `1950 م.`, `9:30 ص.`), not an initial, and a number after one is a group of a longer number, not an ordinal.
    private func followsNumber(_ word: ArraySlice<UInt16>, in units: [UInt16]) -> Bool {
        var index = word.startIndex
        while index > 0, Self.isSpace(units[index - 1]) { index -= 1 }
        return index > 0 && index < word.startIndex && Self.isDigit(units[index - 1])
    }

    /// Whether `word` is capitals with inner periods (`U.S`, `T.C`, `M.Ö`).
    static func isDottedCapitals(_ word: ArraySlice<UInt16>) -> Bool {
        word.contains(0x2E) && word.allSatisfy { $0 == 0x2E || startsUppercaseUnit($0) }
    }

    private static func startsUppercaseUnit(_ unit: UInt16) -> Bool {
        if unit < 0x80 { return (0x41...0x5A).contains(unit) }
        return Unicode.Scalar(unit)?.properties.isUppercase ?? false
    }

    /// The number of code units of the ellipsis (`…` or `...`) ending at `index`, if there is one.
    private func ellipsisLength(endingAt index: Int, in units: [UInt16]) -> Int? {
        if units[index] == 0x2026 { return 1 }
        if index >= 2, units[index] == 0x2E, units[index - 1] == 0x2E, units[index - 2] == 0x2E { return 3 }
        return nil
    }

    /// How far back from a break the start of a web address is looked for, in code units.
    static let webAddressReach = 2_048

    /// Whether `boundary`, a break with no white space before it, falls inside a web address: the run of
    /// non-space text around it starts, after opening marks, with a scheme and `://` (`https://`,
    /// `ftp://`), `mailto:` or `www.`.
    static func isInsideWebAddress(_ boundary: Int, in units: [UInt16]) -> Bool {
        guard boundary > 0, boundary < units.count, !isSpace(units[boundary]) else { return false }
        var start = boundary
        let floor = max(0, boundary - webAddressReach)
        while start > floor, !isSpace(units[start - 1]) { start -= 1 }
        while start < boundary, isOpening(units[start]) || units[start] == 0x3C { start += 1 }
        func lowercased(_ index: Int) -> UInt16 {
            let unit = units[index]
            return (0x41...0x5A).contains(unit) ? unit | 0x20 : unit
        }
        func hasPrefix(_ prefix: StaticString, at index: Int) -> Bool {
            prefix.withUTF8Buffer { bytes in
                index + bytes.count <= boundary
                    && bytes.indices.allSatisfy { lowercased(index + $0) == UInt16(bytes[$0]) }
            }
        }
        if hasPrefix("www.", at: start) || hasPrefix("mailto:", at: start) { return true }
        // A scheme: a letter, then letters, digits, `+`, `-` or `.` (RFC 3986), then `://`.
        var index = start
        guard index < boundary, isASCIILetter(units[index]) else { return false }
        while index < boundary,
            isASCIILetter(units[index]) || (0x30...0x39).contains(units[index]) || units[index] == 0x2B
                || units[index] == 0x2D || units[index] == 0x2E
        {
            index += 1
        }
        return hasPrefix("://", at: index)
    }

    private static func isASCIILetter(_ unit: UInt16) -> Bool {
        (0x41...0x5A).contains(unit) || (0x61...0x7A).contains(unit)
    }
}
