import DragomanCore
import Foundation

/// A deterministic synthetic blog: posts built from a fixed vocabulary by a seeded generator, with
/// "translations" that keep each segment's codes and replace its words (Turkish-like and Arabic words).
struct GeneratedSite {
    var root: URL
    var bytes: Int
    var segments: Int
    var translations: InMemoryTranslationSource

    static let english = """
        stem cell therapy research clinical trial patient safety immune response inflammation evidence \
        treatment protocol laboratory quality standard autism spectrum disorder family doctor hospital \
        regenerative medicine biology neuroscience study result outcome follow-up evaluation screening \
        umbilical cord tissue bone marrow adipose dental pulp signaling repair communication behavior
        """.split(separator: " ").map(String.init)
    static let turkish = """
        kök hücre tedavisi araştırma klinik çalışma hasta güvenlik bağışıklık yanıt iltihap kanıt tedavi \
        protokol laboratuvar kalite standart otizm spektrum bozukluğu aile doktor hastane rejeneratif tıp \
        biyoloji nörobilim sonuç izlem değerlendirme tarama göbek kordonu doku kemik iliği yağ diş pulpası \
        sinyal onarım iletişim davranış İstanbul ışık çocuk
        """.split(separator: " ").map(String.init)
    static let arabic = """
        الخلايا الجذعية العلاج البحث التجربة السريرية المريض السلامة المناعة الاستجابة الالتهاب الدليل \
        البروتوكول المختبر الجودة المعيار التوحد الطيف الاضطراب الأسرة الطبيب المستشفى الطب التجديدي \
        الأحياء الأعصاب الدراسة النتيجة المتابعة التقييم الفحص الحبل السري النسيج نخاع العظم الدهون
        """.split(separator: " ").map(String.init)

    /// A 64-bit linear congruential generator: the same site on every machine.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    /// With `store`, the translations are also written as XLIFF 2.1 store files
    /// (`Locales/<locale>/translations/<slug>.xlf`), as `dragoman build` reads them.
    static func make(posts count: Int, at root: URL, copying locales: URL, store: Bool = false) throws
        -> GeneratedSite
    {
        let manager = FileManager.default
        try manager.createDirectory(at: root, withIntermediateDirectories: true)
        for locale in ["en", "tr", "ar"] {
            let folder = root.appendingPathComponent("Locales/\(locale)")
            try manager.createDirectory(at: folder, withIntermediateDirectories: true)
            for name in ["profile.yaml", "messages.yaml", "segmentation.yaml"] {
                let source = locales.appendingPathComponent("\(locale)/\(name)")
                if manager.fileExists(atPath: source.path) {
                    try manager.copyItem(at: source, to: folder.appendingPathComponent(name))
                }
            }
        }
        try manager.copyItem(
            at: locales.appendingPathComponent("project.yaml"), to: root.appendingPathComponent("Locales/project.yaml"))
        let posts = root.appendingPathComponent("Locales/en/posts")
        try manager.createDirectory(at: posts, withIntermediateDirectories: true)
        var generator = Generator(state: 0x5EED)
        var site = GeneratedSite(root: root, bytes: 0, segments: 0, translations: InMemoryTranslationSource())
        let reader = DocumentReader(segmenter: try Project(root: root).segmenter("en"))
        for index in 0..<count {
            let text = post(index, &generator)
            let name = String(format: "post-%04d.md", index)
            try Data(text.utf8).write(to: posts.appendingPathComponent(name))
            site.bytes += text.utf8.count
            let document = try reader.read(
                Array(text.utf8), path: "Locales/en/posts/\(name)", defaultSlug: String(name.dropLast(3)))
            site.segments += document.segments.count
            for (locale, words) in [("tr", turkish), ("ar", arabic)] {
                var translations: [SegmentID: AssemblyTranslation] = [:]
                for segment in document.segments {
                    translations[segment.id] = AssemblyTranslation(
                        content: translate(segment.content, words), state: .reviewed)
                }
                site.translations.set(translations, post: document.slug, locale: locale)
                if store {
                    let units = document.segments.map { segment in
                        TranslationUnit(
                            id: segment.id, path: segment.path, source: ExchangeToken.tokens(segment.content),
                            target: ExchangeToken.tokens(translations[segment.id]!.content), state: .reviewed)
                    }
                    try TranslationStore(project: Project(root: root), locale: locale, sourceLocale: "en")
                        .save(units, document: document)
                }
            }
        }
        return site
    }

    /// Reads and segments every source post once, as a build does, to show how much of
    /// a full build is the reader's.
    func readAll() throws {
        let reader = DocumentReader(segmenter: try Project(root: root).segmenter("en"))
        let folder = root.appendingPathComponent("Locales/en/posts")
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
            let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
            _ = try reader.read(bytes, path: name, defaultSlug: name)
        }
    }

    /// Rewrites one source post so the next build has exactly one post to redo.
    func touchOnePost() throws {
        let url = root.appendingPathComponent("Locales/en/posts/post-0000.md")
        var text = try String(contentsOf: url, encoding: .utf8)
        text += "\nOne more sentence for the benchmark.\n"
        try Data(text.utf8).write(to: url)
    }

    static func translate(_ content: [InlineElement], _ words: [String]) -> [InlineElement] {
        content.map { element in
            guard case .text(let text) = element else { return element }
            var hash: UInt64 = 1469598103934665603
            return .text(
                text.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
                    guard word.first?.isLetter == true else { return String(word) }
                    if word.allSatisfy({ $0.isUppercase }) { return String(word) }
                    for byte in word.utf8 { hash = (hash ^ UInt64(byte)) &* 1099511628211 }
                    return words[Int(hash % UInt64(words.count))]
                }.joined(separator: " "))
        }
    }

    static func post(_ index: Int, _ generator: inout Generator) -> String {
        func sentence(_ length: Int) -> String {
            var words: [String] = []
            for position in 0..<length {
                var word = english[generator.next(english.count)]
                if position == 0 { word = word.prefix(1).uppercased() + word.dropFirst() }
                if generator.next(20) == 0 { word = "**\(word)**" } else if generator.next(40) == 0 { word = "MSC" }
                words.append(word)
            }
            if generator.next(6) == 0 { words.append("([FDA](https://www.fda.gov/) 2025)") }
            return words.joined(separator: " ") + "."
        }
        let month = 1 + index % 12
        let day = 1 + index % 28
        let title = (0..<5).map { _ in english[generator.next(english.count)] }.joined(separator: " ").capitalized
        var text =
            "---\ntitle: \(title)\nslug: post-\(index)\ndate: 2024-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)\n"
        text +=
            "author: Clinic Editors\ncategory:\n  - Stem Cell Research\n  - \(english[index % english.count].capitalized)\ntags: [msc, autism]\n---\n"
        while text.utf8.count < 4_900 {
            text += "\n## \(sentence(4).dropLast())\n\n"
            for _ in 0..<(2 + generator.next(2)) {
                text +=
                    (0..<(3 + generator.next(3))).map { _ in sentence(8 + generator.next(14)) }.joined(separator: " ")
                    + "\n\n"
            }
            if generator.next(2) == 0 {
                for _ in 0..<4 { text += "- \(sentence(6 + generator.next(6)))\n" }
            }
        }
        return text
    }
}
