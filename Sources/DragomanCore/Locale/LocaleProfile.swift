/// How a locale's posts are written out: ICU locale, direction, formats, reading speed, slugs and what to do
/// with segments that have no translation. Loaded from `Locales/<locale>/profile.yaml`.
public struct LocaleProfile: Hashable, Sendable {
    /// Which way the script runs; written to front matter as `dir`.
    public enum Direction: String, Hashable, Sendable, CaseIterable {
        case ltr, rtl
    }

    /// How a post's URL slug is made in this locale.
    public enum SlugPolicy: String, Hashable, Sendable, CaseIterable {
        /// The source post's slug, unchanged (ASCII URLs shared by all languages).
        case source
        /// The translated title, transliterated to ASCII (`Otizm İçin Kök Hücre` → `otizm-icin-kok-hucre`).
        case transliterated
        /// The translated title in its own script, lowercased, words joined by `-`.
        case native
    }

    /// The project's locale code (the folder name under `Locales/`), written as `lang`.
    public var locale: String
    /// The ICU locale ID used for formatting and word counts (e.g. `ar`, `tr`, `en`).
    public var icuLocale: String
    public var direction: Direction
    public var dateStyle: ICU.DateStyle
    /// A CLDR numbering system (`arab`, `latn`) for display strings, or nil for the locale's default.
    public var numberingSystem: String?
    public var wordsPerMinute: Int
    /// Primary open and close quotation marks; nil takes ICU's.
    public var quotationMarks: (open: String, close: String)?
    /// The locale whose messages fill in keys this locale's catalog lacks.
    public var fallbackLocale: String?
    public var slugPolicy: SlugPolicy
    public var missingTranslations: MissingTranslationPolicy

    public init(
        locale: String, icuLocale: String? = nil, direction: Direction? = nil, dateStyle: ICU.DateStyle = .long,
        numberingSystem: String? = nil, wordsPerMinute: Int = 200, quotationMarks: (open: String, close: String)? = nil,
        fallbackLocale: String? = nil, slugPolicy: SlugPolicy = .transliterated,
        missingTranslations: MissingTranslationPolicy = .fallback
    ) {
        self.locale = locale
        self.icuLocale = icuLocale ?? locale
        self.direction = direction ?? (ICU.isRightToLeft(locale: icuLocale ?? locale) ? .rtl : .ltr)
        self.dateStyle = dateStyle
        self.numberingSystem = numberingSystem
        self.wordsPerMinute = wordsPerMinute
        self.quotationMarks = quotationMarks
        self.fallbackLocale = fallbackLocale
        self.slugPolicy = slugPolicy
        self.missingTranslations = missingTranslations
    }

    /// The ICU locale for display strings, with the numbering system as a keyword (`ar@numbers=latn`).
    public var formattingLocale: String {
        guard let numberingSystem else { return icuLocale }
        return icuLocale.contains("@")
            ? "\(icuLocale);numbers=\(numberingSystem)" : "\(icuLocale)@numbers=\(numberingSystem)"
    }

    /// The opening and closing quotation marks of the locale.
    public func quotes() throws(ICU.Failure) -> (open: String, close: String) {
        if let quotationMarks { return quotationMarks }
        let marks = try ICU.quotationMarks(locale: icuLocale)
        return (marks[0], marks[1])
    }

    public static func == (lhs: LocaleProfile, rhs: LocaleProfile) -> Bool {
        lhs.locale == rhs.locale && lhs.icuLocale == rhs.icuLocale && lhs.direction == rhs.direction
            && lhs.dateStyle == rhs.dateStyle && lhs.numberingSystem == rhs.numberingSystem
            && lhs.wordsPerMinute == rhs.wordsPerMinute && lhs.quotationMarks?.open == rhs.quotationMarks?.open
            && lhs.quotationMarks?.close == rhs.quotationMarks?.close && lhs.fallbackLocale == rhs.fallbackLocale
            && lhs.slugPolicy == rhs.slugPolicy && lhs.missingTranslations == rhs.missingTranslations
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(locale)
        hasher.combine(icuLocale)
        hasher.combine(direction)
    }
}
