import DragomanCore
import Testing

@Suite struct TurkishSegmentationTests {
    static let cases: [(String, [String])] = [
        (
            "Doç. Dr. Yılmaz bugün muayene ediyor. Randevu alın.",
            ["Doç. Dr. Yılmaz bugün muayene ediyor.", "Randevu alın."]
        ),
        ("Uzm. Dr. Şahin ameliyatı yaptı.", ["Uzm. Dr. Şahin ameliyatı yaptı."]),
        ("Prof. Demir tedaviyi anlattı. Herkes dinledi.", ["Prof. Demir tedaviyi anlattı.", "Herkes dinledi."]),
        ("Tedavinin 3. gününde ateş düştü.", ["Tedavinin 3. gününde ateş düştü."]),
        (
            "Bu yöntem 19. yüzyılda bulundu. Hâlâ kullanılıyor.",
            ["Bu yöntem 19. yüzyılda bulundu.", "Hâlâ kullanılıyor."]
        ),
        ("1. Dünya Savaşı sırasında hastane açıldı.", ["1. Dünya Savaşı sırasında hastane açıldı."]),
        ("III. Selim döneminde okul kuruldu.", ["III. Selim döneminde okul kuruldu."]),
        ("Hasta sayısı 25. Bu sayı artıyor.", ["Hasta sayısı 25.", "Bu sayı artıyor."]),
        (
            "Çalışma 2021'de bitti. 2022'de sonuçlar yayımlandı.",
            ["Çalışma 2021'de bitti.", "2022'de sonuçlar yayımlandı."]
        ),
        ("Ölçüm 37.5 derece çıktı.", ["Ölçüm 37.5 derece çıktı."]),
        ("Meyve, sebze vb. besinler önerilir.", ["Meyve, sebze vb. besinler önerilir."]),
        ("Süt, peynir, yoğurt vb. Bunlardan kaçının.", ["Süt, peynir, yoğurt vb.", "Bunlardan kaçının."]),
        ("Bazı testler, örn. kan tahlili, gereklidir.", ["Bazı testler, örn. kan tahlili, gereklidir."]),
        ("Ayrıntılar için bkz. Ek 2. Bu ekte tablolar var.", ["Ayrıntılar için bkz. Ek 2.", "Bu ekte tablolar var."]),
        ("Kaynak: s. 45 ve devamı.", ["Kaynak: s. 45 ve devamı."]),
        ("Emin misiniz? Evet! Başlayalım.", ["Emin misiniz?", "Evet!", "Başlayalım."]),
        ("Doktor \"Dinlenin.\" dedi. Eve döndük.", ["Doktor \"Dinlenin.\" dedi.", "Eve döndük."]),
        (
            "Hemşire, \"Endişelenmeyin! Her şey yolunda!\" diye ekledi.",
            ["Hemşire, \"Endişelenmeyin! Her şey yolunda!\" diye ekledi."]
        ),
        ("Bekledik... ama kimse gelmedi.", ["Bekledik... ama kimse gelmedi."]),
        (
            "Sonuçlar www.ornek.com.tr adresinde. Lütfen bakın.",
            ["Sonuçlar www.ornek.com.tr adresinde.", "Lütfen bakın."]
        ),
        ("Mr. Brown kliniğimizi ziyaret etti.", ["Mr. Brown kliniğimizi ziyaret etti."]),
        ("Tedavi M.Ö. 400 yılında biliniyordu.", ["Tedavi M.Ö. 400 yılında biliniyordu."]),
        ("A. Kaya raporu imzaladı. Dosya kapandı.", ["A. Kaya raporu imzaladı.", "Dosya kapandı."]),
        (
            "İlaç 2. haftada etki gösterir (genellikle.) Sabırlı olun.",
            ["İlaç 2. haftada etki gösterir (genellikle.)", "Sabırlı olun."]
        ),
    ]

    @Test(arguments: cases)
    func splits(_ text: String, _ expected: [String]) throws {
        #expect(try TestSupport.segmenter("tr").sentences(in: text) == expected)
    }
}
