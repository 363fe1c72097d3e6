import DragomanCore
import Testing

@Suite struct EnglishSegmentationTests {
    static let cases: [(String, [String])] = [
        (
            "Dr. Aydın will see you at ten. Bring your reports.",
            ["Dr. Aydın will see you at ten.", "Bring your reports."]
        ),
        (
            "Prof. Kaya leads the team. She trained in Ankara.",
            ["Prof. Kaya leads the team.", "She trained in Ankara."]
        ),
        ("Mr. and Mrs. Demir arrived early.", ["Mr. and Mrs. Demir arrived early."]),
        ("Ask Prof.Dr. Lee about it. He knows.", ["Ask Prof.Dr. Lee about it.", "He knows."]),
        ("Book through clinic.ca. Bring your reports.", ["Book through clinic.ca.", "Bring your reports."]),
        ("Avoid dairy, e.g. milk and cheese, for a week.", ["Avoid dairy, e.g. milk and cheese, for a week."]),
        ("Use one dose, i.e. five drops. Then wait.", ["Use one dose, i.e. five drops.", "Then wait."]),
        ("The study compared surgery vs. physiotherapy.", ["The study compared surgery vs. physiotherapy."]),
        ("Results by Lee et al. were similar. We agree.", ["Results by Lee et al. were similar.", "We agree."]),
        ("See No. 4 in the list. It is short.", ["See No. 4 in the list.", "It is short."]),
        ("The scan is shown in Fig. 2 below.", ["The scan is shown in Fig. 2 below."]),
        (
            "Visits start at 9 a.m. and end at 5 p.m. every day.",
            ["Visits start at 9 a.m. and end at 5 p.m. every day."]
        ),
        ("Our clinic opens at 8 a.m. Please be on time.", ["Our clinic opens at 8 a.m.", "Please be on time."]),
        ("The dose rose to 2.5 mg. Side effects were rare.", ["The dose rose to 2.5 mg.", "Side effects were rare."]),
        ("Recovery took 3.5 weeks on average.", ["Recovery took 3.5 weeks on average."]),
        ("Wait... the results are not in yet.", ["Wait... the results are not in yet."]),
        ("I waited for hours… Nobody called.", ["I waited for hours…", "Nobody called."]),
        ("I waited for hours... Nobody called.", ["I waited for hours...", "Nobody called."]),
        (
            "Visit www.example.com for details. Call us later.",
            ["Visit www.example.com for details.", "Call us later."]
        ),
        (
            "Write to info@clinic.example.org today. We reply fast.",
            ["Write to info@clinic.example.org today.", "We reply fast."]
        ),
        ("She said, \"It helped.\" Then she smiled.", ["She said, \"It helped.\"", "Then she smiled."]),
        (
            "The test is painless (it takes a minute.) Results follow.",
            ["The test is painless (it takes a minute.)", "Results follow."]
        ),
        ("Is it safe? Yes! It is approved.", ["Is it safe?", "Yes!", "It is approved."]),
        ("\"Does it hurt?\" she asked.", ["\"Does it hurt?\" she asked."]),
        ("J. R. Smith wrote the guide. It is free.", ["J. R. Smith wrote the guide.", "It is free."]),
        ("Take vitamin D. Then rest for a week.", ["Take vitamin D.", "Then rest for a week."]),
        (
            "Call 555-0100 ext. 12 for details. We are open daily.",
            ["Call 555-0100 ext. 12 for details.", "We are open daily."]
        ),
        ("Levels of vitamin B. However, zinc was normal.", ["Levels of vitamin B.", "However, zinc was normal."]),
        ("The guide by J. A. Smith is free.", ["The guide by J. A. Smith is free."]),
        ("The trial ended in 2019. 40 patients took part.", ["The trial ended in 2019.", "40 patients took part."]),
        ("Cells were counted. 120 samples passed.", ["Cells were counted.", "120 samples passed."]),
        ("He has a Ph.D. in biology.", ["He has a Ph.D. in biology."]),
        (
            "The nurse said: \"Sit down. Relax. Breathe.\" It worked.",
            ["The nurse said: \"Sit down. Relax. Breathe.\"", "It worked."]
        ),
        ("1. Book a visit. 2. Bring your records.", ["1. Book a visit.", "2. Bring your records."]),
        // Held-out style: clinic text with abbreviations, doses, dates, times, addresses and mixed scripts.
        (
            "Dr. Smith prescribed 2.5 mg/kg twice daily. The patient improved.",
            ["Dr. Smith prescribed 2.5 mg/kg twice daily.", "The patient improved."]
        ),
        (
            "Prof. Dr. Mehmet Öz gave the talk at 9 a.m. on Monday. It was full.",
            ["Prof. Dr. Mehmet Öz gave the talk at 9 a.m. on Monday.", "It was full."]
        ),
        (
            "The clinic opens at 9 a.m. Patients should arrive early.",
            ["The clinic opens at 9 a.m.", "Patients should arrive early."]
        ),
        (
            "The difference was significant (p < 0.05). Further studies are needed.",
            ["The difference was significant (p < 0.05).", "Further studies are needed."]
        ),
        (
            "She asked, \"Is the therapy safe?\" The doctor nodded.",
            ["She asked, \"Is the therapy safe?\"", "The doctor nodded."]
        ),
        (
            "Results were reported by Yılmaz et al. (2021). They enrolled approx. 3,000 patients.",
            ["Results were reported by Yılmaz et al. (2021).", "They enrolled approx. 3,000 patients."]
        ),
        (
            "Visit www.istemcelltherapy.com.tr or email info@clinic.com for details. We reply within 24 hours.",
            ["Visit www.istemcelltherapy.com.tr or email info@clinic.com for details.", "We reply within 24 hours."]
        ),
        (
            "Download report.pdf before your visit. Bring it with you.",
            ["Download report.pdf before your visit.", "Bring it with you."]
        ),
        (
            "The U.S. Food and Drug Administration approved it in 2019. Europe followed.",
            ["The U.S. Food and Drug Administration approved it in 2019.", "Europe followed."]
        ),
        (
            "She holds a Ph.D. in immunology. Her research focuses on MSCs.",
            ["She holds a Ph.D. in immunology.", "Her research focuses on MSCs."]
        ),
        (
            "See Fig. 2 for the timeline. Table 1 lists side effects.",
            ["See Fig. 2 for the timeline.", "Table 1 lists side effects."]
        ),
        ("Wait... did you say twelve sessions? Yes!", ["Wait... did you say twelve sessions?", "Yes!"]),
        (
            "Common side effects include fever, fatigue, etc. Most resolve within 48 hours.",
            ["Common side effects include fever, fatigue, etc.", "Most resolve within 48 hours."]
        ),
        (
            "Reference No. 12 describes the protocol. It was published in 2018.",
            ["Reference No. 12 describes the protocol.", "It was published in 2018."]
        ),
        (
            "Our team includes Dr. A. Kaya, M.D., and Prof. J. Lee. They have 20 years of experience.",
            ["Our team includes Dr. A. Kaya, M.D., and Prof. J. Lee.", "They have 20 years of experience."]
        ),
        (
            "Is stem cell therapy approved? In some countries, yes. In others, no!",
            ["Is stem cell therapy approved?", "In some countries, yes.", "In others, no!"]
        ),
        ("The first dose was 1.5 ml. 2 ml caused nausea.", ["The first dose was 1.5 ml.", "2 ml caused nausea."]),
        (
            "Costs vary (see Section 3.2). Contact us for a quote.",
            ["Costs vary (see Section 3.2).", "Contact us for a quote."]
        ),
        ("1. Drink water. 2. Rest well. 3. Call us.", ["1. Drink water.", "2. Rest well.", "3. Call us."]),
        ("The clinic closes at 5 p.m. Call before then.", ["The clinic closes at 5 p.m.", "Call before then."]),
        (
            "Results are summarized in Table 2. Fig. 3 shows the trend.",
            ["Results are summarized in Table 2.", "Fig. 3 shows the trend."]
        ),
        (
            "The patient asked: \"Will it hurt?\" The nurse smiled.",
            ["The patient asked: \"Will it hurt?\"", "The nurse smiled."]
        ),
        (
            "The trial ran in the U.S. and Canada. It ended in 2020.",
            ["The trial ran in the U.S. and Canada.", "It ended in 2020."]
        ),
        (
            "Take it with food, i.e. after breakfast. Never on an empty stomach!",
            ["Take it with food, i.e. after breakfast.", "Never on an empty stomach!"]
        ),
        ("Fever rose to 38.5 °C. Then it dropped.", ["Fever rose to 38.5 °C.", "Then it dropped."]),
        (
            "Dr. Lee (Ph.D., M.D.) joined in 2015. She leads the lab.",
            ["Dr. Lee (Ph.D., M.D.) joined in 2015.", "She leads the lab."]
        ),
        ("Approx. 70% responded. The rest did not.", ["Approx. 70% responded.", "The rest did not."]),
        (
            "Assoc. Prof. Kaya and Asst. Prof. Lee spoke. Tel. 555 0100 is open.",
            ["Assoc. Prof. Kaya and Asst. Prof. Lee spoke.", "Tel. 555 0100 is open."]
        ),
        (
            "Ask Dr. O'Brien, Ph.D. She is a Ph.D. student in Ankara.",
            ["Ask Dr. O'Brien, Ph.D.", "She is a Ph.D. student in Ankara."]
        ),
        (
            "MSCs reduce inflammation.[1] They also modulate immunity.[2][3] See below.",
            ["MSCs reduce inflammation.[1]", "They also modulate immunity.[2][3]", "See below."]
        ),
        ("Is it safe?[4] Yes, mostly.[5, 6] Ask us.", ["Is it safe?[4]", "Yes, mostly.[5, 6]", "Ask us."]),
        (
            "The trial ran in the U.S. It ended in 2020. The U.S. Army funded it.",
            ["The trial ran in the U.S.", "It ended in 2020.", "The U.S. Army funded it."]
        ),
        (
            "Book at https://clinic.example/visit?day=mon&slot=2 today. Then call us.",
            ["Book at https://clinic.example/visit?day=mon&slot=2 today.", "Then call us."]
        ),
        (
            "Is the form at www.example.com/form?id=7! It is. Use (HTTPS://Example.com/a?B=1) too.",
            ["Is the form at www.example.com/form?id=7!", "It is.", "Use (HTTPS://Example.com/a?B=1) too."]
        ),
        ("Really?Yes.", ["Really?", "Yes."]),
    ]

    @Test(arguments: cases)
    func splits(_ text: String, _ expected: [String]) throws {
        #expect(try TestSupport.segmenter("en").sentences(in: text) == expected)
    }
}
