import Foundation
import Yams

/// Reads a source post (YAML front matter + Markdown) into a ``SourceDocument``.
public struct DocumentReader {
    public let segmenter: Segmenter
    /// Front-matter keys whose values are translated.
    public var translatableKeys: [String]

    /// The size a post must stay below (see ``read(_:path:defaultSlug:)``).
    static let largestPost = 256 << 20

    public init(segmenter: Segmenter, translatableKeys: [String] = FrontMatter.translatableKeys) {
        self.segmenter = segmenter
        self.translatableKeys = translatableKeys
    }

    /// Reads the post at `url`; `path` is how messages name it.
    public func read(contentsOf url: URL, path: String) throws(DragomanError) -> SourceDocument {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw DragomanError(path: path, "cannot read file", hint: "check that the file exists and is readable")
        }
        return try read(Array(data), path: path, defaultSlug: url.deletingPathExtension().lastPathComponent)
    }

    /// Reads a post from its bytes.
    public func read(_ bytes: [UInt8], path: String, defaultSlug: String) throws(DragomanError) -> SourceDocument {
        // Segment tables hold 32-bit offsets into the post and into its decoded text, which is at most seven
        // times as long (a NUL byte decodes to three, and decoded text is kept by its atom and by its segment).
        // A post is text a person writes: far below this size.
        guard bytes.count < Self.largestPost else {
            throw DragomanError(path: path, "file too large for a post (256 MB or more)", hint: "split the post")
        }
        // The post is kept as its bytes (a document makes its text a string only when asked).
        if let bad = UTF8Validation.firstInvalidOffset(bytes) {
            throw DragomanError(
                SourceLocation.of(offset: bad, in: bytes, path: path), "invalid UTF-8 byte sequence",
                hint: "save the file as UTF-8")
        }
        return try bytes.withUnsafeBufferPointer { (buffer) throws(DragomanError) -> SourceDocument in
            try read(buffer, bytes: bytes, path: path, defaultSlug: defaultSlug)
        }
    }

    private func read(_ buffer: UnsafeBufferPointer<UInt8>, bytes: [UInt8], path: String, defaultSlug: String)
        throws(DragomanError) -> SourceDocument
    {
        var builder = DocumentBuilder(source: buffer, path: path)
        var frontMatter: FrontMatter?
        var bodyOffset = 0
        if let located = FrontMatter.locate(in: buffer) {
            let yaml = String(decoding: UnsafeBufferPointer(rebasing: buffer[located.yaml]), as: UTF8.self)
            let parsed = try FrontMatter.parse(yaml, offset: located.yaml.lowerBound, firstLine: 2, path: path)
            frontMatter = parsed
            builder.frontMatter(parsed, keys: translatableKeys, segmenter: segmenter)
            bodyOffset = located.body
        } else if buffer.starts(with: Array("---\n".utf8)) || buffer.starts(with: Array("---\r\n".utf8)) {
            throw DragomanError(
                SourceLocation(path: path, line: 1, column: 1), "front matter is not closed",
                hint: "end the front matter with a line holding only '---'")
        }
        builder.body(from: bodyOffset, segmenter: segmenter)
        let document = builder.finish(
            bytes: bytes, frontMatter: frontMatter,
            slug: frontMatter?.string("slug") ?? defaultSlug,
            locale: frontMatter?.string("lang") ?? segmenter.rules.locale)
        return document
    }
}

extension DocumentReader {
    /// The `lang` a post's front matter declares, if it has readable front matter that declares one: the
    /// locale whose segmentation rules the post needs.
    public static func declaredLocale(of bytes: [UInt8]) -> String? {
        guard UTF8Validation.firstInvalidOffset(bytes) == nil else { return nil }
        return bytes.withUnsafeBufferPointer { buffer in
            guard let located = FrontMatter.locate(in: buffer) else { return nil }
            let yaml = String(decoding: UnsafeBufferPointer(rebasing: buffer[located.yaml]), as: UTF8.self)
            return try? FrontMatter.parse(yaml, offset: located.yaml.lowerBound, firstLine: 2, path: "").string("lang")
        }
    }
}
