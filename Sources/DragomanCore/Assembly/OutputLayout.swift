import Foundation

/// Where assembled posts go: Hugo's "content per language" layout, `Output/<locale>/posts/<file>.md`, plus
/// `Output/manifest.json` and the build cache. Every path is checked to stay inside `Output/`.
public struct OutputLayout: Sendable {
    public let project: Project

    /// `Output/` as a path, worked out once: `URL` path arithmetic per written file adds up.
    private let outputPath: String

    public init(project: Project) {
        self.project = project
        outputPath = project.output.path
    }

    public static let manifestName = "manifest.json"
    public static let cacheName = ".dragoman-cache.json"
    /// Stat signatures of the inputs (see ``InputSignatures``): belongs to one checkout, never committed.
    public static let signaturesName = ".dragoman-inputs"

    /// The output path of a post, relative to `Output/`: the same file name in every language, so Hugo
    /// pairs translations by path as well as by `translationKey`.
    public func postPath(locale: String, sourceFile: String) -> String { "\(locale)/posts/\(sourceFile)" }

    /// The absolute URL of a path relative to `Output/`; refuses anything that could leave `Output/`.
    public func url(_ relative: String) throws(DragomanError) -> URL {
        try check(relative)
        return project.output.appendingPathComponent(relative)
    }

    /// Refuses relative paths that could leave `Output/`.
    private func check(_ relative: String) throws(DragomanError) {
        // Every `/`-separated part must be a plain name: not empty, not `.` or `..`; no `\\` or NUL anywhere.
        var safe = !relative.isEmpty
        var partLength = 0
        var dots = 0
        for byte in relative.utf8 where safe {
            switch byte {
            case UInt8(ascii: "/"):
                safe = partLength > 0 && dots != partLength
                partLength = 0
                dots = 0
            case 0, UInt8(ascii: "\\"): safe = false
            default:
                partLength += 1
                if byte == UInt8(ascii: ".") { dots += 1 }
            }
        }
        // A part made only of dots is `.`, `..` (or a harmless `...`, refused too).
        guard safe, partLength > 0, dots != partLength else {
            throw DragomanError(
                path: "Output/\(relative)", "refusing to write outside Output/",
                hint: "locale codes and post file names must not contain '/', '..' or NUL")
        }
    }

    /// The absolute file path of a path relative to `Output/` (checked like ``url(_:)``), without building a
    /// `URL`: the no-change build checks thousands of them.
    public func filePath(_ relative: String) throws(DragomanError) -> String {
        try check(relative)
        return outputPath + "/" + relative
    }

    /// Whether `locale` is safe as a folder name (letters, digits, `-`, `_`).
    public static func isValidLocale(_ locale: String) -> Bool {
        !locale.isEmpty && locale.utf8.count <= 35
            && locale.utf8.allSatisfy {
                $0 == 0x2D || $0 == 0x5F || (0x30...0x39).contains($0) || (0x41...0x5A).contains($0)
                    || (0x61...0x7A).contains($0)
            }
    }
}
