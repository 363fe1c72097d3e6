import Foundation
import Testing

@testable import DragomanCore

/// Exports of the sample and `everything` posts, byte for byte, and checked by the official tools.
@Suite struct GoldenExportTests {
    static let names: [ExchangeFormat: String] = [.xliff12: "tr.xliff", .xliff21: "tr.xlf", .po: "tr.po"]

    @Test(arguments: ExchangeFormat.allCases)
    func exportMatchesGolden(_ format: ExchangeFormat) throws {
        let project = try TestProject(everything: true, withStore: true)
        defer { project.remove() }
        try Golden.check(format.write(try project.export("tr")), named: Self.names[format] ?? "")
    }

    @Test func statusTableMatchesGolden() throws {
        let project = try TestProject(everything: true, withStore: true)
        defer { project.remove() }
        let words = try BreakIterator(.word, locale: "en")
        var statuses: [TranslationStatus] = []
        for locale in ["tr", "ar"] {
            let units = try project.store(locale).resolvedUnits(try project.posts())
            for post in try project.posts() {
                statuses.append(
                    .of(post, locale: locale, units: units[post.slug] ?? [:]) { words.countWords(in: $0.plainText) })
            }
        }
        try Golden.check(TranslationStatus.table(statuses), named: "status.txt")
    }

    /// The OASIS schemas: `DRAGOMAN_XLIFF_SCHEMAS`, else `../shared/xliff-schemas` beside the repository.
    static let schemas: URL = {
        if let folder = ProcessInfo.processInfo.environment["DRAGOMAN_XLIFF_SCHEMAS"] {
            return URL(fileURLWithPath: folder)
        }
        return TestProject.repository.deletingLastPathComponent().appendingPathComponent("shared/xliff-schemas")
    }()

    /// Runs a tool; nil when it is not installed (CI sets `CI`, and then a missing tool fails the test).
    static func run(_ tool: String, _ arguments: [String], environment: [String: String] = [:]) throws -> (
        Int32, String
    )? {
        guard
            let path = ["/usr/bin/\(tool)", "/usr/local/bin/\(tool)"].first(where: FileManager.default.isExecutableFile)
        else {
            #expect(ProcessInfo.processInfo.environment["CI"] == nil, "\(tool) is required in CI")
            return nil
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let pipe = Pipe()
        process.standardError = pipe
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    static func exported(_ format: ExchangeFormat, locale: String) throws -> URL {
        let project = try TestProject(everything: true, withStore: true)
        defer { project.remove() }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "dragoman-\(UUID().uuidString).\(format.fileExtension)")
        try format.write(try project.export(locale)).write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test(arguments: [("tr", ExchangeFormat.xliff12), ("ar", .xliff12), ("tr", .xliff21), ("ar", .xliff21)])
    func exportedXLIFFValidatesAgainstOASISSchema(_ locale: String, _ format: ExchangeFormat) throws {
        let schema = format == .xliff12 ? "xliff12/xliff-core-1.2-strict.xsd" : "xliff21/xliff-2.1-all-modules.xsd"
        guard FileManager.default.fileExists(atPath: Self.schemas.appendingPathComponent(schema).path) else {
            #expect(ProcessInfo.processInfo.environment["CI"] == nil, "XLIFF schemas are required in CI")
            return
        }
        let file = try Self.exported(format, locale: locale)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try Self.run(
            "xmllint", ["--noout", "--nonet", "--schema", Self.schemas.appendingPathComponent(schema).path, file.path],
            environment: ["XML_CATALOG_FILES": Self.schemas.appendingPathComponent("catalog.xml").path])
        if let (status, output) = result { #expect(status == 0, "\(output)") }
    }

    @Test(arguments: ["tr", "ar"])
    func exportedPOPassesMsgfmt(_ locale: String) throws {
        let file = try Self.exported(.po, locale: locale)
        defer { try? FileManager.default.removeItem(at: file) }
        if let (status, output) = try Self.run("msgfmt", ["-c", "-o", "/dev/null", file.path]) {
            #expect(status == 0, "\(output)")
            #expect(output.isEmpty, "\(output)")
        }
    }
}
