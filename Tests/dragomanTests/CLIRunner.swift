import Foundation

/// Runs the built `dragoman` binary, as a user would, and captures what it prints.
struct CLIRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The repository root (the folder holding Package.swift).
    static let repositoryRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    /// The folder of the build products (where the test bundle and `dragoman` live).
    static let productsFolder: URL = {
        let bundle = Bundle.main.bundleURL
        return bundle.pathExtension == "xctest" ? bundle.deletingLastPathComponent() : bundle
    }()

    static func run(_ arguments: [String], stdin: String? = nil, in folder: URL = repositoryRoot) throws -> Result {
        let process = Process()
        process.executableURL = productsFolder.appendingPathComponent("dragoman")
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let output = Pipe()
        let error = Pipe()
        let input = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A throw-away copy of the repository's project (`Locales/` with posts and store, `Glossary/`).
    static func sampleProject() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("dragoman-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for folder in ["Locales", "Glossary"] {
            try FileManager.default.copyItem(
                at: repositoryRoot.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
        }
        return root
    }

    /// A fresh temporary project with the repository's `Locales/` rules (no posts).
    static func temporaryProject() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dragoman-cli-\(UUID().uuidString)")
        for locale in ["en", "tr", "ar"] {
            let target = folder.appendingPathComponent("Locales/\(locale)")
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            try FileManager.default.copyItem(
                at: repositoryRoot.appendingPathComponent("Locales/\(locale)/segmentation.yaml"),
                to: target.appendingPathComponent("segmentation.yaml"))
        }
        return folder
    }
}
