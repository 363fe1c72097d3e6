import Foundation
import Testing

@testable import DragomanCore

/// The manifest and the cache are written byte by byte as the general JSON printer prints them.
@Suite struct BuildManifestJSONTests {
    static let entries: [BuildManifest.Entry] = [
        .init(
            source: "Locales/en/posts/a.md", locale: "tr", status: .written, path: "tr/posts/a.md", slug: "kok-hucre",
            completeness: 1, segments: 12, translated: 12, fallback: 0, stale: 0, hash: "0123456789abcdef"),
        .init(
            source: "Locales/en/posts/a.md", locale: "ar", status: .skipped, path: nil, slug: "a",
            completeness: 0.3333, segments: 3, translated: 1, fallback: 2, stale: 1, hash: nil),
        .init(
            source: "Locales/en/posts/\"odd\\name\".md", locale: "en", status: .failed, path: "en/posts/x\ty.md",
            slug: "tab\tslug", completeness: 0.9815, segments: 1_234_567, translated: 0, fallback: 10_000_000_000,
            stale: 0, hash: ""),
    ]

    @Test func manifestIsWhatTheJSONPrinterPrints() {
        for entries in [Self.entries, [], Array(Self.entries.prefix(1))] {
            let manifest = BuildManifest(tool: "dragoman-assembler \"3\"", entries: entries)
            let expected =
                JSONValue.object(["entries": .array(manifest.entries.map(\.json)), "tool": .string(manifest.tool)])
                .text() + "\n"
            #expect(String(decoding: manifest.json(), as: UTF8.self) == expected)
        }
    }

    @Test func cacheIsWhatTheJSONPrinterPrints() {
        let posts: [String: BuildCache.Post] = [
            "Locales/en/posts/b.md": .init(source: "1", slug: "b", translations: "2"),
            "Locales/en/posts/a\"q\".md": .init(source: "3", slug: "a\nb", translations: "4"),
        ]
        for posts in [posts, [:]] {
            let cache = BuildCache(settings: "s", posts: posts)
            let expected =
                JSONValue.object([
                    "settings": .string(cache.settings),
                    "posts": .object(
                        cache.posts.mapValues {
                            .object([
                                "source": .string($0.source), "slug": .string($0.slug),
                                "translations": .string($0.translations),
                            ])
                        }),
                ]).text() + "\n"
            #expect(String(decoding: cache.json(), as: UTF8.self) == expected)
        }
    }
}
