import Testing
import Yams

@testable import DragomanCore

/// Front matter read from libyaml's events must give exactly the entries that Yams' compose gives, and the
/// event reader must hand everything it does not fully understand to Yams.
@Suite struct FrontMatterEventsTests {
    static let flat = [
        "title: Hello!\ntags: [a, b, 'c']\n",
        "title: \"Quoted: yes\"\ndate: 2024-01-02\ndraft: false\ncount: 3\nnothing: ~\nempty:\n",
        "summary: >\n  Folded text\n  on two lines.\ncategory:\n  - Stem cells\n  - Autism\n",
        "'true': quoted key\n\"1\": quoted\nlang: tr\nslug: otizm\n",
        "title: Otizm için kök hücre\ntags: []\nauthor: 'Dr. Ayşe'\n",
        "",
    ]

    static let notFlat = [
        "title: !!str 123\n",
        "base: &b {a: 1}\nother:\n  <<: *b\n",
        "title: one\ntitle: two\n",
        "'x': 1\nx: 2\n",
        "- not\n- a mapping\n",
        "title: [unclosed\n",
        "meta:\n  nested: value\n",
        "tags: [a, [b, c]]\n",
        "title: \"nul \\0 inside\"\n",
        "title: a\n---\ntitle: b\n",
    ]

    static func events(_ yaml: String) -> [FrontMatter.Entry]? {
        var text = yaml
        return text.withUTF8 { FrontMatter.flatEntries($0) }
    }

    @Test(arguments: flat) func flatMappingsReadAsYamsComposes(yaml: String) throws {
        let entries = try #require(Self.events(yaml))
        let composed = try FrontMatter.compose(yaml)?.mapping
        #expect(entries == composed.map { FrontMatter.entries(of: $0) } ?? [])
    }

    @Test(arguments: notFlat) func everythingElseIsLeftToYams(yaml: String) {
        #expect(Self.events(yaml) == nil)
    }

    @Test func lookupsCompareKeysAsYamsDoes() throws {
        let yaml = "'true': quoted\ntitle: \"T\"\ntags: [x, y]\n"
        let fast = try FrontMatter.parse(yaml, offset: 4, firstLine: 2, path: "p.md")
        let entries = try #require(try FrontMatter.compose(yaml)?.mapping).map { FrontMatter.entries(of: $0) }
        #expect(fast.entries == entries)
        // A quoted `true` is a string key, not the boolean that a plain `true` names.
        #expect(fast.string("true") == nil)
        #expect(fast.string("title") == "T")
        #expect(fast.strings("tags") == ["x", "y"])
        #expect(fast.strings("title") == ["T"])
    }
}
