import Foundation
import Yams

extension LocaleProfile {
    /// Reads a profile from YAML; `path` names the file in errors (`path:line: error: ...`).
    ///
    /// Unknown keys are errors, so a typo never silently falls back to a default.
    public static func load(yaml: String, locale: String, path: String) throws(DragomanError) -> LocaleProfile {
        let mapping = try YAMLMapping.parse(yaml, path: path)
        var profile = LocaleProfile(locale: locale)
        let known = [
            "locale", "icu_locale", "direction", "date_style", "numbering_system", "words_per_minute",
            "quotation_marks", "fallback_locale", "slug", "missing_translations",
        ]
        for key in mapping.entries.map(\.key) where !known.contains(key) {
            throw mapping.error(
                key, "unknown profile key '\(key)'", hint: "known keys: \(known.joined(separator: ", "))")
        }
        if let declared = mapping.string("locale"), declared != locale {
            throw mapping.error(
                "locale", "profile is for '\(declared)' but sits in the folder of '\(locale)'",
                hint: "move the file to Locales/\(declared)/ or fix `locale`")
        }
        if let icu = mapping.string("icu_locale") {
            guard ICU.isAvailable(locale: icu) else {
                throw mapping.error(
                    "icu_locale", "ICU has no data for '\(icu)'", hint: "use an ICU locale ID such as ar, tr, en")
            }
            profile.icuLocale = icu
            profile.direction = ICU.isRightToLeft(locale: icu) ? .rtl : .ltr
        }
        profile.direction = try mapping.choice("direction", default: profile.direction)
        profile.dateStyle = try mapping.choice("date_style", default: .long)
        if let system = mapping.string("numbering_system") {
            guard !system.isEmpty, system.utf8.allSatisfy({ (0x61...0x7A).contains($0) }) else {
                throw mapping.error(
                    "numbering_system", "numbering system '\(system)' is not a CLDR name",
                    hint: "use e.g. arab (Arabic-Indic digits) or latn (0-9)")
            }
            profile.numberingSystem = system
        }
        if mapping.has("words_per_minute") {
            guard let words = mapping.string("words_per_minute").flatMap(Int.init), (20...2000).contains(words) else {
                throw mapping.error("words_per_minute", "words_per_minute must be a whole number from 20 to 2000")
            }
            profile.wordsPerMinute = words
        }
        if mapping.has("quotation_marks") {
            let marks = mapping.strings("quotation_marks")
            guard marks.count == 2, !marks[0].isEmpty, !marks[1].isEmpty else {
                throw mapping.error(
                    "quotation_marks", "quotation_marks needs two items: opening and closing mark",
                    hint: "write e.g. [\"«\", \"»\"]")
            }
            profile.quotationMarks = (marks[0], marks[1])
        }
        profile.fallbackLocale = mapping.string("fallback_locale")
        profile.slugPolicy = try mapping.choice("slug", default: locale == "ar" ? .source : .transliterated)
        profile.missingTranslations = try missingPolicy(mapping)
        return profile
    }

    private static func missingPolicy(_ mapping: YAMLMapping) throws(DragomanError) -> MissingTranslationPolicy {
        guard let node = mapping.node("missing_translations") else { return .fallback }
        let name: String?
        var threshold: Double?
        if let scalar = node.scalar {
            name = scalar.string
        } else if let inner = node.mapping {
            name = inner[Node("policy")]?.scalar?.string
            if let text = inner[Node("threshold")]?.scalar?.string {
                guard let value = Double(text), (0...1).contains(value) else {
                    throw mapping.error("missing_translations", "threshold must be a number from 0 to 1")
                }
                threshold = value
            }
        } else {
            name = nil
        }
        switch name {
        case "fallback": return .fallback
        case "fail": return .fail
        case "skip": return .skip(threshold: threshold ?? 1)
        default:
            throw mapping.error(
                "missing_translations", "unknown missing-translation policy '\(name ?? "")'",
                hint: "use fallback, skip (with threshold: 0...1) or fail")
        }
    }
}

extension Project {
    /// The profile of `locale` from `Locales/<locale>/profile.yaml`, or defaults derived from ICU when absent.
    public func localeProfile(_ locale: String) throws(DragomanError) -> LocaleProfile {
        let url = localeFolder(locale).appendingPathComponent("profile.yaml")
        guard let data = FileManager.default.contents(atPath: url.path) else { return LocaleProfile(locale: locale) }
        return try LocaleProfile.load(
            yaml: String(decoding: data, as: UTF8.self), locale: locale, path: relativePath(url))
    }
}
