import DragomanCore
import Testing

@Suite struct TurkishSegmentationTests {
    static let cases: [(String, [String])] = [
        (
            "Tedavi yakl. 6 ay sürdü. Hastaların %40'ı iyileşti.",
            ["Tedavi yakl. 6 ay sürdü.", "Hastaların %40'ı iyileşti."]
        ),
        (
            "İng. Stem Cell adıyla bilinir. Türkçesi kök hücredir.",
            ["İng. Stem Cell adıyla bilinir.", "Türkçesi kök hücredir."]
        ),
        (
            "Doç. Dr. Yılmaz bugün muayene ediyor. Randevu alın.",
            ["Doç. Dr. Yılmaz bugün muayene ediyor.", "Randevu alın."]
        ),
        ("Uzm. Dr. Şahin ameliyatı yaptı.", ["Uzm. Dr. Şahin ameliyatı yaptı."]),
        ("Prof. Demir tedaviyi anlattı. Herkes dinledi.", ["Prof. Demir tedaviyi anlattı.", "Herkes dinledi."]),
        ("Prof.Dr. Can geldi. Selam verdi.", ["Prof.Dr. Can geldi.", "Selam verdi."]),
        ("Yrd.Doç. Ayşe Kaya konuştu.", ["Yrd.Doç. Ayşe Kaya konuştu."]),
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
        // Held-out style: clinic text with abbreviations, doses, dates, times, addresses and mixed scripts.
        (
            "Prof. Dr. Ahmet Yılmaz ve Doç. Dr. Ayşe Kaya hastaları muayene etti. Sonuçlar olumluydu.",
            ["Prof. Dr. Ahmet Yılmaz ve Doç. Dr. Ayşe Kaya hastaları muayene etti.", "Sonuçlar olumluydu."]
        ),
        (
            "Op. Dr. Mehmet Demir 15. günde kontrol önerdi. Hasta taburcu edildi.",
            ["Op. Dr. Mehmet Demir 15. günde kontrol önerdi.", "Hasta taburcu edildi."]
        ),
        (
            "Hasta 21.03.2024 tarihinde başvurdu. Tedavi hemen başladı.",
            ["Hasta 21.03.2024 tarihinde başvurdu.", "Tedavi hemen başladı."]
        ),
        (
            "Randevunuz saat 09.30'da. Lütfen 15 dakika önce gelin.",
            ["Randevunuz saat 09.30'da.", "Lütfen 15 dakika önce gelin."]
        ),
        (
            "Çalışmaya 3.000 hasta katıldı. Yaş ortalaması 45,2 idi.",
            ["Çalışmaya 3.000 hasta katıldı.", "Yaş ortalaması 45,2 idi."]
        ),
        (
            "Hastaların %30'unda iyileşme görüldü. Yan etki bildirilmedi.",
            ["Hastaların %30'unda iyileşme görüldü.", "Yan etki bildirilmedi."]
        ),
        (
            "İlaç 1,5 ml dozunda verildi. Doz 2. haftada artırıldı.",
            ["İlaç 1,5 ml dozunda verildi.", "Doz 2. haftada artırıldı."]
        ),
        (
            "Tedavi 2. basamak sağlık kuruluşlarında uygulanır. Ayrıntılar için bkz. Tablo 3.",
            ["Tedavi 2. basamak sağlık kuruluşlarında uygulanır.", "Ayrıntılar için bkz. Tablo 3."]
        ),
        (
            "Hasta \"Ne zaman iyileşeceğim?\" diye sordu. Doktor gülümsedi.",
            ["Hasta \"Ne zaman iyileşeceğim?\" diye sordu.", "Doktor gülümsedi."]
        ),
        (
            "\"Ne zaman iyileşeceğim?\" diye sordu hasta. Doktor gülümsedi.",
            ["\"Ne zaman iyileşeceğim?\" diye sordu hasta.", "Doktor gülümsedi."]
        ),
        (
            "Uzm. Dr. Elif Şahin otizm, serebral palsi vb. hastalıklarda deneyimlidir. Randevu için arayın.",
            ["Uzm. Dr. Elif Şahin otizm, serebral palsi vb. hastalıklarda deneyimlidir.", "Randevu için arayın."]
        ),
        (
            "Kök hücre tedavisi 20. yy. başlarında bilinmiyordu. Bugün yaygın.",
            ["Kök hücre tedavisi 20. yy. başlarında bilinmiyordu.", "Bugün yaygın."]
        ),
        (
            "Başvuru için info@klinik.com.tr adresine yazın. Ayrıntılar www.istemcelltherapy.com.tr sitesinde.",
            ["Başvuru için info@klinik.com.tr adresine yazın.", "Ayrıntılar www.istemcelltherapy.com.tr sitesinde."]
        ),
        (
            "Rapor (bkz. Ek 1, s. 12) ayrıntılı bilgi içerir. Lütfen okuyun.",
            ["Rapor (bkz. Ek 1, s. 12) ayrıntılı bilgi içerir.", "Lütfen okuyun."]
        ),
        (
            "Sonuç anlamlıydı (p < 0,05). Ancak örneklem küçüktü.",
            ["Sonuç anlamlıydı (p < 0,05).", "Ancak örneklem küçüktü."]
        ),
        (
            "Tedavi süresi yaklaşık 6 ay. 12 ay sonra kontrol yapılır.",
            ["Tedavi süresi yaklaşık 6 ay.", "12 ay sonra kontrol yapılır."]
        ),
        ("Ateş 38,5. Hemşire hemen geldi.", ["Ateş 38,5.", "Hemşire hemen geldi."]),
        ("Yanıt oranı %30. Hekimler memnun.", ["Yanıt oranı %30.", "Hekimler memnun."]),
        ("Kontroller 1., 3. ve 6. aylarda yapılır.", ["Kontroller 1., 3. ve 6. aylarda yapılır."]),
        (
            "Kliniğimiz Atatürk Cad. No. 15'te bulunur. Bizi ziyaret edin.",
            ["Kliniğimiz Atatürk Cad. No. 15'te bulunur.", "Bizi ziyaret edin."]
        ),
        ("Ne yapmalıyım? Hemen doktora gidin! Gecikmeyin.", ["Ne yapmalıyım?", "Hemen doktora gidin!", "Gecikmeyin."]),
        ("1. Bol su için. 2. Dinlenin.", ["1. Bol su için.", "2. Dinlenin."]),
        (
            "İlk seans 09.00'da başlar... Sonraki seanslar öğleden sonra.",
            ["İlk seans 09.00'da başlar...", "Sonraki seanslar öğleden sonra."]
        ),
        (
            "Tedavi 21 Mart 2024'te başladı. 15. günde ilk sonuçlar alındı.",
            ["Tedavi 21 Mart 2024'te başladı.", "15. günde ilk sonuçlar alındı."]
        ),
        (
            "Hasta ve ark. çalışmasında benzer sonuç bulundu. Bkz. Şek. 2.",
            ["Hasta ve ark. çalışmasında benzer sonuç bulundu.", "Bkz. Şek. 2."]
        ),
        ("Tablet 500 mg. Günde iki kez alın.", ["Tablet 500 mg.", "Günde iki kez alın."]),
        (
            "Dozaj 2.5 mg/kg olarak belirlendi. Tedavi 14.30'da başladı.",
            ["Dozaj 2.5 mg/kg olarak belirlendi.", "Tedavi 14.30'da başladı."]
        ),
        ("Bkz. s. 12-15. Orada var.", ["Bkz. s. 12-15.", "Orada var."]),
        (
            "İstanbul Üniv. Tıp Fakültesi'nde çalışıyor. Uzm. Klin. Psk. Ece Yıldız anlattı.",
            ["İstanbul Üniv. Tıp Fakültesi'nde çalışıyor.", "Uzm. Klin. Psk. Ece Yıldız anlattı."]
        ),
        (
            "Dyt. Ayşe Kaya ve Fzt. Can Demir ekipte. Tel. 0212 555 00 00 numarasını arayın.",
            ["Dyt. Ayşe Kaya ve Fzt. Can Demir ekipte.", "Tel. 0212 555 00 00 numarasını arayın."]
        ),
        (
            "MKH'ler iltihabı azaltır.[1] Bağışıklığı da düzenler.[2]",
            ["MKH'ler iltihabı azaltır.[1]", "Bağışıklığı da düzenler.[2]"]
        ),
        (
            "Firmamız Medika A.Ş. Bu yıl 20 yaşında. T.C. Sağlık Bakanlığı onayladı.",
            ["Firmamız Medika A.Ş.", "Bu yıl 20 yaşında.", "T.C. Sağlık Bakanlığı onayladı."]
        ),
        (
            "Randevu için https://klinik.example/randevu?gun=pzt adresini kullanın. Sonra arayın.",
            ["Randevu için https://klinik.example/randevu?gun=pzt adresini kullanın.", "Sonra arayın."]
        ),
    ]

    @Test(arguments: cases)
    func splits(_ text: String, _ expected: [String]) throws {
        #expect(try TestSupport.segmenter("tr").sentences(in: text) == expected)
    }
}
