import DragomanCore
import Testing

@Suite struct LocaleProfileTests {
    @Test func readsEveryKey() throws {
        let yaml = """
            locale: ar
            icu_locale: ar
            direction: rtl
            date_style: medium
            numbering_system: latn
            words_per_minute: 180
            quotation_marks: ["«", "»"]
            fallback_locale: en
            slug: native
            missing_translations: {policy: skip, threshold: 0.8}
            """
        let profile = try LocaleProfile.load(yaml: yaml, locale: "ar", path: "p.yaml")
        #expect(profile.direction == .rtl)
        #expect(profile.dateStyle == .medium)
        #expect(profile.formattingLocale == "ar@numbers=latn")
        #expect(profile.wordsPerMinute == 180)
        #expect(profile.quotationMarks?.open == "«")
        #expect(profile.slugPolicy == .native)
        #expect(profile.missingTranslations == .skip(threshold: 0.8))
        #expect(profile.fallbackLocale == "en")
    }

    @Test func defaultsFollowICU() throws {
        #expect(try LocaleProfile.load(yaml: "", locale: "ar", path: "p.yaml").direction == .rtl)
        #expect(try LocaleProfile.load(yaml: "", locale: "ar", path: "p.yaml").slugPolicy == .source)
        #expect(try LocaleProfile.load(yaml: "", locale: "tr", path: "p.yaml").slugPolicy == .transliterated)
    }

    @Test(arguments: [
        ("dierction: rtl", 1, "unknown profile key 'dierction'"),
        ("locale: tr\nslug: pretty", 2, "'pretty' is not a valid slug"),
        ("missing_translations: maybe", 1, "unknown missing-translation policy 'maybe'"),
        ("words_per_minute: fast", 1, "words_per_minute must be a whole number from 20 to 2000"),
    ])
    func errorsNameFileAndLine(yaml: String, line: Int, reason: String) {
        do {
            _ = try LocaleProfile.load(yaml: yaml, locale: "tr", path: "Locales/tr/profile.yaml")
            Issue.record("expected an error")
        } catch {
            #expect(error.location == SourceLocation(path: "Locales/tr/profile.yaml", line: line))
            #expect(error.reason == reason)
        }
    }
}
