import Foundation
import Testing

@testable import DragomanCore

/// Shared fixtures for the glossary tests: the shipped termbase, goldens, and a cached checker.
enum GlossaryTestSupport {
    /// The repository root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The shipped termbase `Glossary/medical.csv`.
    static func medical() throws -> Termbase {
        try TermbaseCSVReader.read(root.appendingPathComponent("Glossary/medical.csv"), path: "Glossary/medical.csv")
    }

    /// A golden or fixture file under `Goldens/glossary/` in the test bundle.
    static func goldenURL(_ name: String) throws -> URL {
        let base = try #require(Bundle.module.resourceURL)
        return base.appendingPathComponent("Goldens/glossary/\(name)")
    }

    /// Where goldens are written when re-recording (the source tree, not the bundle copy).
    static func sourceGoldenURL(_ name: String) -> URL {
        root.appendingPathComponent("Tests/DragomanCoreTests/Goldens/glossary/\(name)")
    }

    /// Compares `actual` with a golden file; writes it instead when `DRAGOMAN_RECORD=1`.
    static func assertGolden(
        _ actual: String, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        if ProcessInfo.processInfo.environment["DRAGOMAN_RECORD"] == "1" {
            try actual.write(to: sourceGoldenURL(name), atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: goldenURL(name), encoding: .utf8)
        #expect(
            actual == expected, "golden \(name) differs; re-record with DRAGOMAN_RECORD=1",
            sourceLocation: sourceLocation)
    }

    /// Checks a single unit against the shipped glossary and returns `kind:concept` labels, sorted.
    static func labels(source: String, target: String, locale: String, checker: ComplianceChecker) throws -> [String] {
        let unit = BilingualUnit(post: "cases", id: "u", source: source, target: target, targetLocale: locale)
        return try checker.check(unit).findings.map { "\($0.kind.rawValue):\($0.concept)" }.sorted()
    }
}
