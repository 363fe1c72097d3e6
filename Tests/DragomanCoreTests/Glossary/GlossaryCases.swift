import Testing

/// A bilingual case written for these tests, with the findings it must produce (`kind:concept`, sorted).
struct GlossaryCase: CustomTestStringConvertible, Sendable {
    var locale: String
    var source: String
    var target: String
    var expected: [String]

    init(_ locale: String, _ source: String, _ target: String, _ expected: [String] = []) {
        self.locale = locale
        self.source = source
        self.target = target
        self.expected = expected.sorted()
    }

    var testDescription: String { "\(locale): \(source) → \(target)" }
}

/// English → Turkish: inflected compliant uses, then violations of each kind.
let turkishCases: [GlossaryCase] = [
    GlossaryCase("tr", "Mesenchymal stem cells were isolated.", "Mezenkimal kök hücreler izole edildi."),
    GlossaryCase("tr", "The number of stem cells increased.", "Örnekteki kök hücrelerin sayısı arttı."),
    GlossaryCase("tr", "Cells were taken from bone marrow.", "Hücreler kemik iliğinden alındı."),
    GlossaryCase("tr", "BONE MARROW HARVEST", "KEMİK İLİĞİ TOPLAMA"),
    GlossaryCase("tr", "Bone marrow samples were frozen.", "Kemik iliği örnekleri donduruldu."),
    GlossaryCase("tr", "Bone marrow aspirates differ.", "Kemik iliklerinin aspiratları farklıdır."),
    GlossaryCase("tr", "Inflammation of the gut lining.", "Bağırsak zarının iltihabı."),
    GlossaryCase("tr", "Chronic inflammation worsens symptoms.", "Kronik inflamasyon belirtileri kötüleştirir."),
    GlossaryCase("tr", "Reducing neuroinflammation is a goal.", "Nöroinflamasyonun azaltılması bir hedeftir."),
    GlossaryCase("tr", "MSCs were infused slowly.", "MSC'ler yavaşça infüze edildi."),
    GlossaryCase("tr", "The MSC dose was fixed.", "MSC dozu sabitlendi."),
    GlossaryCase("tr", "Children with ASD took part.", "OSB'li çocuklar katıldı."),
    GlossaryCase("tr", "The prevalence of ASD is rising.", "OSB'nin yaygınlığı artıyor."),
    GlossaryCase("tr", "Autism is a spectrum.", "Otizm bir yelpazedir."),
    GlossaryCase("tr", "Funding in autism research grew.", "Otizm araştırmalarında fonlar arttı."),
    GlossaryCase("tr", "The gut–brain axis matters.", "Bağırsak-beyin ekseni önemlidir."),
    GlossaryCase("tr", "Regulation of the gut-brain axis improved.", "Bağırsak-beyin ekseninin düzenlenmesi iyileşti."),
    GlossaryCase("tr", "Tissue derived from the umbilical cord.", "Göbek kordonundan elde edilen doku."),
    GlossaryCase("tr", "Dental pulp stem cells are small.", "Diş pulpası kök hücreleri küçüktür."),
    GlossaryCase("tr", "Cells from adipose tissue were used.", "Yağ dokusundan elde edilen hücreler kullanıldı."),
    GlossaryCase("tr", "They act through paracrine signalling.", "Parakrin sinyalleşme yoluyla etki ederler."),
    GlossaryCase(
        "tr", "This was shown in randomised controlled trials.", "Bu, randomize kontrollü çalışmalarda gösterildi."),
    GlossaryCase("tr", "The treatment protocols were standardized.", "Tedavi protokolleri standartlaştırıldı."),
    GlossaryCase("tr", "Intravenous administration is common.", "İntravenöz uygulama yaygındır."),
    GlossaryCase("tr", "An intrathecal injection was given.", "İntratekal enjeksiyon yapıldı."),
    GlossaryCase("tr", "The FDA has not approved it.", "FDA bunu onaylamadı."),
    GlossaryCase("tr", "The FDA's position is clear.", "FDA'nın tutumu açıktır."),
    GlossaryCase("tr", "Read more at IstemCellTherapy.", "Daha fazlası IstemCellTherapy'de."),
    GlossaryCase("tr", "IMMUNOMODULATORY EFFECTS", "İMMÜNOMODÜLATÖR ETKİLER"),
    GlossaryCase("tr", "Anti-inflammatory properties were seen.", "Antiinflamatuvar özellikler görüldü."),
    GlossaryCase("tr", "Markers in cerebrospinal fluid rose.", "Beyin omurilik sıvısındaki belirteçler arttı."),
    GlossaryCase("tr", "A placebo group was included.", "Bir plasebo grubu dahil edildi."),
    GlossaryCase("tr", "The clinicians' views differed.", "Klinisyenlerin görüşleri farklıydı."),
    GlossaryCase("tr", "The child's immune system reacts.", "Çocuğun bağışıklık sisteminde tepki oluşur."),
    GlossaryCase("tr", "Crossing the blood-brain barrier is hard.", "Kan-beyin bariyerini geçmek zordur."),
    GlossaryCase("tr", "The future of regenerative medicine is open.", "Rejeneratif tıbbın geleceği açıktır."),
    GlossaryCase("tr", "Cytokines were measured.", "Sitokinler ölçüldü."),
    GlossaryCase("tr", "Cells respond to oxidative stress.", "Hücreler oksidatif strese yanıt verir."),
    GlossaryCase("tr", "Side effects were mild.", "Yan etkiler hafifti."),
    GlossaryCase("tr", "Informed consent was obtained.", "Bilgilendirilmiş onamı alındı."),
    GlossaryCase("tr", "The clinic is in Istanbul.", "Klinik İstanbul'da."),
    GlossaryCase("tr", "Exosomes carry signals.", "Eksozomların taşıdığı sinyaller."),
    GlossaryCase("tr", "The safety profile was favorable.", "Güvenlik profilinin olumlu olduğu görüldü."),
    GlossaryCase("tr", "The immune system adapts.", "BAĞIŞIKLIK SİSTEMİ uyum sağlar."),
    GlossaryCase("tr", "ISTANBUL CLINIC", "İSTANBUL KLİNİĞİ"),
    GlossaryCase("tr", "Mesenchymal stem cell therapy for autism.", "Otizm için mezenkimal kök hücre tedavisi."),
    GlossaryCase("tr", "Stem cell therapies are regulated.", "Kök hücre tedavileri düzenlenir."),
    GlossaryCase("tr", "Exosome dose and MSC source were recorded.", "Eksozom dozu ve MSC kaynağı kaydedildi."),
    GlossaryCase("tr", "Autistic people deserve respect.", "Otizmli bireyler saygıyı hak eder."),
    GlossaryCase("tr", "Quality of life improved.", "Yaşam kalitesinde iyileşme görüldü."),
    GlossaryCase("tr", "Neural connectivity was measured.", "Nöral bağlantısallığın ölçümü yapıldı."),
    // Violations.
    GlossaryCase(
        "tr", "Mesenchymal stem cells were isolated.", "Mezenkimal ana hücreler izole edildi.",
        ["forbidden:stem-cell", "missing:msc"]),
    GlossaryCase(
        "tr", "Stem cell research is growing.", "Ana hücre araştırmaları büyüyor.",
        ["forbidden:stem-cell", "missing:stem-cell"]),
    GlossaryCase("tr", "Stem cells and their banks.", "Kök hücreler ve ana hücre bankaları.", ["forbidden:stem-cell"]),
    GlossaryCase("tr", "Autism is a condition.", "Otizm hastalığı bir durumdur.", ["forbidden:autism"]),
    GlossaryCase(
        "tr", "An autistic person joined.", "Otistik bir kişi katıldı.",
        ["forbidden:autistic-person", "missing:autistic-person"]),
    GlossaryCase("tr", "Children with ASD took part.", "ASD'li çocuklar katıldı.", ["forbidden:asd", "missing:asd"]),
    GlossaryCase("tr", "The FDA reviewed it.", "Gıda ve İlaç Dairesi bunu inceledi.", ["dnt:fda"]),
    GlossaryCase("tr", "MSC therapy is experimental.", "MKH tedavisi deneyseldir.", ["dnt:msc-abbr"]),
    GlossaryCase(
        "tr", "Follow the IstemCellTherapy blog.", "İstemSelTerapi blogunu takip edin.", ["dnt:istemcelltherapy"]),
    GlossaryCase(
        "tr", "Visit IstemCellTherapy today.", "Bugün istemcelltherapy ziyaret edin.", ["dnt:istemcelltherapy"]),
    GlossaryCase(
        "tr", "Bone marrow samples were frozen.", "Kemik dokusu örnekleri donduruldu.", ["missing:bone-marrow"]),
    GlossaryCase(
        "tr", "It has an anti-inflammatory effect.", "Anti-enflamatuar etkisi vardır.",
        ["forbidden:anti-inflammatory", "missing:anti-inflammatory"]),
    GlossaryCase("tr", "There is no cure.", "Mucize tedavi yoktur.", ["forbidden:cure", "missing:cure"]),
    GlossaryCase("tr", "A placebo was given.", "Sahte ilaç verildi.", ["forbidden:placebo", "missing:placebo"]),
    GlossaryCase("tr", "Neuroinflammation was reduced.", "Sinir iltihabı azaldı.", ["missing:neuroinflammation"]),
    GlossaryCase("tr", "Dental pulp is a source.", "Diş özü bir kaynaktır.", ["missing:dental-pulp"]),
    GlossaryCase("tr", "The gut-brain axis matters.", "Bağırsak ekseni önemlidir.", ["missing:gut-brain-axis"]),
    GlossaryCase("tr", "The immune system adapts.", "Bağişiklik sistemi uyum sağlar.", ["missing:immune-system"]),
    GlossaryCase(
        "tr", "Randomized controlled trials are needed.", "Rastgele kontrollü çalışmalar gerekiyor.", ["missing:rct"]),
    GlossaryCase(
        "tr", "Chronic inflammation persists.", "İltihapı kronik olarak sürer.", ["missing:chronic-inflammation"]),
    GlossaryCase("tr", "Stem cells were counted.", "Kök hücrelar sayıldı.", ["missing:stem-cell"]),
    GlossaryCase("tr", "The FDA and MSC rules.", "Kurum ve hücre kuralları.", ["dnt:fda", "dnt:msc-abbr"]),
]

/// English → Arabic: clitics, article, suffixes and normalization, then violations of each kind.
let arabicCases: [GlossaryCase] = [
    GlossaryCase("ar", "Mesenchymal stem cells", "الخلايا الجذعية الوسيطة"),
    GlossaryCase("ar", "Treatment with mesenchymal stem cells.", "العلاج بالخلايا الجذعية الوسيطة."),
    GlossaryCase("ar", "A therapy for autism.", "علاج للتوحد."),
    GlossaryCase("ar", "Stress and inflammation.", "الإجهاد والالتهاب."),
    GlossaryCase("ar", "Anti-inflammatory effects.", "تأثيرات مضادة للالتهاب."),
    GlossaryCase("ar", "Immunomodulatory properties.", "خصائص مُعَدِّلة للمناعة."),
    GlossaryCase("ar", "Chronic inflammation persists.", "يستمر الالتهاب المزمن."),
    GlossaryCase("ar", "Patients with chronic inflammation.", "مرضى مصابون بالتهاب مزمن."),
    GlossaryCase("ar", "Neuroinflammation was reduced.", "انخفض الالتهاب العصبي."),
    GlossaryCase("ar", "Cells from bone marrow.", "خلايا من نخاع العظم."),
    GlossaryCase("ar", "Tissue from the umbilical cord.", "نسيج من الحبل السري."),
    GlossaryCase("ar", "Umbilical cord blood banks.", "بنوك دم الحبل السري."),
    GlossaryCase("ar", "Dental pulp is a source.", "لب الأسنان مصدر."),
    GlossaryCase("ar", "Autism spectrum disorder is complex.", "اضطراب طيف التوحد معقد."),
    GlossaryCase("ar", "Children with ASD took part.", "شارك الأطفال المصابون باضطراب طيف التوحد."),
    GlossaryCase("ar", "Signs of ASD vary.", "تتفاوت علامات ASD."),
    GlossaryCase("ar", "The immune system adapts.", "يتكيف الجهاز المناعي."),
    GlossaryCase("ar", "The gut–brain axis matters.", "محور الأمعاء والدماغ مهم."),
    GlossaryCase("ar", "Clinical trials are ongoing.", "التجارب السريرية جارية."),
    GlossaryCase("ar", "It was tested in clinical trials.", "اختبر في التجارب السريرية."),
    GlossaryCase("ar", "A randomized controlled trial.", "تجربة عشوائية مضبوطة."),
    GlossaryCase("ar", "Intravenous infusion.", "التسريب عن طريق الوريد."),
    GlossaryCase("ar", "The FDA agency.", "إدارة FDA."),
    GlossaryCase("ar", "Approved by the FDA.", "معتمد لـFDA."),
    GlossaryCase("ar", "MSC therapy.", "العلاج بخلايا MSC."),
    GlossaryCase("ar", "The IstemCellTherapy blog.", "مدونة IstemCellTherapy."),
    GlossaryCase("ar", "The prevalence rose.", "ارتفع معدل الانتشار."),
    GlossaryCase("ar", "Quality of life improved.", "تحسنت جودة الحياة."),
    GlossaryCase("ar", "Side effects were mild.", "كانت الآثار الجانبية خفيفة."),
    GlossaryCase("ar", "Researchers and clinicians agree.", "يتفق الباحثون والأطباء."),
    GlossaryCase("ar", "Immunology and neuroscience advance.", "يتقدم علم المناعة وعلم الأعصاب."),
    GlossaryCase("ar", "Stem cells divide.", "تنقسم الخلايا الجذعيّة."),
    GlossaryCase("ar", "Stem cells renew.", "تتجدد الخلايـا الجذعيـة."),
    GlossaryCase("ar", "The future of regenerative medicine.", "مستقبل للطب التجديدي."),
    GlossaryCase("ar", "The clinic in Istanbul.", "العيادة في إسطنبول."),
    GlossaryCase("ar", "A clinic in Istanbul.", "عيادة في اسطنبول."),
    GlossaryCase("ar", "Cytokines were measured.", "قيست السيتوكينات."),
    GlossaryCase("ar", "Exosomes carry signals.", "تحمل الإكسوسومات إشارات."),
    GlossaryCase("ar", "A double-blind design.", "تصميم تجربة مزدوجة التعمية."),
    GlossaryCase("ar", "Support tissue repair.", "دعم لإصلاح الأنسجة."),
    GlossaryCase("ar", "Through paracrine signaling.", "من خلال الإشارات نظيرة الصماوية."),
    GlossaryCase("ar", "With paracrine signaling.", "بالإشارات نظيرة الصماوية."),
    GlossaryCase("ar", "The safety profile is good.", "ملف الأمان جيد."),
    GlossaryCase("ar", "Follow ethical guidelines.", "اتبعوا المبادئ التوجيهية الأخلاقية."),
    GlossaryCase("ar", "In the immune response.", "في الاستجابة المناعية."),
    GlossaryCase("ar", "Multipotent cells.", "خلايا متعددة القدرات."),
    GlossaryCase("ar", "Its immunity and tissue repair.", "ترميم الأنسجة ومناعتها."),
    GlossaryCase("ar", "Mesenchymal stem cell therapy for autism.", "العلاج بالخلايا الجذعية الوسيطة للتوحد."),
    GlossaryCase("ar", "Adipose tissue is rich.", "الأنسجة الدهنية غنية."),
    GlossaryCase("ar", "Informed consent is required.", "الموافقة المستنيرة مطلوبة."),
    // Violations.
    GlossaryCase("ar", "Mesenchymal stem cells", "الخلايا الجذعية الميزنشيمية", ["forbidden:msc", "missing:msc"]),
    GlossaryCase("ar", "Stem cells", "الخلايا الأم", ["forbidden:stem-cell", "missing:stem-cell"]),
    GlossaryCase("ar", "Stem cells divide.", "الخلايا الجذعية أو ما يسمى الخلايا الأم تنقسم.", ["forbidden:stem-cell"]),
    GlossaryCase("ar", "Autism is common.", "مرض التوحد شائع.", ["forbidden:autism"]),
    GlossaryCase(
        "ar", "An autistic person joined.", "انضم شخص توحدي.", ["forbidden:autistic-person", "missing:autistic-person"]),
    GlossaryCase("ar", "FDA approval.", "موافقة إدارة الغذاء والدواء.", ["dnt:fda"]),
    GlossaryCase("ar", "MSC therapy.", "العلاج بالخلايا الجذعية الوسيطة.", ["dnt:msc-abbr"]),
    GlossaryCase("ar", "The IstemCellTherapy team.", "فريق إستم سيل ثيرابي.", ["dnt:istemcelltherapy"]),
    GlossaryCase("ar", "Inflammation was reduced.", "انخفض التورم.", ["missing:inflammation"]),
    GlossaryCase("ar", "Taken from bone marrow.", "مأخوذة من العظام.", ["missing:bone-marrow"]),
    GlossaryCase("ar", "This is not a cure.", "هذا ليس علاجا معجزة.", ["forbidden:cure", "missing:cure"]),
    GlossaryCase("ar", "Dental pulp is a source.", "عصب السن مصدر.", ["missing:dental-pulp"]),
    GlossaryCase("ar", "The gut–brain axis matters.", "محور الأمعاء مهم.", ["missing:gut-brain-axis"]),
    GlossaryCase("ar", "A clinical trial began.", "بدأت دراسة.", ["missing:clinical-trial"]),
    GlossaryCase("ar", "Autism spectrum disorder is complex.", "اضطراب التوحد معقد.", ["missing:asd"]),
    GlossaryCase("ar", "Immunomodulatory effects.", "تأثيرات مناعية.", ["missing:immunomodulatory"]),
    GlossaryCase("ar", "Neuroinflammation was reduced.", "انخفض الالتهاب.", ["missing:neuroinflammation"]),
    GlossaryCase("ar", "A placebo and a cure.", "دواء وهمي وعلاج سحري.", ["forbidden:cure", "missing:cure"]),
    GlossaryCase(
        "ar", "Stem cells and the FDA.", "الخلايا الأم وهيئة الدواء.",
        ["dnt:fda", "forbidden:stem-cell", "missing:stem-cell"]),
]
