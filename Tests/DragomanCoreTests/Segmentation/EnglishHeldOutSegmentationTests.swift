import DragomanCore
import Testing

/// English held-out cases: sentences written for these tests in the register of a medical blog (clinics,
/// stem-cell therapy, dosages, titles, dates, citations), kept apart from the cases the rules were first tuned on.
@Suite struct EnglishHeldOutSegmentationTests {
    static let cases: [(String, [String])] = [
        (
            "Our clinic in St. Louis treats knee pain with stem cells. Consultations are free.",
            ["Our clinic in St. Louis treats knee pain with stem cells.", "Consultations are free."]
        ),
        (
            "The protocol follows Smith et al. (2019). It uses cells from bone marrow.",
            ["The protocol follows Smith et al. (2019).", "It uses cells from bone marrow."]
        ),
        (
            "Patients received approx. 50 million cells per injection. Most improved within six weeks.",
            ["Patients received approx. 50 million cells per injection.", "Most improved within six weeks."]
        ),
        (
            "Side effects (e.g., swelling, mild fever) were seen in 4.2% of cases. None were serious.",
            ["Side effects (e.g., swelling, mild fever) were seen in 4.2% of cases.", "None were serious."]
        ),
        (
            "Take 500 mg. twice daily with food.",
            ["Take 500 mg. twice daily with food."]
        ),
        (
            "The doses are listed in Table 2 (see Fig. 3b). Ask your doctor before changing them.",
            ["The doses are listed in Table 2 (see Fig. 3b).", "Ask your doctor before changing them."]
        ),
        (
            "The FDA has not approved this therapy in the U.S. yet. Some clinics offer it anyway.",
            ["The FDA has not approved this therapy in the U.S. yet.", "Some clinics offer it anyway."]
        ),
        (
            "Dr. Patel, M.D., will lead the session at 10.30 a.m. on Monday. Please arrive early.",
            ["Dr. Patel, M.D., will lead the session at 10.30 a.m. on Monday.", "Please arrive early."]
        ),
        (
            "\"We saw real progress,\" said Prof. Chen. \"Pain scores dropped by half.\"",
            ["\"We saw real progress,\" said Prof. Chen.", "\"Pain scores dropped by half.\""]
        ),
        (
            "Call us on +1 555 0100 or e-mail info@regenclinic.example. We answer within 24 hours.",
            ["Call us on +1 555 0100 or e-mail info@regenclinic.example.", "We answer within 24 hours."]
        ),
        (
            "Read more at https://example.org/stem-cells/faq.html. The page is updated monthly.",
            ["Read more at https://example.org/stem-cells/faq.html.", "The page is updated monthly."]
        ),
        (
            "The trial enrolled 120 patients, i.e. 60 per arm. Follow-up lasted one year.",
            ["The trial enrolled 120 patients, i.e. 60 per arm.", "Follow-up lasted one year."]
        ),
        (
            "Our team includes Dr. Maria Lopez, Dr. James O. Reed and Prof. A. K. Singh.",
            ["Our team includes Dr. Maria Lopez, Dr. James O. Reed and Prof. A. K. Singh."]
        ),
        (
            "Knee injections vs. hip injections: which work better? We compare them below.",
            ["Knee injections vs. hip injections: which work better?", "We compare them below."]
        ),
        (
            "Treatment began on Jan. 15, 2024. The second dose followed on Feb. 2. Both went well.",
            ["Treatment began on Jan. 15, 2024.", "The second dose followed on Feb. 2.", "Both went well."]
        ),
        (
            "It worked!!! She walked without a cane for the first time in years.",
            ["It worked!!!", "She walked without a cane for the first time in years."]
        ),
        (
            "Recovery is slow... but steady. Expect months, not weeks.",
            ["Recovery is slow... but steady.", "Expect months, not weeks."]
        ),
        (
            "Stem cells come from fat, bone marrow, cord tissue, etc. Each source has pros and cons.",
            ["Stem cells come from fat, bone marrow, cord tissue, etc.", "Each source has pros and cons."]
        ),
        (
            "Blood levels were 3.5 ng/mL vs. 1.2 ng/mL in controls. The gap was significant.",
            ["Blood levels were 3.5 ng/mL vs. 1.2 ng/mL in controls.", "The gap was significant."]
        ),
        (
            "The study (Lancet, Vol. 12, pp. 45-52) is often cited. Its design was weak.",
            ["The study (Lancet, Vol. 12, pp. 45-52) is often cited.", "Its design was weak."]
        ),
        (
            "He read the label aloud: \"Store at 2-8 °C. Do not freeze.\" Then he closed the box.",
            ["He read the label aloud: \"Store at 2-8 °C. Do not freeze.\"", "Then he closed the box."]
        ),
        (
            "Blood is drawn at 10.30. The cells are ready by 14.00. You go home at 16.15.",
            ["Blood is drawn at 10.30.", "The cells are ready by 14.00.", "You go home at 16.15."]
        ),
        (
            "Our 1st patient was treated in 2015. Since then we have treated over 3,000.",
            ["Our 1st patient was treated in 2015.", "Since then we have treated over 3,000."]
        ),
        (
            "The review by Lee and Park (2021, p. 8) agrees. So does a 2023 meta-analysis.",
            ["The review by Lee and Park (2021, p. 8) agrees.", "So does a 2023 meta-analysis."]
        ),
        (
            "Questions? Write to us at hello@clinic.example. We reply fast.",
            ["Questions?", "Write to us at hello@clinic.example.", "We reply fast."]
        ),
        (
            "The patient, aged 67, asked: \"Will I walk again?\" The doctor nodded.",
            ["The patient, aged 67, asked: \"Will I walk again?\"", "The doctor nodded."]
        ),
        (
            "Fig. 4 shows the MRI before treatment. Fig. 5 shows it after.",
            ["Fig. 4 shows the MRI before treatment.", "Fig. 5 shows it after."]
        ),
        (
            "Dr. Nguyen et al. reported similar results in 2022. They treated 40 knees.",
            ["Dr. Nguyen et al. reported similar results in 2022.", "They treated 40 knees."]
        ),
        (
            "Treatment takes approx. 2 hrs. Most patients go home the same day.",
            ["Treatment takes approx. 2 hrs.", "Most patients go home the same day."]
        ),
        (
            "She takes 0.5 mg. of melatonin at night.",
            ["She takes 0.5 mg. of melatonin at night."]
        ),
        (
            "The main risks are: 1. infection, 2. bleeding, 3. pain at the site.",
            ["The main risks are: 1. infection, 2. bleeding, 3. pain at the site."]
        ),
        (
            "Cells were counted at 9.30 a.m. The results came at noon.",
            ["Cells were counted at 9.30 a.m.", "The results came at noon."]
        ),
        (
            "The cost is approx. €3,500 (incl. follow-up). Payment plans exist.",
            ["The cost is approx. €3,500 (incl. follow-up).", "Payment plans exist."]
        ),
        (
            "The cells come from your own fat (yes, really!) and go back the same day.",
            ["The cells come from your own fat (yes, really!) and go back the same day."]
        ),
        (
            "The sign on the door read \"Closed.\" We came back on Monday.",
            ["The sign on the door read \"Closed.\"", "We came back on Monday."]
        ),
        (
            "(The full protocol is in the appendix.) Doses are given below.",
            ["(The full protocol is in the appendix.)", "Doses are given below."]
        ),
        (
            "She whispered, \"I can walk...\" and started to cry.",
            ["She whispered, \"I can walk...\" and started to cry."]
        ),
        (
            "See https://clinic.example/faq/. It answers most questions.",
            ["See https://clinic.example/faq/.", "It answers most questions."]
        ),
        (
            "It is licensed in the U.K. and the U.S. Many patients still travel abroad for it.",
            ["It is licensed in the U.K. and the U.S.", "Many patients still travel abroad for it."]
        ),
        (
            "The records sit in the U.S. National Library of Medicine.",
            ["The records sit in the U.S. National Library of Medicine."]
        ),
        (
            "Dr. Lee will call you at 5 p.m. Dr. Kim will call tomorrow.",
            ["Dr. Lee will call you at 5 p.m.", "Dr. Kim will call tomorrow."]
        ),
        (
            "Bring your ID, insurance card, scans, etc.",
            ["Bring your ID, insurance card, scans, etc."]
        ),
        (
            "Take it b.i.d. Do not skip a dose.",
            ["Take it b.i.d.", "Do not skip a dose."]
        ),
        (
            "The next visit is on Sept. 3. Bring your scans.",
            ["The next visit is on Sept. 3.", "Bring your scans."]
        ),
        (
            "She trained at Mt. Sinai Hospital. She now heads our lab.",
            ["She trained at Mt. Sinai Hospital.", "She now heads our lab."]
        ),
        (
            "\"Why now?\" asked Dr. Lee. Nobody answered.",
            ["\"Why now?\" asked Dr. Lee.", "Nobody answered."]
        ),
        (
            "Ms. Lopez, R.N., checks your vitals. Then the doctor sees you.",
            ["Ms. Lopez, R.N., checks your vitals.", "Then the doctor sees you."]
        ),
        (
            "The trial (NCT01234567) is registered. Results are due in 2026.",
            ["The trial (NCT01234567) is registered.", "Results are due in 2026."]
        ),
        (
            "The cells are made by CellBio Inc. The company is based in Boston.",
            ["The cells are made by CellBio Inc.", "The company is based in Boston."]
        ),
        (
            "Mr. Brown, 58, had two injections. His pain fell from 8/10 to 3/10.",
            ["Mr. Brown, 58, had two injections.", "His pain fell from 8/10 to 3/10."]
        ),
        (
            "Results are summarised in Sec. 4.2. Limitations follow in Sec. 5.",
            ["Results are summarised in Sec. 4.2.", "Limitations follow in Sec. 5."]
        ),
        (
            "Is it painful? Not really. Most people compare it to a flu shot!",
            ["Is it painful?", "Not really.", "Most people compare it to a flu shot!"]
        ),
        (
            "Dosing was 1 x 10^6 cells/kg. Infusion took 30 min. Patients rested afterwards.",
            ["Dosing was 1 x 10^6 cells/kg.", "Infusion took 30 min.", "Patients rested afterwards."]
        ),
        (
            "Prof. Dr. Ahmet Yilmaz (Istanbul Univ.) gave the opening talk.",
            ["Prof. Dr. Ahmet Yilmaz (Istanbul Univ.) gave the opening talk."]
        ),
        (
            "Ask about it at the front desk [sic.] We can help.",
            ["Ask about it at the front desk [sic.]", "We can help."]
        ),
        (
            "The first visit (approx. 1 h.) is free. Follow-ups cost $80.",
            ["The first visit (approx. 1 h.) is free.", "Follow-ups cost $80."]
        ),
        (
            "The cells were thawed at 37 °C. Viability was 92%.",
            ["The cells were thawed at 37 °C.", "Viability was 92%."]
        ),
        (
            "The dose was 2 mg/kg/day vs. 4 mg/kg/day in the second arm (p < .05). Both were safe.",
            ["The dose was 2 mg/kg/day vs. 4 mg/kg/day in the second arm (p < .05).", "Both were safe."]
        ),
        (
            "Stem cells are not a cure-all. Still, for some patients they help a lot.",
            ["Stem cells are not a cure-all.", "Still, for some patients they help a lot."]
        ),
        (
            "Contact Dr. R. Gupta, Tel. +44 20 7946 0000. He answers in the morning.",
            ["Contact Dr. R. Gupta, Tel. +44 20 7946 0000.", "He answers in the morning."]
        ),
        (
            "Before the injection: 1. Stop aspirin. 2. Drink water. 3. Eat lightly.",
            ["Before the injection: 1. Stop aspirin.", "2. Drink water.", "3. Eat lightly."]
        ),
        (
            "Sessions needed: 1. Recovery takes two days.",
            ["Sessions needed: 1.", "Recovery takes two days."]
        ),
        (
            "Our lab is in Bldg. 4, Rm. 210. Parking is free.",
            ["Our lab is in Bldg. 4, Rm. 210.", "Parking is free."]
        ),
        (
            "The lab is in Suite 4, Bldg. C. It is on the left.",
            ["The lab is in Suite 4, Bldg. C.", "It is on the left."]
        ),
        (
            "The first session was free. $40 covered the second one.",
            ["The first session was free.", "$40 covered the second one."]
        ),
        (
            "The placebo group did worse. ~40 patients dropped out.",
            ["The placebo group did worse.", "~40 patients dropped out."]
        ),
    ]

    @Test(arguments: cases)
    func splits(_ text: String, _ expected: [String]) throws {
        #expect(try TestSupport.segmenter("en").sentences(in: text) == expected)
    }
}
