import PropertyBased
import Testing

@testable import DragomanCore

/// Tagged notation and its canonical form, written over UTF-8 bytes, equal what a character-by-character
/// reading of the same definition gives.
@Suite struct TaggedNotationTests {
    static func referenceTagged(_ tokens: [ExchangeToken]) -> String {
        tokens.map { token in
            switch token {
            case .text(let text): TaggedText.escape(text)
            case .open(let id): "<\(id)>"
            case .close(let id): "</\(id)>"
            case .standalone(let id): "<\(id)/>"
            }
        }.joined()
    }

    static func referenceCanonical(_ tagged: String) -> String {
        var result = ""
        var pendingSpace = false
        for scalar in tagged.unicodeScalars {
            if scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace { result += " " }
            pendingSpace = false
            result.unicodeScalars.append(scalar)
        }
        return result
    }

    static let tokens: [ExchangeToken] =
        [.open("1"), .close("12"), .standalone("3")]
        + ["a", "İ ş", "عربي", " ", "  ", "\n", "\t x", "\r\n", "<", "<1>", "a\\b", "é", "e\u{301}", "😀", ""].map {
            .text($0)
        }
    static let token = Gen.element(of: tokens).map { $0 ?? .text("") }

    @Test func agreesWithTheCharacterByCharacterDefinition() async {
        await propertyCheck(count: 2000, input: Self.token.array(of: 0...8)) { tokens in
            #expect(tokens.tagged == Self.referenceTagged(tokens))
            #expect(Array(tokens.canonical.utf8) == Array(Self.referenceCanonical(Self.referenceTagged(tokens)).utf8))
        }
    }
}
