import DragomanCore
import Foundation
import Testing

@Suite struct DocumentReaderErrorTests {
    static func reader() throws -> DocumentReader { DocumentReader(segmenter: try TestSupport.segmenter("en")) }

    static func error(_ bytes: [UInt8]) throws -> DragomanError? {
        do {
            _ = try reader().read(bytes, path: "posts/bad.md", defaultSlug: "bad")
            return nil
        } catch let error as DragomanError {
            return error
        }
    }

    @Test func missingFile() throws {
        let url = TestSupport.fixtures.appendingPathComponent("does-not-exist.md")
        #expect(
            throws: DragomanError(
                path: "posts/missing.md", "cannot read file", hint: "check that the file exists and is readable")
        ) {
            try Self.reader().read(contentsOf: url, path: "posts/missing.md")
        }
        #expect(!FileManager.default.fileExists(atPath: url.path))
    }

    @Test func aPostTooLargeForTheTablesIsRefused() throws {
        let bytes = [UInt8](repeating: 0x20, count: 256 << 20)
        #expect(
            try Self.error(bytes)
                == DragomanError(
                    path: "posts/bad.md", "file too large for a post (256 MB or more)", hint: "split the post"))
    }

    @Test func invalidUTF8NamesLineAndColumn() throws {
        let bytes = Array("---\ntitle: Fine\n---\n\nGood line.\nBad: ".utf8) + [0xC3, 0x28] + Array(" rest.\n".utf8)
        let error = try #require(try Self.error(bytes))
        #expect(
            error.description == "posts/bad.md:6:6: error: invalid UTF-8 byte sequence\n  hint: save the file as UTF-8")
    }

    @Test func brokenFrontMatterNamesLineAndColumn() throws {
        let error = try #require(try Self.error(Array("---\ntitle: Fine\nsummary: [unclosed\n---\n\nBody.\n".utf8)))
        #expect(error.location.path == "posts/bad.md")
        #expect(error.location.line == 4)
        #expect(error.location.column != nil)
        #expect(error.description.hasPrefix("posts/bad.md:4:"))
        #expect(error.reason.hasPrefix("invalid YAML: "))
        #expect(error.hint == "fix the YAML syntax (quote values that contain ': ' or start with a special character)")
    }

    /// An unclosed quote is found at the end of the front matter; the message says where the quote opened.
    @Test func brokenFrontMatterNamesWhereTheConstructStarts() throws {
        let error = try #require(try Self.error(Array("---\ntitle: \"Broken\ndate: 2025-01-01\n---\n\nBody.\n".utf8)))
        #expect(
            error.description
                == "posts/bad.md:4:1: error: invalid YAML: found unexpected end of stream while scanning a quoted scalar that starts at 2:8\n  hint: fix the YAML syntax (quote values that contain ': ' or start with a special character)"
        )
    }

    @Test func frontMatterThatIsNotAMapping() throws {
        let error = try #require(try Self.error(Array("---\n- one\n- two\n---\nBody.\n".utf8)))
        #expect(
            error.description
                == "posts/bad.md:2:1: error: front matter is not a mapping of keys\n  hint: write `key: value` lines between the `---` fences"
        )
    }

    @Test func unclosedFrontMatter() throws {
        let error = try #require(try Self.error(Array("---\ntitle: Never closed\n\nBody text.\n".utf8)))
        #expect(
            error.description
                == "posts/bad.md:1:1: error: front matter is not closed\n  hint: end the front matter with a line holding only '---'"
        )
    }

    @Test func unknownLocale() throws {
        #expect(
            throws: DragomanError(
                path: "Locales/xx/segmentation.yaml", "unknown locale 'xx'",
                hint: "known locales: ar, en, tr; add Locales/xx/segmentation.yaml to support it")
        ) {
            try TestSupport.project.segmenter("xx")
        }
    }
}
