import Foundation
import Yams

/// A locale's corrections to ICU's sentence breaks, kept as data in `Locales/<locale>/segmentation.yaml`.
///
/// ICU proposes boundaries; these rules take back the ones that fall after an abbreviation, an initial,
/// an ordinal number, or before a lowercase continuation. ``srx()`` exports them as SRX 2.0 for CAT tools.
public struct SegmentationRules: Sendable, Equatable {
    /// The locale the rules are for (`en`, `tr`, `ar`).
    public var locale: String
    /// The ICU locale of the break iterator, keywords included (`en@ss=standard`).
    public var icuLocale: String
    /// Words after whose period a sentence never ends (`Dr`, `Prof`, `Doç`, `e.g`, `أ.د`), without the final period.
    public var abbreviations: [String]
    /// Words after whose period a sentence does not end when a number follows (`No`, `Fig`, `s`).
    public var numberAbbreviations: [String]
    /// Prefixes written joined to the next word (Arabic `و` "and", `لـ` "for"): an abbreviation with one is still
    /// that abbreviation (`ود.` is `و` + `د.`).
    public var proclitics: [String]
    /// A break before a word that starts with a lowercase letter is taken back.
    public var lowercaseContinues: Bool
    /// A single letter followed by a period is an initial (`J. Smith`), not a sentence end.
    public var initials: Bool
    /// A number of at most this many digits followed by a period and a word is an ordinal (`3. gün`); 0 is off.
    public var ordinalDigits: Int
    /// A Roman numeral and a period before a capitalised word is a regnal ordinal (`III. Selim`), as in Turkish.
    public var romanOrdinals: Bool
    /// Words that open sentences and cannot follow an ordinal (`Bu`, `Ancak`): after `25.` they mean a break.
    public var sentenceStarters: [String]
    /// Whether an ellipsis (`…`, `...`) can end a sentence; Arabic prose uses it as a pause, and has no
    /// capital letters to tell the two apart.
    public var ellipsisEndsSentence: Bool
    /// A quotation opened inside a sentence (`He said: "…. …."`) is part of that sentence: no break inside it.
    public var embeddedQuotations: Bool

    private var exactForms: Set<String> = []
    private var numberForms: Set<String> = []
    private var starterForms: Set<String> = []
    /// The UTF-16 length of the longest abbreviation form: a longer word needs no lookup (nor a `String`).
    private(set) var longestAbbreviation = 0

    public init(
        locale: String, icuLocale: String? = nil, abbreviations: [String] = [], numberAbbreviations: [String] = [],
        proclitics: [String] = [], lowercaseContinues: Bool = true, initials: Bool = true, ordinalDigits: Int = 0,
        romanOrdinals: Bool = false, sentenceStarters: [String] = [], ellipsisEndsSentence: Bool = true,
        embeddedQuotations: Bool = true
    ) {
        self.locale = locale
        self.icuLocale = icuLocale ?? locale
        self.abbreviations = abbreviations
        self.numberAbbreviations = numberAbbreviations
        self.proclitics = proclitics
        self.lowercaseContinues = lowercaseContinues
        self.initials = initials
        self.ordinalDigits = ordinalDigits
        self.romanOrdinals = romanOrdinals
        self.sentenceStarters = sentenceStarters
        self.ellipsisEndsSentence = ellipsisEndsSentence
        self.embeddedQuotations = embeddedQuotations
        starterForms = Self.caseVariants(sentenceStarters, locale: locale)
        exactForms = Self.caseVariants(abbreviations, locale: locale)
        numberForms = Self.caseVariants(numberAbbreviations, locale: locale)
        longestAbbreviation =
            (exactForms.union(numberForms).map(\.utf16.count).max() ?? 0)
            + (proclitics.map(\.utf16.count).max() ?? 0)
    }

    /// Whether `word` (the letters before a period) is an abbreviation that never ends a sentence.
    func isAbbreviation(_ word: String) -> Bool { matches(word, exactForms) }

    /// Whether `word` is an abbreviation that does not end a sentence before a number.
    func isNumberAbbreviation(_ word: String) -> Bool { matches(word, numberForms) }

    /// Whether `word` is one of `forms`, as written or after a proclitic.
    private func matches(_ word: String, _ forms: Set<String>) -> Bool {
        if forms.contains(word) { return true }
        for proclitic in proclitics {
            let length = proclitic.utf16.count
            guard word.utf16.count > length, word.utf16.starts(with: proclitic.utf16) else { continue }
            if let rest = String(word.utf16.dropFirst(length)), forms.contains(rest) { return true }
        }
        return false
    }

    /// Whether `word` opens sentences and so cannot be the noun an ordinal number qualifies.
    func isSentenceStarter(_ word: String) -> Bool { starterForms.contains(word) }

    /// Lookups compare exact strings, so each abbreviation is stored once in the forms it can take: as
    /// written, in capitals, and capitalised when written in lowercase (`vs` → `Vs` at a sentence start), with
    /// the locale's case rules (Turkish `i` → `İ`). Lowercasing `Sat`-like entries would swallow real words.
    static func caseVariants(_ words: [String], locale: String) -> Set<String> {
        var result: Set<String> = []
        for word in words {
            result.insert(word)
            if let upper = try? ICU.mapCase(word, .upper, locale: locale) { result.insert(upper) }
            if let first = word.unicodeScalars.first, first.properties.isLowercase,
                let title = try? ICU.mapCase(String(first), .upper, locale: locale)
            {
                result.insert(title + String(word.unicodeScalars.dropFirst()))
            }
        }
        return result
    }

    private struct File: Decodable {
        var locale: String
        var icu_locale: String?
        var abbreviations: [String]?
        var number_abbreviations: [String]?
        var proclitics: [String]?
        var lowercase_continues: Bool?
        var initials: Bool?
        var ordinal_digits: Int?
        var roman_ordinals: Bool?
        var sentence_starters: [String]?
        var ellipsis_ends_sentence: Bool?
        var embedded_quotations: Bool?
    }

    /// Reads rules from a YAML file.
    public static func load(from url: URL, displayPath: String) throws(DragomanError) -> SegmentationRules {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw DragomanError(path: displayPath, "cannot read segmentation rules", hint: "check the file exists")
        }
        do {
            let file = try YAMLDecoder().decode(File.self, from: text)
            return SegmentationRules(
                locale: file.locale, icuLocale: file.icu_locale, abbreviations: file.abbreviations ?? [],
                numberAbbreviations: file.number_abbreviations ?? [], proclitics: file.proclitics ?? [],
                lowercaseContinues: file.lowercase_continues ?? true, initials: file.initials ?? true,
                ordinalDigits: file.ordinal_digits ?? 0, romanOrdinals: file.roman_ordinals ?? false,
                sentenceStarters: file.sentence_starters ?? [],
                ellipsisEndsSentence: file.ellipsis_ends_sentence ?? true,
                embeddedQuotations: file.embedded_quotations ?? true)
        } catch let error as YamlError {
            throw FrontMatter.diagnose(error, path: displayPath, lineOffset: 0)
        } catch {
            throw DragomanError(path: displayPath, "invalid segmentation rules: \(error)")
        }
    }

    public static func == (lhs: SegmentationRules, rhs: SegmentationRules) -> Bool {
        lhs.locale == rhs.locale && lhs.icuLocale == rhs.icuLocale && lhs.abbreviations == rhs.abbreviations
            && lhs.numberAbbreviations == rhs.numberAbbreviations && lhs.proclitics == rhs.proclitics
            && lhs.lowercaseContinues == rhs.lowercaseContinues && lhs.initials == rhs.initials
            && lhs.ordinalDigits == rhs.ordinalDigits
            && lhs.romanOrdinals == rhs.romanOrdinals && lhs.sentenceStarters == rhs.sentenceStarters
            && lhs.ellipsisEndsSentence == rhs.ellipsisEndsSentence && lhs.embeddedQuotations == rhs.embeddedQuotations
    }
}
