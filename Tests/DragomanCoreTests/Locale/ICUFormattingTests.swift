import DragomanCore
import Testing

@Suite struct ICUFormattingTests {
    static let locales = ["en", "tr", "ar", "ar@numbers=latn"]

    /// Dates (long, medium), numbers, lists and Arabic plural categories in one golden file, so an ICU
    /// upgrade that changes any of them shows as one readable diff.
    @Test func formattingGolden() throws {
        var lines: [String] = []
        for locale in Self.locales {
            for style in [ICU.DateStyle.long, .medium] {
                lines.append(
                    "\(locale) date \(style.rawValue): \(try ICU.formatDate(year: 2025, month: 1, day: 23, style: style, locale: locale))"
                )
            }
            for value in [0, 7, 1234.5, 1_000_000] {
                lines.append("\(locale) number \(value): \(try ICU.formatNumber(value, locale: locale))")
            }
            lines.append("\(locale) list: \(try ICU.formatList(["MSC", "FDA", "ASD"], locale: locale))")
            lines.append("\(locale) quotes: \(try ICU.quotationMarks(locale: locale).joined(separator: " "))")
        }
        for value in [0.0, 1, 2, 3, 11, 100] {
            lines.append("ar plural \(Int(value)): \(try ICU.pluralCategory(value, locale: "ar"))")
        }
        lines.append("ar categories: \(try ICU.pluralCategories(locale: "ar").joined(separator: " "))")
        lines.append("tr categories: \(try ICU.pluralCategories(locale: "tr").joined(separator: " "))")
        try Golden.check(lines.joined(separator: "\n") + "\n", named: "icu-formatting.txt", folder: "assembly")
    }

    @Test(arguments: [(0.0, "zero"), (1, "one"), (2, "two"), (3, "few"), (11, "many"), (100, "other")])
    func arabicPluralCategory(value: Double, expected: String) throws {
        #expect(try ICU.pluralCategory(value, locale: "ar") == expected)
    }

    @Test func turkishCasing() throws {
        #expect(try ICU.mapCase("İSTANBUL IŞIK", .lower, locale: "tr") == "istanbul ışık")
        #expect(try ICU.mapCase("istanbul ışık", .upper, locale: "tr") == "İSTANBUL IŞIK")
        #expect(try ICU.mapCase("ISTANBUL", .lower, locale: "en") == "istanbul")
    }
}
