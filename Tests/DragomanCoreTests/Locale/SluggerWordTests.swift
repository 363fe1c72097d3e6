import PropertyBased
import Testing

@testable import DragomanCore

/// Transliterating word by word must give exactly what transliterating the whole title gives: slugs are URLs.
@Suite struct SluggerWordTests {
    /// Expects the slugger's word-by-word transliteration of `text`, as it is and lowercased in Turkish and
    /// German, to equal ICU's transform of the whole text.
    static func expectWholeAndWordsAlike(
        _ text: String, _ slugger: Slugger, _ whole: Transliterator,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        let lowercased = [try ICU.mapCase(text, .lower, locale: "tr"), try ICU.mapCase(text, .lower, locale: "de")]
        for variant in [text] + lowercased {
            #expect(
                try slugger.transliterated(variant) == (try whole.apply(variant)),
                "\(variant.unicodeScalars.map { String($0.value, radix: 16) })", sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: [
        "Otizm İçin Kök Hücre", "IŞIK ve Işık", "Şişli'deki Klinik", "MSC Tedavisi — 2025 Güncellemesi",
        "Ağrı, Göğüs & Diş", "Straße über Ärzte", "L'été à Noël: naïveté", "Tiếng Việt có dấu", "Łódź i żółw",
        "½ ve ¼ doz", "ﬁnal ﬂow", "Ⅻ. Kongre", "e\u{301} a\u{308} \u{301}x", "a \u{338}= \u{338}", "  çift  boşluk  ",
        "no\u{A0}break\u{2009}thin\u{3000}wide", "kök-hücre – tedavi — sonuç", "d’Artagnan ʼokina", "",
        "all ascii title 2025", "العلاج بالخلايا", "Привет мир", "中文 kök", "κύτταρα ve hücre", "x \u{302E} y",
    ])
    func realisticTitles(title: String) throws {
        try Self.expectWholeAndWordsAlike(title, Slugger(), try Transliterator(Slugger.transform))
    }

    static let piece = Gen.element(of: [
        "a", "e", "i", "o", "s", "z", "A", "I", "O", "S", "0", "7", " ", " ", " ", " ", "-", ",", ".", ":", "!", "?",
        "'", "\"", "(", "&", "/", "<", "=", ">", "_", "\t", "ç", "ş", "ğ", "ı", "ö", "ü", "â", "î", "Ç", "Ş", "Ğ",
        "İ", "Ö", "Ü", "ä", "ß", "ẞ", "é", "è", "ê", "ë", "à", "œ", "æ", "ÿ", "ơ", "ư", "ạ", "ấ", "ầ", "ẩ", "ậ", "ặ",
        "ệ", "ị", "ộ", "ợ", "ự", "ỹ", "đ", "Đ", "ą", "ć", "ę", "ł", "ń", "ó", "ś", "ź", "ż", "Ł", "\u{300}", "\u{301}",
        "\u{302}", "\u{303}", "\u{308}", "\u{327}", "\u{328}", "\u{323}", "\u{31B}", "\u{338}", "\u{345}", "\u{34F}",
        "\u{307}", "\u{20D7}", "\u{A0}", "\u{2009}", "\u{202F}", "\u{3000}", "\u{2013}", "\u{2014}", "\u{2212}",
        "\u{AD}", "’", "‘", "ʼ", "ʹ", "“", "«", "»", "…", "½", "¼", "⅓", "ﬁ", "Ａ", "ａ", "®", "Ⅻ", "ⅻ", "ŉ", "⑴",
        "〇", "×", "\u{200C}", "\u{200D}", "\u{302E}", "\u{903}", "ș", "ț", "Ạ", "α", "Ά", "ж", "Й", "ب", "\u{64E}",
        "א", "中", "あ", "😀", "🄐", "kök", "hücre", "için", "İstanbul", "ışık", "Straße", "café", "naïve", "Việt",
        "Łódź", "l'été", "MSC", "2025", "d’Artagnan",
    ])
    .map { $0 ?? "" }.array(of: 0...14).map { $0.joined() }

    @Test func randomTitlesTransliterateAlike() async throws {
        let slugger = Slugger()
        let whole = try Transliterator(Slugger.transform)
        await propertyCheck(count: 3000, input: Self.piece) { text in
            try Self.expectWholeAndWordsAlike(text, slugger, whole)
        }
    }

    /// Words come from the slugger's cache the second time: the same result as ICU's, and the cache stays
    /// within its bound however many distinct words pass through it.
    @Test func rememberedWordsTransliterateAlike() throws {
        let slugger = Slugger()
        let whole = try Transliterator(Slugger.transform)
        let title = "ağrı kesici ışık tedavisi ağrı"
        let first = try slugger.transliterated(title)
        #expect(first == "agri kesici isik tedavisi agri")
        #expect(slugger.wordCache["ağrı"] == "agri")
        #expect(try slugger.transliterated(title) == first)
        for number in 0...Slugger.wordCacheLimit {
            let word = "ş\(number)"
            #expect(slugger.wordCache.count <= Slugger.wordCacheLimit)
            let made = try slugger.transliterated(word)
            if number % 1_000 == 0 { #expect(made == (try whole.apply(word))) }
        }
        #expect(slugger.wordCache.count <= Slugger.wordCacheLimit)
        #expect(try slugger.transliterated(title) == first)
    }
}
