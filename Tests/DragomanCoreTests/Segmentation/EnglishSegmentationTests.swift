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
        ("The trial ended in 2019. 40 patients took part.", ["The trial ended in 2019.", "40 patients took part."]),
        ("Cells were counted. 120 samples passed.", ["Cells were counted.", "120 samples passed."]),
        ("He has a Ph.D. in biology.", ["He has a Ph.D. in biology."]),
        (
            "The nurse said: \"Sit down. Relax. Breathe.\" It worked.",
            ["The nurse said: \"Sit down. Relax. Breathe.\"", "It worked."]
        ),
        ("1. Book a visit. 2. Bring your records.", ["1. Book a visit.", "2. Bring your records."]),
    ]

    @Test(arguments: cases)
    func splits(_ text: String, _ expected: [String]) throws {
        #expect(try TestSupport.segmenter("en").sentences(in: text) == expected)
    }
}
