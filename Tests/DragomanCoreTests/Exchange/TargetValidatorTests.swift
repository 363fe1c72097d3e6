import Testing

@testable import DragomanCore

/// Each rule a translated target can break, and the message that names the placeholder.
@Suite struct TargetValidatorTests {
    static let bold = InlineCode(id: 1, kind: .strong, data: "**")
    static let link = InlineCode(id: 2, kind: .link, data: "[")
    static let linkEnd = InlineCode(id: 2, kind: .link, data: "](https://example.com)")
    static let code = InlineCode(id: 3, kind: .code, data: "`x`")
    static let source: [InlineElement] = [
        .text("A "), .open(bold), .text("bold"), .close(bold), .text(" "), .open(link), .text("link"),
        .close(linkEnd), .text(" and "), .standalone(code), .text("."),
    ]

    static func message(_ target: [ExchangeToken]) -> String? {
        if case .failure(let rejection) = TargetValidator.resolve(target, source: source) { return rejection.message }
        return nil
    }

    @Test func acceptsCodesInAnyNestingOrder() throws {
        let target: [ExchangeToken] = [
            .standalone("3"), .text(" ile "), .open("2"), .text("bağlantı"), .close("2"), .text(" ve "), .open("1"),
            .text("kalın"), .close("1"), .text("."),
        ]
        let resolved = try #require(TargetValidator.resolve(target, source: Self.source).successValue)
        #expect(resolved.first == .standalone(Self.code))
        #expect(resolved.contains(.close(Self.linkEnd)))
    }

    @Test func namesThePlaceholderOfEachRuleBroken() {
        let all: [ExchangeToken] = [.open("1"), .close("1"), .open("2"), .close("2"), .standalone("3")]
        #expect(Self.message([.open("01"), .close("1")] + all.dropFirst(2)) == "placeholder <01> is not in the source")
        #expect(Self.message([.open("+1")] + all.dropFirst()) == "placeholder <+1> is not in the source")
        #expect(Self.message(all + [.standalone("x")]) == "placeholder <x/> is not in the source")
        #expect(Self.message(all + [.open("9")]) == "placeholder <9> is not in the source")
        #expect(
            Self.message([.open("3")] + all)
                == "placeholder <3/> stands alone in the source but is paired in the target")
        #expect(
            Self.message([.standalone("1")] + all)
                == "placeholder <1> is paired in the source but stands alone in the target")
        #expect(Self.message(all + [.standalone("3")]) == "placeholder <3/> appears twice")
        #expect(
            Self.message([.close("1"), .open("1")] + all.dropFirst(2)) == "placeholder </1> closes before <1> opens")
        #expect(
            Self.message([.open("1"), .open("2"), .close("1"), .close("2"), .standalone("3")])
                == "placeholder </1> closes while <2> is still open (codes must nest)")
        #expect(Self.message([.open("1")]) == "placeholder <1> is never closed")
        #expect(Self.message([.standalone("3")]) == "placeholder <1>…</1> is missing")
        #expect(Self.message(Array(all.dropLast())) == "placeholder <3/> is missing")
    }

    /// Only a number written as the source writes it names a source code.
    @Test(arguments: ["", "0", "00", "-1", "1a", "١", "4", "99999999999999999999999"])
    func idsThatNameNoSourceCode(_ id: String) {
        let all: [ExchangeToken] = [.open("1"), .close("1"), .open("2"), .close("2"), .standalone("3")]
        #expect(Self.message(all + [.standalone(id)]) == "placeholder <\(id)/> is not in the source")
    }

    @Test func plainSentencesNeedNoTables() throws {
        let resolved = TargetValidator.resolve([.text("Kök "), .text("hücre.")], source: [.text("Stem cell.")])
        #expect(resolved.successValue == [.text("Kök hücre.")])
        #expect(
            TargetValidator.resolve([.text("Kök"), .open("1")], source: [.text("Stem cell.")]).successValue == nil)
    }
}
