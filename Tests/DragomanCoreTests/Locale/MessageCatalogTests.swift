import DragomanCore
import Testing

@Suite struct MessageCatalogTests {
    let arabic = LocaleProfile(locale: "ar", numberingSystem: "arab", slugPolicy: .source)

    @Test func arabicMessageLackingCategoriesNamesFileLineAndKey() {
        let yaml = """
            byline: "بقلم {author}"
            reading_time: "{minutes, plural, one {دقيقة} other {# دقيقة}}"
            """
        #expect(
            throws: DragomanError(
                SourceLocation(path: "Locales/ar/messages.yaml", line: 2),
                "message 'reading_time' lacks plural categories zero, two, few, many that 'ar' needs",
                hint: "add a branch for each: zero {...} two {...} few {...} many {...}")
        ) {
            try MessageCatalog.load(yaml: yaml, profile: arabic, path: "Locales/ar/messages.yaml")
        }
    }

    @Test func syntaxErrorNamesKey() {
        do {
            _ = try MessageCatalog.load(
                yaml: "byline: \"By {author\"\n", profile: LocaleProfile(locale: "en"), path: "m.yaml")
            Issue.record("expected an error")
        } catch {
            #expect(error.location == SourceLocation(path: "m.yaml", line: 1))
            #expect(error.reason.hasPrefix("message 'byline' is not valid ICU MessageFormat"))
        }
    }

    @Test(arguments: [
        (0, "قراءة في أقل من دقيقة"), (1, "قراءة في دقيقة واحدة"), (2, "قراءة في دقيقتين"),
        (3, "قراءة في ٣ دقائق"), (11, "قراءة في ١١ دقيقة"), (100, "قراءة في ١٠٠ دقيقة"),
    ])
    func arabicReadingTime(minutes: Int, expected: String) throws {
        let catalog = try Project(root: Repository.root).messageCatalog(
            try Project(root: Repository.root).localeProfile("ar"))
        #expect(try catalog.format("reading_time", ["minutes": .number(Double(minutes))]) == expected)
    }

    @Test func projectTemplatesFormatInEveryLocale() throws {
        let project = Project(root: Repository.root)
        var lines: [String] = []
        for locale in ["en", "tr", "ar"] {
            let catalog = try project.messageCatalog(try project.localeProfile(locale))
            lines.append("\(locale) byline: \(try catalog.format("byline", ["author": .string("Mucahit Yemisen")]))")
            for minutes in [1, 2, 5] {
                lines.append(
                    "\(locale) reading_time \(minutes): \(try catalog.format("reading_time", ["minutes": .number(Double(minutes))]))"
                )
            }
            for count in [1, 2] {
                lines.append(
                    "\(locale) category_label \(count): \(try catalog.format("category_label", ["count": .number(Double(count))]))"
                )
            }
            lines.append("\(locale) disclaimer_heading: \(try catalog.format("disclaimer_heading", [:]))")
            lines.append(
                "\(locale) fallback_notice: \(try catalog.format("fallback_notice", ["count": .number(3), "title": .string("“X”")]))"
            )
        }
        try Golden.check(lines.joined(separator: "\n") + "\n", named: "messages.txt", folder: "assembly")
    }
}
