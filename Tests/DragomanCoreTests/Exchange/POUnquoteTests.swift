import PropertyBased
import Testing

@testable import DragomanCore

/// PO literals read byte by byte give what the character-by-character reading gives, errors included.
@Suite struct POUnquoteTests {
    static let pieces = [
        "\"", "\\", "n", "t", "r", "x", "a", " ", "\t", "ş", "ع", "\u{301}", "\u{A0}", "\\\"", "\\\\", "\\n", "é",
    ]
    static let piece = Gen.element(of: pieces).map { $0 ?? "" }.array(of: 0...10).map { $0.joined() }
    static let location = SourceLocation(path: "p.po", line: 3, column: 8)

    static func outcome(_ read: () throws(DragomanError) -> String) -> String {
        do { return "value: " + (try read()) } catch { return "error: \(error)" }
    }

    @Test func quickReadingAgreesWithTheCharacterReading() async {
        await propertyCheck(count: 3000, input: Self.piece) { text in
            for literal in [text, "\"" + text + "\"", " \"" + text + "\"\t"] {
                let quick = Self.outcome { () throws(DragomanError) -> String in
                    try POReader.unquote(literal, at: Self.location)
                }
                let slow = Self.outcome { () throws(DragomanError) -> String in
                    try POReader.unquoteCharacters(literal, at: Self.location)
                }
                #expect(quick == slow, "\(literal.unicodeScalars.map { String($0.value, radix: 16) })")
            }
        }
    }

    @Test func plainAndEscapedLiterals() throws {
        #expect(try POReader.unquote("\"Kök hücre\"", at: Self.location) == "Kök hücre")
        #expect(try POReader.unquote(" \"a\\n\\\"b\\\\\" ", at: Self.location) == "a\n\"b\\")
        #expect(throws: DragomanError.self) { try POReader.unquote("\"a\"b\"", at: Self.location) }
    }
}
