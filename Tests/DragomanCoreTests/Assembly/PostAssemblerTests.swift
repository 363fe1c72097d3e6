import DragomanCore
import Foundation
import Testing

@Suite struct PostAssemblerTests {
    static let post = """
        ---
        title: Stem Cells for Autism
        slug: stem-cells-for-autism
        date: 2025-01-23
        author: Mucahit Yemisen
        category:
          - Stem Cell Research
        ---

        MSC therapy is **investigational**.

        It is not FDA-approved.

        """

    func document() throws -> SourceDocument {
        try englishReader().read(Array(Self.post.utf8), path: "Locales/en/posts/p.md", defaultSlug: "p")
    }

    func assembler(_ profile: LocaleProfile) throws -> PostAssembler {
        let catalog = try Project(root: Repository.root).messageCatalog(profile)
        return PostAssembler(formatter: try LocaleFormatter(profile: profile, catalog: catalog), slugger: Slugger())
    }

    /// Arabic translations of the post's segments (title, category, two sentences).
    func arabic(_ document: SourceDocument, stale: Bool = false) -> [SegmentID: AssemblyTranslation] {
        var result: [SegmentID: AssemblyTranslation] = [:]
        for segment in document.segments {
            let content: [InlineElement]
            switch segment.plainText {
            case "Stem Cells for Autism": content = [.text("الخلايا الجذعية للتوحد")]
            case "Stem Cell Research": content = [.text("أبحاث الخلايا الجذعية")]
            case "MSC therapy is investigational.":
                let bold = segment.content.compactMap(\.code).first { $0.kind == .strong }
                guard let bold else { continue }
                content = [.text("علاج MSC "), .open(bold), .text("تجريبي"), .close(bold), .text(".")]
            default: content = [.text("وهو غير معتمد من FDA.")]
            }
            result[segment.id] = AssemblyTranslation(content: content, isStale: stale, state: .reviewed)
        }
        return result
    }

    @Test func arabicPostGolden() throws {
        let document = try document()
        let profile = try Project(root: Repository.root).localeProfile("ar")
        let post = try assembler(profile).assemble(document, translations: arabic(document))
        #expect(post.counts == .init(segments: 4, translated: 4))
        try Golden.check(post.text ?? "", named: "arabic-post.md", folder: "assembly")
        #expect(post.text?.contains("dir: \"rtl\"") == true)
        #expect(post.text?.contains("علاج \u{2068}MSC\u{2069} **تجريبي**.") == true)
    }

    @Test func turkishSlugFromTranslatedTitle() throws {
        let document = try document()
        let title = try #require(document.segments.first { $0.plainText == "Stem Cells for Autism" })
        let profile = try Project(root: Repository.root).localeProfile("tr")
        let post = try assembler(profile).assemble(
            document, translations: [title.id: AssemblyTranslation(content: [.text("Otizm İçin Kök Hücre")])])
        #expect(post.slug == "otizm-icin-kok-hucre")
        #expect(post.counts == .init(segments: 4, translated: 1, fallback: 3))
        #expect(post.text?.contains("fallback_notice: \"“Otizm İçin Kök Hücre” yazısının 3 bölümü") == true)
        try Golden.check(post.text ?? "", named: "turkish-partial-post.md", folder: "assembly")
    }

    @Test func fallbackPolicyKeepsSourceAndCounts() throws {
        let profile = LocaleProfile(locale: "tr", missingTranslations: .fallback)
        let post = try assembler(profile).assemble(try document(), translations: [:])
        #expect(post.decision == .write)
        #expect(post.counts.fallback == 4)
        #expect(post.text?.contains("MSC therapy is **investigational**.") == true)
    }

    /// Source sentences kept in an Arabic post are left-to-right isolates (LRI … PDI), so their punctuation
    /// stays at their end on a right-to-left page; so is an untranslated title. Category keys are untouched.
    @Test func arabicFallbackKeepsEnglishTextLeftToRight() throws {
        let document = try document()
        let first = try #require(document.segments.first { $0.plainText == "MSC therapy is investigational." })
        var translations = arabic(document)
        translations.removeValue(forKey: first.id)
        for segment in document.segments where segment.path == "front/title" {
            translations.removeValue(forKey: segment.id)
        }
        let profile = LocaleProfile(locale: "ar", missingTranslations: .fallback)
        let post = try assembler(profile).assemble(document, translations: translations)
        let text = try #require(post.text)
        #expect(post.counts.fallback == 2)
        #expect(text.contains("\n\u{2066}MSC therapy is **investigational**.\u{2069}\n"))
        #expect(text.contains("title: \"\u{2066}Stem Cells for Autism\u{2069}\""))
        #expect(text.contains("  - \"أبحاث الخلايا الجذعية\""))
        #expect(text.contains("وهو غير معتمد من \u{2068}FDA\u{2069}."))
    }

    /// An Arabic post shown in English: its kept sentences are right-to-left isolates (RLI … PDI), and Arabic
    /// values set into English display strings (author, categories, title) are first-strong isolates, so a list
    /// of Arabic categories keeps its order.
    @Test func arabicSourceInEnglishIsIsolatedTheOtherWay() throws {
        let post = """
            ---
            title: النوم والتعافي
            author: د. سارة حسن
            category:
              - نصائح للمرضى
              - أبحاث
            ---

            يحتاج الجسم إلى النوم.

            """
        let rules = try Project(root: Repository.root).segmentationRules("ar")
        let document = try DocumentReader(segmenter: try Segmenter(rules: rules)).read(
            Array(post.utf8), path: "Locales/ar/posts/sleep.md", defaultSlug: "sleep")
        let profile = LocaleProfile(locale: "en", missingTranslations: .fallback)
        let text = try #require(try assembler(profile).assemble(document, translations: [:]).text)
        #expect(text.contains("\n\u{2067}يحتاج الجسم إلى النوم.\u{2069}\n"))
        #expect(text.contains("title: \"\u{2067}النوم والتعافي\u{2069}\""))
        #expect(text.contains("byline: \"By \u{2068}د. سارة حسن\u{2069}\""))
        #expect(text.contains("category_display: \"\u{2068}نصائح للمرضى\u{2069} and \u{2068}أبحاث\u{2069}\""))
        #expect(text.contains("  - \"نصائح للمرضى\""))
    }

    /// Between locales written the same way, kept source text gets no isolates.
    @Test func turkishFallbackHasNoIsolates() throws {
        let post = try assembler(LocaleProfile(locale: "tr", missingTranslations: .fallback)).assemble(
            try document(), translations: [:])
        let text = try #require(post.text)
        #expect(!text.unicodeScalars.contains { (0x2066...0x2069).contains($0.value) })
    }

    @Test(arguments: [(0.5, MissingTranslationPolicy.Decision.write), (0.8, .skip)])
    func skipPolicyThreshold(threshold: Double, expected: MissingTranslationPolicy.Decision) throws {
        let document = try document()
        var translations = arabic(document)
        for id in translations.keys.sorted().prefix(2) { translations[id] = nil }
        let profile = LocaleProfile(locale: "ar", slugPolicy: .source, missingTranslations: .skip(threshold: threshold))
        let post = try assembler(profile).assemble(document, translations: translations)
        #expect(post.decision == expected)
        #expect((post.text == nil) == (expected == .skip))
    }

    @Test func failPolicyListsMissingSegments() throws {
        let document = try document()
        var translations = arabic(document)
        let dropped = try #require(translations.keys.sorted().first)
        translations[dropped] = nil
        let profile = LocaleProfile(locale: "ar", slugPolicy: .source, missingTranslations: .fail)
        let post = try assembler(profile).assemble(document, translations: translations)
        #expect(post.decision == .fail)
        #expect(post.missing == [dropped])
        #expect(post.text == nil)
    }

    @Test func invalidDateNamesItsLineAndColumn() throws {
        let text = Self.post.replacingOccurrences(of: "date: 2025-01-23", with: "date: 2025-13-45")
        let document = try englishReader().read(Array(text.utf8), path: "Locales/en/posts/p.md", defaultSlug: "p")
        let profile = LocaleProfile(locale: "en", missingTranslations: .fallback)
        #expect(
            throws: DragomanError(
                SourceLocation(path: "Locales/en/posts/p.md", line: 4, column: 7),
                "date '2025-13-45' is not an ISO 8601 date", hint: "write the date as YYYY-MM-DD")
        ) { try assembler(profile).assemble(document, translations: [:]) }
    }

    @Test func staleTranslationsAreUsedAndCounted() throws {
        let document = try document()
        let profile = try Project(root: Repository.root).localeProfile("ar")
        let post = try assembler(profile).assemble(document, translations: arabic(document, stale: true))
        #expect(post.counts.stale == 4)
        #expect(post.decision == .write)
    }

    @Test func newUnitsAreMissing() throws {
        let document = try document()
        let translations = arabic(document).mapValues { AssemblyTranslation(content: $0.content, state: .new) }
        let post = try assembler(LocaleProfile(locale: "ar", slugPolicy: .source)).assemble(
            document, translations: translations)
        #expect(post.counts.translated == 0)
    }

    @Test func translationCannotInjectMarkupOrFrontMatter() throws {
        let document = try document()
        var translations: [SegmentID: AssemblyTranslation] = [:]
        for segment in document.segments {
            let evil =
                segment.path.hasPrefix("front/")
                ? "x\"\ninjected: true\n---\n# y"
                : "<script>alert(1)</script> [link](https://evil) **bold**\n\n# Heading"
            translations[segment.id] = AssemblyTranslation(content: [.text(evil)])
        }
        let post = try assembler(LocaleProfile(locale: "tr")).assemble(document, translations: translations)
        let text = try #require(post.text)
        #expect(!text.contains("<script>"))
        #expect(text.contains("\\<script\\>"))
        #expect(!text.contains("[link](https://evil)"))
        #expect(!text.contains("\n# Heading"))
        #expect(!text.contains("\ninjected: true"))
        #expect(text.components(separatedBy: "\n---\n").count == 2)
    }
}
