import Testing

@testable import DragomanCore

/// Word-level rules: Turkish suffix chains, Arabic clitics, English base forms, normalization.
@Suite struct MorphologyTests {
    static func scalars(_ text: String, _ locale: String) -> [Unicode.Scalar] {
        Array(TermNormalizer(locale: locale).fold(text).unicodeScalars)
    }

    static func turkish(_ token: String, _ word: String, last: Bool = true, length: Int = 1) -> Bool {
        TurkishSuffixMatcher().matches(
            scalars(token, "tr"), scalars(word, "tr"), WordPosition(isLast: last, termLength: length))
    }

    static func arabic(_ token: String, _ word: String) -> Bool {
        ArabicCliticMatcher().matches(
            scalars(token, "ar"), scalars(word, "ar"), WordPosition(isLast: true, termLength: 1))
    }

    @Test(arguments: [
        ("hücrelerin", "hücre"), ("hücreyi", "hücre"), ("hücresi", "hücre"), ("hücrelerdir", "hücre"),
        ("iltihabı", "iltihap"), ("iltihaptan", "iltihap"), ("yaygınlığı", "yaygınlık"), ("kemiği", "kemik"),
        ("kökü", "kök"), ("köklerin", "kök"), ("beyni", "beyin"), ("beyinde", "beyin"), ("tıbbın", "tıp"),
        ("protokolü", "protokol"), ("MSC'ler", "MSC"), ("OSB'nin", "OSB"), ("OSB'li", "OSB"),
        ("İstanbul'da", "İstanbul"),
        ("rengi", "renk"), ("hücredekiler", "hücre"), ("sistemleriyle", "sistem"), ("inflamasyonun", "inflamasyon"),
        ("İLTİHABI", "iltihap"), ("çalışmalarda", "çalışma"), ("hücreler’in", "hücreler"),
        ("hekimiz", "hekim"), ("klinisyensiniz", "klinisyen"), ("hekimdik", "hekim"), ("otizmliyiz", "otizm"),
        ("hekimmişler", "hekim"), ("hekimdiniz", "hekim"), ("hastaneyim", "hastane"), ("hekimimsin", "hekim"),
    ])
    func turkishAccepts(token: String, word: String) {
        #expect(Self.turkish(token, word))
    }

    @Test(arguments: [
        ("hücrelar", "hücre"), ("iltihapı", "iltihap"), ("kemikı", "kemik"), ("hücrex", "hücre"), ("kökler", "köz"),
        ("sistemlar", "sistem"), ("otizmdan", "otizm"), ("ılık", "ilik"), ("hücreyı", "hücre"),
        ("hücrelerdır", "hücre"), ("hekimdiyim", "hekim"), ("hekimsınız", "hekim"), ("hekimdirim", "hekim"),
        ("hekimmişk", "hekim"), ("hekimsinim", "hekim"),
    ])
    func turkishRejects(token: String, word: String) {
        #expect(!Self.turkish(token, word))
    }

    @Test func turkishCompoundHeadTakesPluralInside() {
        #expect(Self.turkish("ilikleri", "iliği", length: 2))
        #expect(Self.turkish("iliklerinin", "iliği", length: 2))
        #expect(Self.turkish("tedavileri", "tedavisi", length: 3))
        #expect(Self.turkish("bozuklukları", "bozukluğu", length: 3))
        #expect(!Self.turkish("hücreler", "kök", last: false, length: 2))
    }

    @Test func turkishFoldingKeepsDotlessIApart() {
        let fold = TermNormalizer(locale: "tr").fold
        #expect(fold("KEMİK İLİĞİ") == fold("kemik iliği"))
        #expect(fold("BAĞIŞIKLIK") == "bağışıklık")
        #expect(fold("ILIK") != fold("ilik"))
        #expect(fold("hâlâ") == "hala")
        #expect(TermNormalizer(locale: "en").fold("ISTANBUL") == "istanbul")
        #expect(TermNormalizer(locale: "en").fold("İstanbul") == "istanbul")
        #expect(TermNormalizer(locale: "tr").fold("i\u{0307}zlem") == "izlem")
    }

    @Test(arguments: [
        ("التهاب", "التهاب"), ("بالتهاب", "التهاب"), ("والالتهاب", "التهاب"), ("للالتهاب", "التهاب"),
        ("الالتهاب", "التهاب"), ("للتوحد", "التوحد"), ("للتوحد", "توحد"), ("بالخلايا", "خلايا"), ("وبالخلايا", "خلايا"),
        ("كالخلايا", "خلايا"), ("فالخلايا", "خلايا"), ("مناعته", "مناعة"), ("مناعتها", "مناعة"), ("المناعات", "مناعة"),
        ("الجذعية", "جذعي"), ("علاجا", "علاج"), ("أبحاثهم", "أبحاث"), ("إسطنبول", "اسطنبول"), ("مُعَدِّلة", "معدلة"),
        ("الخلايـا", "خلايا"), ("المستشفى", "مستشفي"), ("خليتين", "خلية"), ("طبيبتك", "طبيب"), ("لطبيبتنا", "طبيب"),
        ("تجربتيهما", "تجربة"), ("خليتيه", "خلية"), ("طبيبتاه", "طبيب"),
    ])
    func arabicAccepts(token: String, word: String) {
        #expect(Self.arabic(token, word))
    }

    @Test(arguments: [
        ("تهاب", "التهاب"), ("لهاب", "التهاب"), ("قلب", "لب"), ("التوحدية", "توحش"), ("مناعه", "مناعة"),
        ("سالخلايا", "خلايا"), ("خلاياهمز", "خلايا"), ("الخلا", "خلايا"), ("توحدت", "توحد"), ("طبيبتة", "طبيب"),
    ])
    func arabicRejects(token: String, word: String) {
        #expect(!Self.arabic(token, word))
    }

    @Test func arabicNormalization() {
        let fold = TermNormalizer(locale: "ar").fold
        #expect(fold("أإآٱ") == "اااا")
        #expect(fold("مُسْتَشْفَى") == "مستشفي")
        #expect(fold("الخلايـــا") == "الخلايا")
        #expect(fold("خلية") != fold("خليه"))
    }

    @Test(arguments: [
        ("therapies", "therapy"), ("cells", "cell"), ("cell's", "cell"), ("cells'", "cell"), ("processes", "process"),
        ("analyses", "analysis"), ("axis", "axis"), ("mscs", "msc"), ("stimulus", "stimulus"), ("disease", "disease"),
        ("asd", "asd"), ("guidelines", "guideline"), ("children", "child"), ("people's", "person"),
    ])
    func englishBase(word: String, base: String) {
        #expect(EnglishInflection.base(word) == base)
    }
}
