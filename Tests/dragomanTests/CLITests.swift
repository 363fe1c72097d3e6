import Foundation
import Testing

@Suite("dragoman segment")
struct SegmentCommandTests {
    @Test("plain text from standard input, one sentence per line")
    func plainText() throws {
        let result = try CLIRunner.run(
            ["segment", "--locale", "en", "--text"],
            stdin: "Dr. Smith saw the patient at 9 a.m. today. Was it early? Yes!\n\nA new paragraph.\n")
        #expect(result.status == 0)
        #expect(result.stdout == "Dr. Smith saw the patient at 9 a.m. today.\nWas it early?\nYes!\nA new paragraph.\n")
    }

    @Test("Turkish ordinals and abbreviations do not end sentences")
    func turkish() throws {
        let result = try CLIRunner.run(
            ["segment", "--locale", "tr", "--text"],
            stdin: "Tedavinin 3. gününde Doç. Dr. Ayşe Yılmaz hastayı gördü. Sonuçlar iyiydi.")
        #expect(result.stdout == "Tedavinin 3. gününde Doç. Dr. Ayşe Yılmaz hastayı gördü.\nSonuçlar iyiydi.\n")
    }

    @Test("JSON listing of the sample post has ids, text, source and path")
    func json() throws {
        let result = try CLIRunner.run(
            ["segment", "Locales/en/posts/mesenchymal-stem-cell-therapy-for-autism.md", "--format", "json"])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let segments = try #require(object?["segments"] as? [[String: Any]])
        #expect(segments.count > 50)
        let first = try #require(segments.first)
        #expect(first["id"] as? String == "c71d53fed8")
        #expect(first["text"] as? String == "Mesenchymal Stem Cell Therapy for Autism")
        #expect(first["path"] as? String == "front/title")
        let emphasised = segments.first { ($0["source"] as? String)?.contains("<1>Immunomodulatory</1>") == true }
        #expect(emphasised?["text"] as? String == "Immunomodulatory properties")
    }

    @Test("a missing file is an error naming the file, exit 1")
    func missingFile() throws {
        let result = try CLIRunner.run(["segment", "Locales/en/posts/no-such-post.md"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("Locales/en/posts/no-such-post.md: error: cannot read file"))
    }

    @Test("invalid UTF-8 is reported at file:line:column")
    func invalidUTF8() throws {
        let project = try CLIRunner.temporaryProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let post = project.appendingPathComponent("bad.md")
        try Data([0x23, 0x20, 0x54, 0x0A, 0x61, 0x62, 0xC3, 0x28, 0x0A]).write(to: post)
        let result = try CLIRunner.run(["segment", "bad.md"], in: project)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("bad.md:2:3: error: invalid UTF-8 byte sequence"))
    }

    @Test("broken front matter is reported at file:line:column")
    func brokenFrontMatter() throws {
        let project = try CLIRunner.temporaryProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let post = project.appendingPathComponent("broken.md")
        try Data("---\ntitle: ok\ntags: [a, b\n---\nBody.\n".utf8).write(to: post)
        let result = try CLIRunner.run(["segment", "broken.md"], in: project)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("broken.md:4:1: error: invalid YAML"))
    }

    @Test("an unknown locale is an error that lists the known ones")
    func unknownLocale() throws {
        let result = try CLIRunner.run(["segment", "--locale", "xx", "--text"], stdin: "Hello.")
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: unknown locale 'xx'"))
        #expect(result.stderr.contains("known locales: ar, en, tr"))
    }
}
