import Synchronization

/// Makes URL slugs from titles: locale-aware lowercasing, then ICU transliteration to ASCII (or the native
/// script kept), every other run of characters turned into a single `-`.
///
/// Lowercasing comes first and follows the locale: Turkish `İ` becomes `i` and `I` becomes `ı` (then `i`
/// in ASCII); transliterating first would turn `İ` into `I`, which Turkish lowercases to `ı`.
public final class Slugger: @unchecked Sendable {
    /// Made at the first transliterated slug, as a copy of ``prototype``.
    private var transliterator: Transliterator?
    /// Words already transliterated by this slugger (see `transliteratedWord`).
    var wordCache: [String: String] = [:]
    static let wordCacheLimit = 10_000
    static let transform = "Any-Latin; Latin-ASCII"
    /// Made once per process (``prepare()`` or the first slug that needs it): ICU's first transliterator costs
    /// ≈ 20 ms, more than the rest of a one-post build, and a copy costs next to nothing.
    private static let prototype = Mutex<Transliterator?>(nil)

    public init() {}

    /// Compiles the transform now (on the calling thread), so that the first slug does not wait for it.
    /// Errors are left for that slug to report.
    public static func prepare() {
        prototype.withLock { prototype in
            if prototype == nil { prototype = try? Transliterator(transform) }
        }
    }

    /// A transliterator of its own for this slugger (transliterators are not thread-safe).
    private static func copyOfPrototype() throws(ICU.Failure) -> Transliterator {
        try prototype.withLock { (prototype: inout Transliterator?) throws(ICU.Failure) -> Transliterator in
            if let compiled = prototype { return try Transliterator(cloning: compiled) }
            let compiled = try Transliterator(transform)
            prototype = compiled
            return try Transliterator(cloning: compiled)
        }
    }

    /// This slugger's transliterator, copied from ``prototype`` at its first use.
    func openTransliterator() throws(ICU.Failure) -> Transliterator {
        if let opened = transliterator { return opened }
        let copy = try Self.copyOfPrototype()
        transliterator = copy
        return copy
    }

    /// The slug of `title` in `locale` under `policy`; `sourceSlug` is returned for `.source` and whenever the
    /// title yields no letters or digits.
    public func slug(_ title: String, locale: String, policy: LocaleProfile.SlugPolicy, sourceSlug: String)
        throws(ICU.Failure) -> String
    {
        let made: String
        switch policy {
        case .source: return sourceSlug
        case .transliterated:
            made = Self.hyphenate(try transliterated(try ICU.mapCase(title, .lower, locale: locale)), asciiOnly: true)
        case .native: made = Self.hyphenate(try ICU.mapCase(title, .lower, locale: locale))
        }
        return made.isEmpty ? sourceSlug : made
    }

    /// Keeps letters, marks and digits; any other run becomes one `-`, none at either end. With `asciiOnly`,
    /// letters transliteration left outside ASCII (`ʿ` for Arabic ayn) are dropped without splitting the word.
    static func hyphenate(_ text: String, asciiOnly: Bool = false) -> String {
        var result = ""
        var pendingHyphen = false
        for scalar in text.unicodeScalars {
            // Apostrophes join a word ("child's" → "childs") rather than split it.
            if scalar == "'" || scalar == "\u{2019}" { continue }
            let keep: Bool
            if scalar.isASCII {
                // The only ASCII letters and digits; looking up Unicode properties costs more than the rest.
                let value = scalar.value
                keep = (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
            } else {
                let properties = scalar.properties
                keep =
                    properties.isAlphabetic || properties.numericType == .decimal
                    || properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark
            }
            if asciiOnly && keep && !scalar.isASCII { continue }
            if keep {
                if pendingHyphen && !result.isEmpty { result += "-" }
                pendingHyphen = false
                result.unicodeScalars.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        return result
    }
}
