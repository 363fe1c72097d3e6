/// Held-out English → Turkish cases: possessive, case and copula chains on term heads, consonant alternation,
/// buffers after apostrophes; then words that only begin like a term, broken harmony or voicing, and forbidden
/// variants inflected.
let heldOutTurkishCases: [GlossaryCase] = [
    GlossaryCase(
        "tr", "Stem cells from your own body are used.", "Kendi vücudunuzdaki kök hücrelerinizden yararlanılır."),
    GlossaryCase("tr", "The cells in our bone marrow are stored.", "Kemik iliğimizdeki hücreler saklanır."),
    GlossaryCase("tr", "The control group received a placebo.", "Kontrol grubu plaseboyu aldı."),
    GlossaryCase("tr", "Cytokine levels in the blood were high.", "Kandaki sitokinlerin düzeyi yüksekti."),
    GlossaryCase("tr", "Proteins in exosomes were examined.", "Eksozomlardaki proteinler incelendi."),
    GlossaryCase("tr", "Our follow-up lasted two years.", "Takibimiz iki yıl sürdü."),
    GlossaryCase("tr", "Patients in follow-up were given appointments.", "Takipteki hastalara randevu verildi."),
    GlossaryCase("tr", "Your clinician will explain the risks.", "Hekiminiz riskleri açıklayacaktır."),
    GlossaryCase("tr", "There is a sex difference in prevalence.", "Yaygınlıkta cinsiyet farkı vardır."),
    GlossaryCase(
        "tr", "The degree of inflammation in the gut was measured.", "Bağırsaktaki iltihabın derecesi ölçüldü."),
    GlossaryCase("tr", "Research in regenerative medicine is growing.", "Rejeneratif tıpta araştırmalar artıyor."),
    GlossaryCase("tr", "Interest in regenerative medicine is rising.", "Rejeneratif tıbba ilgi artıyor."),
    GlossaryCase(
        "tr", "Our treatment protocols are reviewed every year.", "Tedavi protokollerimiz her yıl gözden geçirilir."),
    GlossaryCase(
        "tr", "Our patients' quality of life rose clearly.",
        "Hastalarımızın yaşam kalitesinde belirgin bir artış oldu."),
    GlossaryCase(
        "tr", "Early diagnosis matters in autism spectrum disorders.",
        "Otizm spektrum bozukluklarında erken tanı önemlidir."),
    GlossaryCase(
        "tr", "The families of people with ASD need support too.", "OSB'lilerin ailelerinin de desteğe ihtiyacı var."),
    GlossaryCase("tr", "The cells were returned to the adipose tissue.", "Hücreler adipoz dokuya geri verildi."),
    GlossaryCase("tr", "Storing umbilical cord blood is costly.", "Göbek kordonu kanının saklanması pahalıdır."),
    GlossaryCase("tr", "Its side effect was reported as mild.", "Yan etkisinin hafif olduğu bildirildi."),
    GlossaryCase("tr", "The study was double-blind.", "Çalışma çift kördü."),
    GlossaryCase(
        "tr", "In autism the immune response was weaker.", "Otizmde bağışıklık yanıtının daha zayıf olduğu görüldü."),
    GlossaryCase("tr", "A specialist performs the lumbar puncture.", "Lomber ponksiyonu bir uzman yapar."),
    GlossaryCase(
        "tr", "Markers were found in cerebrospinal fluids.", "Beyin omurilik sıvılarında belirteçler bulundu."),
    GlossaryCase("tr", "Your informed consent is required.", "Aydınlatılmış onamınız gereklidir."),
    GlossaryCase("tr", "The results of our stem cell therapy.", "Kök hücre tedavimizin sonuçları."),
    GlossaryCase("tr", "This approach is evidence-based.", "Bu yaklaşım kanıta dayalıdır."),
    GlossaryCase("tr", "Changes in synaptic function were seen.", "Sinaptik işlevlerde değişiklikler görüldü."),
    GlossaryCase("tr", "Patient safety comes first for us.", "Hasta güvenliğimiz her şeyden önce gelir."),
    GlossaryCase("tr", "Activation of microglia was observed.", "Mikroglianın etkinleşmesi gözlendi."),
    GlossaryCase("tr", "Markers rose after oxidative stress.", "Oksidatif stresten sonra belirteçler yükseldi."),
    GlossaryCase("tr", "It was compared with immunology.", "İmmünolojiyle karşılaştırıldı."),
    GlossaryCase("tr", "STEM CELLS AND THEIR EFFECTS", "KÖK HÜCRELER VE ETKİLERİ"),
    GlossaryCase("tr", "At our clinic in Istanbul.", "İstanbul'daki kliniğimizde."),
    GlossaryCase("tr", "Children's immune systems differ.", "Çocukların bağışıklık sistemlerinde farklar var."),
    GlossaryCase("tr", "Their social interaction improved.", "Sosyal etkileşimlerinde iyileşme oldu."),
    GlossaryCase("tr", "We are clinicians, not salespeople.", "Biz hekimiz, satıcı değiliz."),
    GlossaryCase("tr", "You are the clinician; you decide.", "Siz klinisyensiniz; kararı siz verirsiniz."),
    GlossaryCase(
        "tr", "We were clinicians before we did research.", "Araştırmaya başlamadan önce hekimdik."),
    GlossaryCase("tr", "Pre-clinical studies came first.", "Önce klinik öncesi çalışmalar yapıldı."),
    // Words that only begin like a term, chains that are not Turkish, and inflected forbidden variants.
    GlossaryCase("tr", "Key cells were identified.", "Anahtar hücreler belirlendi."),
    GlossaryCase(
        "tr", "Our follow-up team calls every patient.", "Takipçi ekibimiz her hastayı arar.", ["missing:follow-up"]),
    GlossaryCase("tr", "Exosome transport was measured.", "Eksozomal taşınım ölçüldü.", ["missing:exosome"]),
    GlossaryCase("tr", "Stem cells were counted.", "Kök hücrelerler sayıldı.", ["missing:stem-cell"]),
    GlossaryCase("tr", "Cytokines were measured.", "Sitokinlar ölçüldü.", ["missing:cytokine"]),
    GlossaryCase("tr", "Patients stay in follow-up.", "Hastalar takipde kalır.", ["missing:follow-up"]),
    GlossaryCase("tr", "Stem cells were found.", "Kökteki hücreler bulundu.", ["missing:stem-cell"]),
    GlossaryCase(
        "tr", "Programs for autistic individuals.", "Otistiklere yönelik programlar.",
        ["forbidden:autistic-person", "missing:autistic-person"]),
    GlossaryCase(
        "tr", "Research on autism is growing.", "Otizm hastalığına ilişkin araştırmalar artıyor.", ["forbidden:autism"]),
    GlossaryCase(
        "tr", "Families affected by autism.", "Otizm hastalıklarından etkilenen aileler.", ["forbidden:autism"]),
    GlossaryCase(
        "tr", "The placebo's effect.", "Sahte ilacın etkisi.", ["forbidden:placebo", "missing:placebo"]),
    GlossaryCase(
        "tr", "Beware of anyone promising a cure.", "Mucize tedavilerden uzak durun.",
        ["forbidden:cure", "missing:cure"]),
    GlossaryCase(
        "tr", "Stem cells from the placenta.", "Plasentadaki ana hücrelerden.",
        ["forbidden:stem-cell", "missing:stem-cell"]),
    GlossaryCase(
        "tr", "Regenerative medicine treatments.", "Rejeneratif tıbbi tedaviler.", ["missing:regenerative-medicine"]),
    GlossaryCase("tr", "Informed consent was taken.", "Hastanın izni alındı.", ["missing:informed-consent"]),
]

/// Held-out English → Arabic cases: stacked proclitics, duals and plurals with pronouns, ta marbuta and hamza
/// before suffixes, dependent words; then words whose first letters belong to the root, and forbidden variants.
let heldOutArabicCases: [GlossaryCase] = [
    GlossaryCase("ar", "Ask your clinician before you start.", "اسألي طبيبتك قبل البدء."),
    GlossaryCase("ar", "The experience of our clinicians.", "خبرة طبيباتنا."),
    GlossaryCase("ar", "Treatment with your own stem cells.", "العلاج بخلاياكم الجذعية."),
    GlossaryCase("ar", "Two clinical trials were completed.", "اكتملت التجربتان السريريتان."),
    GlossaryCase("ar", "In our clinical studies.", "في دراساتنا السريرية."),
    GlossaryCase("ar", "A form for informed consent.", "نموذج للموافقة المستنيرة."),
    GlossaryCase("ar", "Their informed consent was recorded.", "سُجلت موافقتهم المستنيرة."),
    GlossaryCase("ar", "The adverse events were recorded.", "سُجِّلَت الأحداثُ الضائرةُ."),
    GlossaryCase("ar", "For its safety profile.", "لملف أمانه."),
    GlossaryCase("ar", "And with neuroinflammation.", "وبالالتهاب العصبي."),
    GlossaryCase("ar", "Like chronic inflammation.", "كالالتهاب المزمن."),
    GlossaryCase("ar", "Our follow-up continues.", "متابعتنا مستمرة."),
    GlossaryCase("ar", "Its prevalence is rising.", "انتشاره في ازدياد."),
    GlossaryCase("ar", "Markers in cerebrospinal fluid.", "مؤشرات في السائل الدماغي الشوكي."),
    GlossaryCase("ar", "Crossing the blood-brain barrier.", "العبور عبر الحاجز الدموي الدماغي."),
    GlossaryCase("ar", "Bioactive molecules were released.", "أُطلقت الجزيئات النشطة حيوياً."),
    GlossaryCase("ar", "Autologous cells were used.", "استُخدمت خلايا ذاتية المنشأ."),
    GlossaryCase("ar", "Allogeneic transplants.", "عمليات الزرع الخيفية."),
    GlossaryCase("ar", "Degenerative diseases.", "أمراض تنكسية."),
    GlossaryCase("ar", "Two clinicians reviewed it.", "راجعه طبيبان."),
    GlossaryCase("ar", "Its extracellular vesicles.", "حويصلاتها خارج الخلية."),
    GlossaryCase("ar", "Evidence-based practices.", "الممارسات المبنية على الأدلة."),
    GlossaryCase("ar", "Anti-inflammatory drugs help.", "تساعد مضادات الالتهاب."),
    GlossaryCase("ar", "Their social communication.", "تواصلهم الاجتماعي."),
    GlossaryCase("ar", "Their sensory processing.", "معالجتهم الحسية."),
    GlossaryCase("ar", "For their quality of life.", "لجودة حياتهم."),
    GlossaryCase("ar", "For their cure.", "من أجل شفائهم."),
    GlossaryCase("ar", "Their dental pulp.", "لب أسنانهم."),
    GlossaryCase("ar", "Placebos were given.", "أُعطيت أدوية وهمية."),
    GlossaryCase("ar", "Medical advice is not given here.", "لا نقدم هنا نصائح طبية."),
    GlossaryCase("ar", "Follow the guidance of our clinicians.", "اتبعوا توجيهات أطبائنا."),
    GlossaryCase("ar", "In their two clinical trials.", "في تجربتيهما السريريتين."),
    GlossaryCase("ar", "From his two stem cells.", "من خليتيه الجذعيتين."),
    // Words whose first letters are root letters, not clitics; other words for the concept; forbidden variants.
    GlossaryCase("ar", "Autism brings families together.", "تتوحد الأسر حول الطفل.", ["missing:autism"]),
    GlossaryCase("ar", "Ask a clinician.", "اسأل المعالج الطبيعي.", ["missing:clinician"]),
    GlossaryCase("ar", "We promise transparency, not a cure.", "نعد بالشفافية لا بالمعجزات.", ["missing:cure"]),
    GlossaryCase("ar", "Bone marrow samples.", "عينات النخاع الشوكي.", ["missing:bone-marrow"]),
    GlossaryCase("ar", "Clinical trials are needed.", "الاختبارات السريرية ضرورية.", ["missing:clinical-trial"]),
    GlossaryCase("ar", "Side effects are rare.", "التأثيرات الجانبية نادرة.", ["missing:side-effect"]),
    GlossaryCase("ar", "Informed consent is required.", "الموافقة المسبقة مطلوبة.", ["missing:informed-consent"]),
    GlossaryCase("ar", "Beware of miracle cures.", "احذروا العلاجات السحرية.", ["forbidden:cure", "missing:cure"]),
    GlossaryCase("ar", "For stem cells.", "للخلايا الأم.", ["forbidden:stem-cell", "missing:stem-cell"]),
    GlossaryCase(
        "ar", "For autistic individuals.", "للتوحديين.", ["forbidden:autistic-person", "missing:autistic-person"]),
    GlossaryCase("ar", "Treatments for autism.", "علاجات لمرض التوحد.", ["forbidden:autism"]),
]
