import Testing
import Yams

@testable import DragomanCore

/// The fast front-matter compose must give exactly what Yams' default compose gives: same nodes and tags
/// (so the same serialisation), same errors.
@Suite struct FrontMatterComposeTests {
    static let samples = [
        "title: Hello!\ntags: [a, b, 'c']\n",
        "true: yes\n'true': no\n1: one\n\"1\": quoted\n",
        "date: 2024-01-02\ndraft: false\ncount: 3\nratio: 1.5\nnothing: ~\nempty:\n",
        "title: !!str 123\n",
        "base: &b {a: 1}\nother:\n  <<: *b\n  c: |\n    block\n",
        "title: one\ntitle: two\n",
        "'x': 1\nx: 2\n",
        "true: 1\n'true': 2\n",
        "- not\n- a mapping\n",
        "title: [unclosed\n",
    ]

    @Test(arguments: samples) func sameAsDefaultCompose(yaml: String) throws {
        let expected = Result { try Yams.compose(yaml: yaml, .default, .default, .utf8) }
        let actual = Result { try FrontMatter.compose(yaml) }
        switch (expected, actual) {
        case (.success(let expected), .success(let actual)):
            #expect(expected == actual)
            if let expected, let actual {
                #expect(
                    try Yams.serialize(node: expected, allowUnicode: true)
                        == Yams.serialize(node: actual, allowUnicode: true))
            }
        case (.failure(let expected), .failure(let actual)):
            #expect("\(expected)" == "\(actual)")
        default:
            Issue.record("default: \(expected), fast: \(actual)")
        }
    }
}
