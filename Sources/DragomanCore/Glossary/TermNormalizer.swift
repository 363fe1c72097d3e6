/// Folds text to the form terms are compared in, with the rules of one locale.
///
/// Every locale: NFC, the locale's case folding (Turkish keeps `I`/`ı` and `İ`/`i` apart), dashes unified to
/// `-`, apostrophes to `'`, invisible joiners and soft hyphens removed, a dot above on i or j dropped.
/// Turkish also drops the circumflex (`hâlâ` = `hala`), which writers use inconsistently.
/// Arabic also drops tashkeel and tatweel and unifies hamzated alefs (أ إ آ ٱ → ا), hamza seats (ؤ ئ → ء),
/// alef maqsura (ى → ي) and the Persian ya and kaf. Ta marbuta is *not* folded to ha: ه is also the pronoun
/// suffix "his", so the Arabic matcher handles ة ↔ ت before suffixes instead.
///
/// Not thread-safe: it memoizes folded words, which makes it fast on real text (words repeat).
public final class TermNormalizer {
    /// The locale whose rules apply.
    public let locale: String
    private let language: String
    private var cache: [String: (folded: String, scalars: [Unicode.Scalar])] = [:]

    public init(locale: String) {
        self.locale = locale
        language = LocaleCode.language(of: locale)
    }

    /// `text` folded for comparison.
    public func fold(_ text: String) -> String { foldWithScalars(text).folded }

    /// `text` folded, with its scalars (memoized together, so words that repeat cost one lookup).
    func foldWithScalars(_ text: String) -> (folded: String, scalars: [Unicode.Scalar]) {
        if let cached = cache[text] { return cached }
        let normalized = (try? ICU.normalize(text, .nfc)) ?? text
        let cased = (try? ICU.mapCase(normalized, .fold, locale: locale)) ?? normalized
        var result = String.UnicodeScalarView()
        for scalar in cased.unicodeScalars {
            // Outside Turkish, İ folds to i + U+0307; the dot is redundant on i and j (İstanbul = Istanbul).
            if scalar == "\u{0307}", let previous = result.last, previous.properties.isSoftDotted { continue }
            if let mapped = map(scalar) { result.append(mapped) }
        }
        let folded = (String(result), Array(result))
        if cache.count > 200_000 { cache.removeAll(keepingCapacity: true) }
        cache[text] = folded
        return folded
    }

    private func map(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D: return "-"
        case 0x2018, 0x2019, 0x02BC, 0x02BB, 0x0060, 0x00B4, 0xFF07: return "'"
        case 0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF: return nil
        default: break
        }
        switch language {
        case "tr", "az":
            switch scalar {
            case "â": return "a"
            case "î": return "i"
            case "û": return "u"
            default: return scalar
            }
        case "ar":
            return ArabicLetters.fold(scalar)
        default:
            return scalar
        }
    }
}

/// The Arabic letter classes the normalizer and the clitic matcher share.
enum ArabicLetters {
    /// Folds one scalar: nil drops it (tashkeel, tatweel).
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x064B...0x065F, 0x0670, 0x06D6...0x06ED, 0x0640: return nil
        case 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673: return "\u{0627}"
        // Hamza on waw or ya: its seat follows the vowels around it, so it moves when a suffix follows
        // (أطباء → أطباؤنا, أطبائنا; جزيء → جزيئات) and spellings differ (مسؤولية, مسئولية).
        case 0x0624, 0x0626: return "\u{0621}"
        case 0x0649, 0x06CC: return "\u{064A}"
        case 0x06A9: return "\u{0643}"
        default: return scalar
        }
    }

    /// Whether `scalar` is an Arabic letter (so a proclitic written against a Latin acronym, `لـMSC`, is allowed).
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        (0x0620...0x064A).contains(scalar.value) || (0x066E...0x06D3).contains(scalar.value) || scalar.value == 0x0640
    }
}
