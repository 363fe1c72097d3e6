import DragomanCore
import Testing

@Suite struct BidiIsolationTests {
    static let fsi = "\u{2068}"
    static let pdi = "\u{2069}"

    @Test(arguments: [
        ("علاج MSC للتوحد", "علاج \u{2068}MSC\u{2069} للتوحد"),
        ("غير معتمد من FDA.", "غير معتمد من \u{2068}FDA\u{2069}."),
        ("في IstemCellTherapy، ندعم", "في \u{2068}IstemCellTherapy\u{2069}، ندعم"),
        ("جرعة 5 mg يوميًا", "جرعة \u{2068}5 mg\u{2069} يوميًا"),
        ("نسبة 30% من الحالات", "نسبة \u{2068}30%\u{2069} من الحالات"),
        ("زوروا https://example.com/a-b اليوم", "زوروا \u{2068}https://example.com/a-b\u{2069} اليوم"),
        ("(MSC) علاج", "(\u{2068}MSC\u{2069}) علاج"),
    ])
    func isolatesLatinRuns(text: String, expected: String) {
        #expect(BidiIsolation.isolateRuns(text) == expected)
    }

    @Test func leavesLatinOnlyAndAlreadyIsolatedTextAlone() {
        #expect(BidiIsolation.isolateRuns("MSC therapy") == "MSC therapy")
        let isolated = "علاج \u{2068}MSC\u{2069}"
        #expect(BidiIsolation.isolateRuns(isolated) == isolated)
    }

    @Test func isolatesTextInsideCodesButNotCodes() {
        let bold = InlineCode(id: 1, kind: .strong, data: "**")
        let link = InlineCode(id: 2, kind: .url, data: "https://istemcelltherapy.com")
        let content: [InlineElement] = [
            .text("في "), .open(bold), .text("IstemCellTherapy"), .close(bold), .text(" انظر "), .standalone(link),
        ]
        let isolated = BidiIsolation.isolate(content)
        #expect(isolated[2] == .text("\(Self.fsi)IstemCellTherapy\(Self.pdi)"))
        #expect(isolated[5] == .standalone(link))
    }
}
