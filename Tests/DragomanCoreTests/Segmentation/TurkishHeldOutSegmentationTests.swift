import DragomanCore
import Testing

/// Turkish held-out cases: sentences written for these tests in the register of a medical blog (clinics,
/// stem-cell therapy, dosages, titles, dates, citations), kept apart from the cases the rules were first tuned on.
@Suite struct TurkishHeldOutSegmentationTests {
    static let cases: [(String, [String])] = [
        (
            "2. Dünya Savaşı'ndan sonra kök hücre araştırmaları hızlandı. İlk nakil 1968'de yapıldı.",
            ["2. Dünya Savaşı'ndan sonra kök hücre araştırmaları hızlandı.", "İlk nakil 1968'de yapıldı."]
        ),
        (
            "Doç. Dr. Ayşe Demir kliniğimizde hasta kabul ediyor. Randevu için arayın.",
            ["Doç. Dr. Ayşe Demir kliniğimizde hasta kabul ediyor.", "Randevu için arayın."]
        ),
        (
            "Uzm. Dr. Mehmet Kaya, tedavinin 5. seansından sonra sonuçları değerlendirdi.",
            ["Uzm. Dr. Mehmet Kaya, tedavinin 5. seansından sonra sonuçları değerlendirdi."]
        ),
        (
            "Prof. Dr. Selim Aksoy'a göre (bkz. s. 14) tedavi güvenli. Yan etkiler nadir.",
            ["Prof. Dr. Selim Aksoy'a göre (bkz. s. 14) tedavi güvenli.", "Yan etkiler nadir."]
        ),
        (
            "Yan etkiler (örn. ateş, baş ağrısı vb.) genellikle iki gün sürer.",
            ["Yan etkiler (örn. ateş, baş ağrısı vb.) genellikle iki gün sürer."]
        ),
        (
            "Kaynak olarak kemik iliği, yağ dokusu, kordon kanı vb. kullanılır. Seçimi doktor yapar.",
            ["Kaynak olarak kemik iliği, yağ dokusu, kordon kanı vb. kullanılır.", "Seçimi doktor yapar."]
        ),
        (
            "Kök hücre kemik iliğinden, yağ dokusundan, kordon kanından vb. elde edilir. Bunların hepsi güvenlidir.",
            [
                "Kök hücre kemik iliğinden, yağ dokusundan, kordon kanından vb. elde edilir.",
                "Bunların hepsi güvenlidir.",
            ]
        ),
        (
            "Enjeksiyon saat 10.30'da yapılır. Hasta 11.45'te taburcu olur.",
            ["Enjeksiyon saat 10.30'da yapılır.", "Hasta 11.45'te taburcu olur."]
        ),
        (
            "Hastaya 250 mg. verildi. Ardından ateşi düştü.",
            ["Hastaya 250 mg. verildi.", "Ardından ateşi düştü."]
        ),
        (
            "Dozaj günde iki kez 500 mg. olarak ayarlandı.",
            ["Dozaj günde iki kez 500 mg. olarak ayarlandı."]
        ),
        (
            "Kök hücre tedavisi güvenli mi? Uzmanlar bu konuda hemfikir değil.",
            ["Kök hücre tedavisi güvenli mi?", "Uzmanlar bu konuda hemfikir değil."]
        ),
        (
            "Harika bir sonuç! Hasta artık bastonsuz yürüyebiliyor.",
            ["Harika bir sonuç!", "Hasta artık bastonsuz yürüyebiliyor."]
        ),
        (
            "Ayrıntılar için www.ornekklinik.com.tr adresine bakın. Sorularınızı bilgi@ornekklinik.com.tr adresine yazın.",
            [
                "Ayrıntılar için www.ornekklinik.com.tr adresine bakın.",
                "Sorularınızı bilgi@ornekklinik.com.tr adresine yazın.",
            ]
        ),
        (
            "Hasta şöyle dedi: \"Artık ağrım yok. Merdiven çıkabiliyorum.\" Doktoru da şaşırdı.",
            ["Hasta şöyle dedi: \"Artık ağrım yok. Merdiven çıkabiliyorum.\"", "Doktoru da şaşırdı."]
        ),
        (
            "Çalışma geçen yıl yayımlandı (Yılmaz vd., 2021). Sonuçlar umut verici.",
            ["Çalışma geçen yıl yayımlandı (Yılmaz vd., 2021).", "Sonuçlar umut verici."]
        ),
        (
            "Bu yöntem 20. yy. başlarında geliştirildi.",
            ["Bu yöntem 20. yy. başlarında geliştirildi."]
        ),
        (
            "Kliniğimiz 1. Ulusal Rejeneratif Tıp Kongresi'ne katıldı.",
            ["Kliniğimiz 1. Ulusal Rejeneratif Tıp Kongresi'ne katıldı."]
        ),
        (
            "Hastaların %85'i 6. ayda iyileşme bildirdi. Kalan %15'te değişiklik olmadı.",
            ["Hastaların %85'i 6. ayda iyileşme bildirdi.", "Kalan %15'te değişiklik olmadı."]
        ),
        (
            "Tedavinin maliyeti yakl. 40.000 TL'dir. Taksit imkânı vardır.",
            ["Tedavinin maliyeti yakl. 40.000 TL'dir.", "Taksit imkânı vardır."]
        ),
        (
            "Op. Dr. Can Er ile Dyt. Elif Su birlikte çalışıyor.",
            ["Op. Dr. Can Er ile Dyt. Elif Su birlikte çalışıyor."]
        ),
        (
            "Sonuçlar Tablo 3'te (s. 27) özetlenmiştir. Ayrıntılar ektedir.",
            ["Sonuçlar Tablo 3'te (s. 27) özetlenmiştir.", "Ayrıntılar ektedir."]
        ),
        (
            "Hasta 65 yaşındaydı... Yine de tedaviye iyi yanıt verdi.",
            ["Hasta 65 yaşındaydı...", "Yine de tedaviye iyi yanıt verdi."]
        ),
        (
            "Peki bu tedavi herkese uygun mu? Hayır! Önce ayrıntılı bir muayene gerekir.",
            ["Peki bu tedavi herkese uygun mu?", "Hayır!", "Önce ayrıntılı bir muayene gerekir."]
        ),
        (
            "Çalışmada üç grup vardı: 1. grup PRP, 2. grup kök hücre, 3. grup plasebo aldı.",
            ["Çalışmada üç grup vardı: 1. grup PRP, 2. grup kök hücre, 3. grup plasebo aldı."]
        ),
        (
            "Makale derginin 12. sayısında yayımlandı. Editör yorumu da eklendi.",
            ["Makale derginin 12. sayısında yayımlandı.", "Editör yorumu da eklendi."]
        ),
        (
            "Sonuçlar 2023'te açıklandı. 40 hastanın 32'si iyileşti.",
            ["Sonuçlar 2023'te açıklandı.", "40 hastanın 32'si iyileşti."]
        ),
        (
            "Tedavi süresi 3 hafta. 2. haftadan sonra ağrı azalır.",
            ["Tedavi süresi 3 hafta.", "2. haftadan sonra ağrı azalır."]
        ),
        (
            "Hastanın kan değerleri normaldi (bkz. Ek 2). Tedaviye devam edildi.",
            ["Hastanın kan değerleri normaldi (bkz. Ek 2).", "Tedaviye devam edildi."]
        ),
        (
            "Kongre 12 Eyl. 2024'te yapılacak. Kayıtlar başladı.",
            ["Kongre 12 Eyl. 2024'te yapılacak.", "Kayıtlar başladı."]
        ),
        (
            "Doktorumuz \"Sabırlı olun, sonuçlar 3. aydan sonra görülür.\" diyor.",
            ["Doktorumuz \"Sabırlı olun, sonuçlar 3. aydan sonra görülür.\" diyor."]
        ),
        (
            "Hemş. Zeynep Ak tedaviden önce kan alır. Sonra hasta dinlenir.",
            ["Hemş. Zeynep Ak tedaviden önce kan alır.", "Sonra hasta dinlenir."]
        ),
        (
            "Hastane II. Abdülhamid döneminde kuruldu. Bugün modern bir kliniktir.",
            ["Hastane II. Abdülhamid döneminde kuruldu.", "Bugün modern bir kliniktir."]
        ),
        (
            "İlaç dozu 0,5 mg/kg'dır. Çocuklarda doz farklıdır.",
            ["İlaç dozu 0,5 mg/kg'dır.", "Çocuklarda doz farklıdır."]
        ),
        (
            "Kliniğe gelirken kimlik, sigorta kartı, tahlil sonuçları vs. getirin.",
            ["Kliniğe gelirken kimlik, sigorta kartı, tahlil sonuçları vs. getirin."]
        ),
        (
            "Prof. Dr. Ali Kara'nın (İstanbul Üniv.) sunumu ilgi gördü.",
            ["Prof. Dr. Ali Kara'nın (İstanbul Üniv.) sunumu ilgi gördü."]
        ),
        (
            "Dozlar için bkz. Bölüm 4. Orada her şey ayrıntılı anlatılıyor.",
            ["Dozlar için bkz. Bölüm 4.", "Orada her şey ayrıntılı anlatılıyor."]
        ),
        (
            "Tedavi edilen hasta sayısı 120. Bunların 80'i kadındı.",
            ["Tedavi edilen hasta sayısı 120.", "Bunların 80'i kadındı."]
        ),
        (
            "Ağrı 5. günde azaldı; 10. günde tamamen geçti.",
            ["Ağrı 5. günde azaldı; 10. günde tamamen geçti."]
        ),
        (
            "Makaleyi Dr. Öğr. Üyesi Deniz Çelik yazdı.",
            ["Makaleyi Dr. Öğr. Üyesi Deniz Çelik yazdı."]
        ),
        (
            "Kök hücreler -196 °C'de saklanır. Çözme işlemi 37 °C'de yapılır.",
            ["Kök hücreler -196 °C'de saklanır.", "Çözme işlemi 37 °C'de yapılır."]
        ),
        (
            "\"Kök hücre mucize değildir.\" Bu söz Prof. Aydın'a ait.",
            ["\"Kök hücre mucize değildir.\"", "Bu söz Prof. Aydın'a ait."]
        ),
        (
            "Hasta sordu: \"Ne zaman iyileşirim?\" Doktor gülümsedi.",
            ["Hasta sordu: \"Ne zaman iyileşirim?\"", "Doktor gülümsedi."]
        ),
        (
            "Örn. diz kireçlenmesinde tedavi üç seans sürer.",
            ["Örn. diz kireçlenmesinde tedavi üç seans sürer."]
        ),
        (
            "Ayrıntılar s. 45'te. Okumanızı öneririz.",
            ["Ayrıntılar s. 45'te.", "Okumanızı öneririz."]
        ),
        (
            "Tedavi 15.03.2024 tarihinde başladı. Kontrol 15.04.2024'te yapıldı.",
            ["Tedavi 15.03.2024 tarihinde başladı.", "Kontrol 15.04.2024'te yapıldı."]
        ),
        (
            "Kontrol tarihiniz 12.05.2024. Lütfen unutmayın.",
            ["Kontrol tarihiniz 12.05.2024.", "Lütfen unutmayın."]
        ),
        (
            "Randevu saati 10.30. Lütfen geç kalmayın.",
            ["Randevu saati 10.30.", "Lütfen geç kalmayın."]
        ),
        (
            "Tedavi M.Ö. 400'lü yıllarda bilinmiyordu.",
            ["Tedavi M.Ö. 400'lü yıllarda bilinmiyordu."]
        ),
        (
            "Yrd. Doç. Dr. Emre Şahin 3. kez ödül aldı. Tebrik ederiz!",
            ["Yrd. Doç. Dr. Emre Şahin 3. kez ödül aldı.", "Tebrik ederiz!"]
        ),
        (
            "Kliniğimiz Atatürk Cad. No. 12'de. Otopark yoktur.",
            ["Kliniğimiz Atatürk Cad. No. 12'de.", "Otopark yoktur."]
        ),
        (
            "Hastalar 1., 3. ve 6. aylarda kontrole çağrıldı.",
            ["Hastalar 1., 3. ve 6. aylarda kontrole çağrıldı."]
        ),
        (
            "Tedavi 19. yüzyılda bilinmiyordu. 21. yüzyılda ise yaygınlaştı.",
            ["Tedavi 19. yüzyılda bilinmiyordu.", "21. yüzyılda ise yaygınlaştı."]
        ),
        (
            "Başarı oranı %70. Bu oran yaşa göre değişir.",
            ["Başarı oranı %70.", "Bu oran yaşa göre değişir."]
        ),
        (
            "Sizce bu tedavi pahalı mı? Aslında sigorta bir kısmını karşılıyor.",
            ["Sizce bu tedavi pahalı mı?", "Aslında sigorta bir kısmını karşılıyor."]
        ),
        (
            "İlk seansta 2 mL enjekte edilir (yakl. 20 milyon hücre). İkinci seans 4 hafta sonradır.",
            ["İlk seansta 2 mL enjekte edilir (yakl. 20 milyon hücre).", "İkinci seans 4 hafta sonradır."]
        ),
        (
            "Araştırmayı ABD'li bir ekip yaptı (Smith vd. 2020). Türkiye'de benzer bir çalışma yok.",
            ["Araştırmayı ABD'li bir ekip yaptı (Smith vd. 2020).", "Türkiye'de benzer bir çalışma yok."]
        ),
        (
            "Dr. Kaya'nın hastalarının yaşı 45 ile 70 arasında. En yaşlısı 78.",
            ["Dr. Kaya'nın hastalarının yaşı 45 ile 70 arasında.", "En yaşlısı 78."]
        ),
        (
            "Tedavi sonrası 3 gün dinlenin. Ağır kaldırmayın!",
            ["Tedavi sonrası 3 gün dinlenin.", "Ağır kaldırmayın!"]
        ),
        (
            "Hasta sayısı 2019'da 40 idi. 2020'de bu sayı 95'e çıktı.",
            ["Hasta sayısı 2019'da 40 idi.", "2020'de bu sayı 95'e çıktı."]
        ),
        (
            "Ekibimiz: Prof. Dr. A. Yılmaz, Doç. Dr. B. Kaya, Uzm. Dr. C. Ak.",
            ["Ekibimiz: Prof. Dr. A. Yılmaz, Doç. Dr. B. Kaya, Uzm. Dr. C. Ak."]
        ),
        (
            "Kontrol muayenesi 6. ayda. Sonra yılda bir kez.",
            ["Kontrol muayenesi 6. ayda.", "Sonra yılda bir kez."]
        ),
        (
            "Tedaviyi 2015'ten beri uyguluyoruz. 500'den fazla hastamız oldu.",
            ["Tedaviyi 2015'ten beri uyguluyoruz.", "500'den fazla hastamız oldu."]
        ),
        (
            "Sıralamada kliniğimiz 3. oldu. Geçen yıl 5. idik.",
            ["Sıralamada kliniğimiz 3. oldu.", "Geçen yıl 5. idik."]
        ),
        (
            "İletişim için Tel. +90 212 555 00 00. Hafta içi arayabilirsiniz.",
            ["İletişim için Tel. +90 212 555 00 00.", "Hafta içi arayabilirsiniz."]
        ),
        (
            "Randevu hattımız 0216 444 12 34. Hafta sonu da açığız.",
            ["Randevu hattımız 0216 444 12 34.", "Hafta sonu da açığız."]
        ),
        (
            "Kontroller 1 ve 3. ayda yapılır.",
            ["Kontroller 1 ve 3. ayda yapılır."]
        ),
        (
            "Ord. Prof. Dr. Cahit Tan kliniği 1962'de kurdu. Bugün torunu yönetiyor.",
            ["Ord. Prof. Dr. Cahit Tan kliniği 1962'de kurdu.", "Bugün torunu yönetiyor."]
        ),
        (
            "Yard. Doç. Dr. Ece Tan ve Öğr. Gör. Ali Su konuştu.",
            ["Yard. Doç. Dr. Ece Tan ve Öğr. Gör. Ali Su konuştu."]
        ),
        (
            "Ortopedi Böl. Başkanı Prof. Dr. Ali Ak sonuçları açıkladı.",
            ["Ortopedi Böl. Başkanı Prof. Dr. Ali Ak sonuçları açıkladı."]
        ),
        (
            "Başhek. Dr. Nur Ak ile Hastane Müd. Cem Er basına bilgi verdi.",
            ["Başhek. Dr. Nur Ak ile Hastane Müd. Cem Er basına bilgi verdi."]
        ),
        (
            "Bazı ilaçlar (ör. Aspirin) kanamayı artırır. Doktorunuza danışın.",
            ["Bazı ilaçlar (ör. Aspirin) kanamayı artırır.", "Doktorunuza danışın."]
        ),
        (
            "Bu hastaların yaş ortalaması 54. En genç hasta 31 yaşındaydı.",
            ["Bu hastaların yaş ortalaması 54.", "En genç hasta 31 yaşındaydı."]
        ),
        (
            "Kliniğimizin bu yılki sıralaması 2. Bunda ekibimizin payı büyük.",
            ["Kliniğimizin bu yılki sıralaması 2.", "Bunda ekibimizin payı büyük."]
        ),
        (
            "Tedavi 3 seans sürdü. %70'inde iyileşme görüldü.",
            ["Tedavi 3 seans sürdü.", "%70'inde iyileşme görüldü."]
        ),
        (
            "Hastaların ağrısı azaldı. %80'i tedaviden memnun kaldı. Fiyatlar ise yakl. %20 arttı.",
            ["Hastaların ağrısı azaldı.", "%80'i tedaviden memnun kaldı.", "Fiyatlar ise yakl. %20 arttı."]
        ),
    ]

    @Test(arguments: cases)
    func splits(_ text: String, _ expected: [String]) throws {
        #expect(try TestSupport.segmenter("tr").sentences(in: text) == expected)
    }
}
