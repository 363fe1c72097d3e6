import DragomanCore
import Testing

@Suite struct SluggerTests {
    @Test(arguments: [
        ("Otizm İçin Kök Hücre", "otizm-icin-kok-hucre"),
        ("IŞIK ve Işık", "isik-ve-isik"),
        ("Çocuklarda Güvenlik: Öğrenme ve Üretkenlik", "cocuklarda-guvenlik-ogrenme-ve-uretkenlik"),
        ("Şişli'deki Klinik", "sislideki-klinik"),
        ("MSC Tedavisi — 2025 Güncellemesi", "msc-tedavisi-2025-guncellemesi"),
        ("Ağrı, Göğüs & Diş", "agri-gogus-dis"),
    ])
    func turkishTransliterated(title: String, expected: String) throws {
        #expect(try Slugger().slug(title, locale: "tr", policy: .transliterated, sourceSlug: "x") == expected)
    }

    @Test func arabicPolicies() throws {
        let title = "العلاج بالخلايا الجذعية للتوحد"
        let slugger = Slugger()
        #expect(try slugger.slug(title, locale: "ar", policy: .source, sourceSlug: "msc-autism") == "msc-autism")
        #expect(
            try slugger.slug(title, locale: "ar", policy: .native, sourceSlug: "x") == "العلاج-بالخلايا-الجذعية-للتوحد")
        let transliterated = try slugger.slug(title, locale: "ar", policy: .transliterated, sourceSlug: "x")
        #expect(
            transliterated.utf8.allSatisfy { $0 == 0x2D || (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) })
        #expect(transliterated.hasPrefix("al"))
    }

    @Test func emptyTitleKeepsSourceSlug() throws {
        #expect(try Slugger().slug("!!!", locale: "tr", policy: .transliterated, sourceSlug: "fallback") == "fallback")
    }
}
