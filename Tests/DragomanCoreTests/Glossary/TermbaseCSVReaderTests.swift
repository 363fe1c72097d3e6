import Testing

@testable import DragomanCore

/// CSV parsing and termbase validation: each error names `file:line`.
@Suite struct TermbaseCSVReaderTests {
    static let header = "id,en,tr,ar,tr_forbidden,dnt,case_sensitive,note,owner\n"

    static func errors(_ body: String) -> [String] {
        do {
            _ = try TermbaseCSVReader.parse(header + body, path: "g.csv")
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test func parsesQuotedFieldsWithCommasNewlinesAndQuotes() throws {
        let text = "\u{FEFF}a,b,c\r\n\"x, y\",\"line 1\nline 2\",\"say \"\"hi\"\"\"\r\nlast,,\n"
        let records = try CSVParser.parse(text)
        #expect(
            records == [
                CSVParser.Record(fields: ["a", "b", "c"], line: 1),
                CSVParser.Record(fields: ["x, y", "line 1\nline 2", "say \"hi\""], line: 2),
                CSVParser.Record(fields: ["last", "", ""], line: 4),
            ])
        #expect(CSVParser.render(["x, y", "say \"hi\"", "plain"]) == "\"x, y\",\"say \"\"hi\"\"\",plain")
    }

    @Test func reportsSyntaxErrorsWithLine() {
        #expect(Self.errors("a,\"open\n") == ["g.csv:2: error: a quoted field is never closed"])
        #expect(Self.errors("a,\"x\"y,c\n") == ["g.csv:2: error: unexpected text after a closing quote"])
    }

    @Test func readsConceptsAlternativesAndKeptColumns() throws {
        let termbase = try TermbaseCSVReader.parse(
            Self.header + "sc,stem cell,kök hücre | ana hücre2,خلية جذعية,ana hücre,no,no,\"a, note\",Ayşe\n",
            path: "g.csv")
        let concept = try #require(termbase.concepts.first)
        #expect(concept.terms["tr"] == ["kök hücre", "ana hücre2"])
        #expect(concept.forbidden["tr"] == ["ana hücre"])
        #expect(concept.note == "a, note")
        #expect(concept.extra == ["owner": "Ayşe"])
        #expect(concept.line == 2)
        #expect(termbase.targetLocales == ["tr", "ar"])
        #expect(termbase.extraColumns == ["owner"])
    }

    @Test func duplicateID() {
        #expect(
            Self.errors("a,x,y,z,,no,no,,\nb,x2,y2,z2,,no,no,,\na,x3,y3,z3,,no,no,,\n") == [
                "g.csv:4: error: duplicate concept ID 'a' (first defined on line 2)"
            ])
    }

    @Test func conflictingTranslations() {
        #expect(
            Self.errors("a,stem cell,kök hücre,خلية جذعية,,no,no,,\nb,Stem Cell,ana hücre,خلية جذعية,,no,no,,\n") == [
                "g.csv:3: error: term 'Stem Cell' is also under concept 'a' (line 2) with a different translation; merge the concepts or remove the term from one"
            ])
        // The same translations under two IDs are not a conflict.
        #expect(
            Self.errors("a,stem cell,kök hücre,خلية جذعية,,no,no,,\nb,stem cell,kök hücre,خلية جذعية,,no,no,,\n")
                .isEmpty)
    }

    @Test func emptyRequiredCells() {
        #expect(Self.errors(",x,y,z,,no,no,,\n") == ["g.csv:2: error: empty 'id' cell; give the concept a unique ID"])
        #expect(
            Self.errors("a,,y,z,,no,no,,\n") == [
                "g.csv:2: error: concept 'a' has an empty 'en' cell; enter the source term"
            ])
        #expect(
            Self.errors("a,x,,z,,no,no,,\n") == [
                "g.csv:2: error: concept 'a' has an empty 'tr' cell; enter the approved term or set dnt to yes"
            ])
        #expect(Self.errors("a,FDA,,,,yes,yes,,\n").isEmpty)
    }

    @Test func badFlagsAndWidthsAndContradictions() {
        #expect(Self.errors("a,x,y,z,,maybe,no,,\n") == ["g.csv:2: error: 'dnt' must be yes or no, found 'maybe'"])
        #expect(
            Self.errors("a,x,y,z,,no,no,,,extra\n") == [
                "g.csv:2: error: row has 10 fields but the header has 9; quote cells that contain commas"
            ])
        #expect(
            Self.errors("a,x,y,z,Y,no,no,,\n") == ["g.csv:2: error: concept 'a' both approves and forbids 'Y' in 'tr'"])
        #expect(throws: TermbaseInvalid.self) { try TermbaseCSVReader.parse("en,tr\nx,y\n", path: "g.csv") }
    }

    @Test func errorsNameTheLineOfMultilineRecords() {
        #expect(
            Self.errors("a,x,y,z,,no,no,\"two\nlines\",\na,x,y,z,,no,no,,\n") == [
                "g.csv:4: error: duplicate concept ID 'a' (first defined on line 2)"
            ])
    }

    @Test func shippedGlossaryIsValidAndLargeEnough() throws {
        let termbase = try GlossaryTestSupport.medical()
        #expect(termbase.concepts.count >= 60)
        for id in ["msc-abbr", "fda", "istemcelltherapy"] {
            #expect(termbase.concept(id)?.doNotTranslate == true)
        }
        #expect(termbase.concept("asd")?.doNotTranslate == false)
        #expect(termbase.concept("asd")?.terms["tr"]?.contains("OSB") == true)
    }
}

/// The Aho–Corasick matcher: longest-leftmost, overlaps, and gaps that break a term.
@Suite struct TermMatcherTests {
    static func find(_ text: String, _ terms: [String]) throws -> [String] {
        let concepts = terms.enumerated().map {
            TermConcept(id: "c\($0.offset)", terms: ["en": [$0.element], "tr": ["x"]])
        }
        let finder = try SourceTermFinder(termbase: Termbase(targetLocales: ["tr"], concepts: concepts))
        return finder.hits(in: finder.tokenizer.tokens(text)).map(\.term)
    }

    @Test func longestLeftmostWins() throws {
        #expect(
            try Self.find(
                "mesenchymal stem cell therapy", ["stem cell", "mesenchymal stem cell", "stem cell therapy", "therapy"])
                == ["mesenchymal stem cell", "therapy"])
        #expect(
            try Self.find("a stem cell therapy", ["stem cell", "stem cell therapy", "cell"]) == ["stem cell therapy"])
    }

    @Test func variantsMatch() throws {
        let terms = ["gut-brain axis", "mesenchymal stem cell", "anti-inflammatory"]
        #expect(try Self.find("The Gut–Brain Axis and gut brain axis", terms) == ["gut-brain axis", "gut-brain axis"])
        #expect(
            try Self.find("MESENCHYMAL STEM CELLS' role; antiinflammatory", terms) == [
                "mesenchymal stem cell", "anti-inflammatory",
            ])
    }

    @Test func punctuationBreaksATerm() throws {
        #expect(try Self.find("stem. Cell lines", ["stem cell"]).isEmpty)
        #expect(try Self.find("stem (cell)", ["stem cell"]).isEmpty)
        #expect(try Self.find("stemcell stem cells", ["stem cell"]) == ["stem cell"])
    }

    @Test func fallsBackAfterAPartialMatch() throws {
        #expect(
            try Self.find("stem cell bank and cell bank", ["stem cell therapy", "cell bank"]) == [
                "cell bank", "cell bank",
            ])
    }

    @Test func caseSensitiveConcept() throws {
        let concepts = [TermConcept(id: "cars", terms: ["en": ["CARS"], "tr": ["CARS"]], caseSensitive: true)]
        let finder = try SourceTermFinder(termbase: Termbase(targetLocales: ["tr"], concepts: concepts))
        #expect(finder.hits(in: finder.tokenizer.tokens("cars and CARS")).map(\.words) == [2..<3])
    }
}
