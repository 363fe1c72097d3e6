import Synchronization

/// Counts words as ICU's word break rules do (segments of letters or digits), without ICU, for text made
/// only of scalars whose word-break class it knows: ASCII, Latin-1 and Latin Extended-A letters, Arabic
/// letters and digits, white space, common punctuation and the bidi marks and isolates. Fed piece by piece;
/// any other scalar makes the count unknown, and the caller asks ICU instead.
///
/// The rules it follows (UAX #29 as ICU applies them): letters and digits next to each other form one word;
/// `.` and `'` join two letters or two digits, `,` `;` and `،` two digits; format characters (bidi marks) are
/// ignored; anything else separates. Whether a locale's ICU rules agree is checked once per locale
/// (``agreesWithICU(locale:)``): a tailoring that differs turns the shortcut off.
struct CommonScriptWordCounter {
    /// A scalar's word-break class, as far as counting needs it.
    enum Kind {
        case letter, digit
        /// Joins two letters or two digits (`MidNumLet`, `Single_Quote`).
        case joinsLettersOrDigits
        /// Joins two digits (`MidNum`).
        case joinsDigits
        case separator
        /// Ignored (`Format`).
        case format
    }

    private(set) var count = 0
    /// False once a scalar outside the known set was fed: `count` then means nothing.
    private(set) var isKnown = true
    private var previous = Kind.separator
    /// The letter or digit before a joiner in `previous`.
    private var beforeJoiner = Kind.separator

    /// Feeds the UTF-8 of `text`.
    mutating func feed(_ text: String) {
        text.withUTF8Bytes { feed($0) }
    }

    /// Feeds valid UTF-8.
    mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard isKnown else { return }
        // The state in locals, so it stays in registers over the loop.
        var count = self.count
        var previous = self.previous
        var beforeJoiner = self.beforeJoiner
        defer {
            self.count = count
            self.previous = previous
            self.beforeJoiner = beforeJoiner
        }
        var index = 0
        while index < bytes.count {
            guard let kind = Self.kind(in: bytes, at: &index) else {
                isKnown = false
                return
            }
            switch kind {
            case .format: continue
            case .letter, .digit:
                switch previous {
                case .letter, .digit: break
                case .joinsLettersOrDigits where beforeJoiner == kind: break
                case .joinsDigits where beforeJoiner == .digit && kind == .digit: break
                default: count += 1
                }
                previous = Self.skipWord(in: bytes, at: &index) ?? kind
            case .joinsLettersOrDigits, .joinsDigits:
                if previous == .letter || previous == .digit {
                    beforeJoiner = previous
                    previous = kind
                } else {
                    previous = .separator
                }
            case .separator: previous = .separator
            }
        }
    }

    /// Moves `index` past the letters and digits that follow in the same word (ASCII and Arabic ones, the
    /// bulk of a text), with nothing to decide: the kind of the last one, nil when there was none.
    @inline(__always) private static func skipWord(in bytes: UnsafeBufferPointer<UInt8>, at index: inout Int)
        -> Kind?
    {
        var last: Kind?
        while index < bytes.count {
            let byte = bytes[index]
            if byte &- 0x61 < 26 || byte &- 0x41 < 26 {
                last = .letter
                index += 1
            } else if byte &- 0x30 < 10 {
                last = .digit
                index += 1
            } else if byte == 0xD8 || byte == 0xD9, index + 1 < bytes.count,
                let kind = kind(of: UInt32(byte & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)),
                kind == .letter || kind == .digit
            {
                last = kind
                index += 2
            } else {
                break
            }
        }
        return last
    }

    /// The kind of the scalar at `index`, which moves past it; nil for a scalar the counter does not know.
    @inline(__always) private static func kind(in bytes: UnsafeBufferPointer<UInt8>, at index: inout Int) -> Kind? {
        let lead = bytes[index]
        if lead < 0x80 {
            index += 1
            return asciiKind(lead)
        }
        if lead < 0xE0, index + 1 < bytes.count {
            index += 2
            return kind(of: UInt32(lead & 0x1F) << 6 | UInt32(bytes[index - 1] & 0x3F))
        }
        if lead >= 0xE0, lead < 0xF0, index + 2 < bytes.count {
            index += 3
            return kind(
                of: UInt32(lead & 0x0F) << 12 | UInt32(bytes[index - 2] & 0x3F) << 6 | UInt32(bytes[index - 1] & 0x3F))
        }
        return nil
    }

    private static func asciiKind(_ byte: UInt8) -> Kind? {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): .letter
        case UInt8(ascii: "0")...UInt8(ascii: "9"): .digit
        case UInt8(ascii: "."), UInt8(ascii: "'"): .joinsLettersOrDigits
        case UInt8(ascii: ","), UInt8(ascii: ";"): .joinsDigits
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "!"), UInt8(ascii: "?"),
            UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: "\""),
            UInt8(ascii: ":"), UInt8(ascii: "%"):
            .separator
        default: nil
        }
    }

    private static func kind(of scalar: UInt32) -> Kind? {
        switch scalar {
        case 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x17F: .letter
        case 0x621...0x63A, 0x641...0x64A: .letter
        case 0x660...0x669: .digit
        case 0x2019: .joinsLettersOrDigits
        case 0x60C: .joinsDigits
        case 0xA0, 0x61F: .separator
        case 0x200E, 0x200F, 0x2068, 0x2069: .format
        default: nil
        }
    }

    /// One character of each kind the counter knows, for ``agreesWithICU(locale:)`` and the tests.
    static let samples: [Kind: [String]] = [
        .letter: ["a", "Z", "é", "ç", "ı", "İ", "ş", "ß", "ب", "ء", "ي"],
        .digit: ["7", "٣"],
        .joinsLettersOrDigits: [".", "'", "\u{2019}"],
        .joinsDigits: [",", ";", "،"],
        .separator: [" ", "\t", "\n", "!", "?", "(", ")", "-", "/", "\"", ":", "%", "\u{A0}", "؟"],
        .format: ["\u{200E}", "\u{200F}", "\u{2068}", "\u{2069}"],
    ]

    /// Short texts that try every kind between letters and digits, alone and next to joiners and formats.
    static var probes: [String] {
        let ends = ["a", "ب", "7", "٣"]
        let middles = samples.values.flatMap { $0 }
        let joiners = (samples[.joinsLettersOrDigits] ?? []) + (samples[.joinsDigits] ?? [])
        let formats = samples[.format] ?? []
        var probes: [String] = []
        for first in ends {
            for last in ends {
                probes.append(first + last)
                probes += middles.map { first + $0 + last }
                for joiner in joiners {
                    probes += formats.flatMap { [first + joiner + $0 + last, first + $0 + joiner + last] }
                    probes += joiners.map { first + joiner + $0 + last }
                }
            }
        }
        return probes + middles.map { $0 + "a" } + middles.map { "7" + $0 }
    }

    private static let verdicts = Mutex<[String: Bool]>([:])

    /// Whether this counter and ICU's word iterator for `locale` count every probe alike; worked out once
    /// per locale and process.
    static func agreesWithICU(locale: String) -> Bool {
        if let known = verdicts.withLock({ $0[locale] }) { return known }
        var agrees = false
        if let words = try? BreakIterator(.word, locale: locale) {
            agrees = probes.allSatisfy { probe in
                var counter = CommonScriptWordCounter()
                counter.feed(probe)
                return counter.isKnown && counter.count == words.countWords(in: probe)
            }
        }
        verdicts.withLock { $0[locale] = agrees }
        return agrees
    }
}
