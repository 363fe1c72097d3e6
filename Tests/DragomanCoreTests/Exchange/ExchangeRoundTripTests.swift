import Foundation
import PropertyBased
import Testing

@testable import DragomanCore

/// One shared suite for every format, as Translate Toolkit runs its format tests.
@Suite struct ExchangeRoundTripTests {
    /// Export then import, nothing edited: every unit unchanged, the store byte-identical.
    @Test(arguments: ExchangeFormat.allCases)
    func exportThenImportIsTheIdentity(_ format: ExchangeFormat) throws {
        let project = try TestProject(everything: true, withStore: true)
        defer { project.remove() }
        for locale in ["tr", "ar"] {
            let before = project.snapshot()
            let exported = format.write(try project.export(locale))
            let outcome = try project.importText(exported, format: format)
            #expect(outcome.summary.applied == 0)
            #expect(outcome.summary.rejected.isEmpty)
            #expect(outcome.summary.unchanged == 68 + (try project.posts()[0].segments.count))
            #expect(outcome.written == 0)
            #expect(project.snapshot() == before)
        }
    }

    /// Targets filled by a translator come back as they were, with their state, and a second import changes nothing.
    @Test(arguments: ExchangeFormat.allCases)
    func filledTargetsSurvive(_ format: ExchangeFormat) throws {
        let project = try TestProject(everything: true)
        defer { project.remove() }
        var document = try project.export("tr")
        var expected: [String: [ExchangeToken]] = [:]
        for file in document.files.indices {
            for unit in document.files[file].units.indices {
                let source = document.files[file].units[unit].source
                let target = source.map { token -> ExchangeToken in
                    if case .text(let text) = token {
                        return .text(text.uppercased().replacingOccurrences(of: "I", with: "İ"))
                    }
                    return token
                }
                document.files[file].units[unit].target = target
                document.files[file].units[unit].state = .reviewed
                expected[document.files[file].units[unit].id] = target
            }
        }
        let first = try project.importText(format.write(document), format: format)
        #expect(first.summary.rejected.isEmpty)
        #expect(first.summary.applied == expected.count)
        let again = try project.export("tr")
        for unit in again.files.flatMap(\.units) {
            #expect(unit.target == expected[unit.id], "\(unit.id)")
            #expect(unit.state == (format == .po ? .translated : .reviewed))
        }
        let before = project.snapshot()
        let second = try project.importText(format.write(again), format: format)
        #expect(second.summary.applied == 0)
        #expect(project.snapshot() == before)
    }

    static let source: [InlineElement] = [
        .text("A paragraph with "), .open(.init(id: 1, kind: .strong, data: "**")), .text("strong"),
        .close(.init(id: 1, kind: .strong, data: "**")), .text(", "), .open(.init(id: 2, kind: .emphasis, data: "*")),
        .text("emphasis"), .close(.init(id: 2, kind: .emphasis, data: "*")), .text(", "),
        .standalone(.init(id: 3, kind: .code, data: "`x`")), .text(" and a "),
        .open(.init(id: 4, kind: .link, data: "[")), .text("link"),
        .close(.init(id: 4, kind: .link, data: "](https://example.com)")), .text("."),
    ]

    static let piece = Gen.element(of: [
        "a", "İ", "ı", "ş", "عربي", " ", "<", ">", "&", "\"", "'", "\\", "<7>", "]]>", "\t", "x y",
    ])
    .map { $0 ?? "" }.array(of: 0...5).map { $0.joined() }

    /// Random translations, placeholders in random order, survive every format.
    @Test func randomTargetsSurviveEveryFormat() async {
        await propertyCheck(count: 150, input: Gen.shuffled(["1", "2", "3", "4"]), Self.piece.array(of: 9)) {
            order, texts in
            var target: [ExchangeToken] = [.text("Start " + texts[0])]
            for (index, id) in order.enumerated() {
                if id == "3" {
                    target.append(.standalone(id))
                } else {
                    target += [.open(id), .text(texts[index + 1]), .close(id)]
                }
                target.append(.text(texts[index + 5]))
            }
            target.append(.text(" end."))
            let expected = ImportState.normalized(target)
            var unit = Segment(
                id: SegmentID("41bf1b8255"), content: Self.source, path: "body/p[1]",
                range: SourceRange(
                    startOffset: 0, endOffset: 0, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1),
                raw: ""
            ).exchangeUnit
            unit.target = target
            unit.state = .translated
            let document = ExchangeDocument(
                sourceLanguage: "en", targetLanguage: "tr",
                files: [ExchangeFile(original: "Locales/en/posts/p.md", units: [unit])])
            for format in ExchangeFormat.allCases {
                let read = try? format.read(Array(format.write(document).utf8), path: "p")
                let back = read?.files.first?.units.first
                #expect(back?.target.map(ImportState.normalized) == expected, "\(format)")
                #expect(back?.source == unit.source, "\(format)")
                let resolved = back?.target.flatMap { TargetValidator.resolve($0, source: Self.source).successValue }
                #expect(resolved != nil, "\(format)")
            }
        }
    }
}
