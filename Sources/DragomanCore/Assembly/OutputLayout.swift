import Foundation

/// Where assembled posts go: Hugo's "content per language" layout, `Output/<locale>/posts/<file>.md`, plus
/// `Output/manifest.json` and the build cache. Every path is checked to stay inside `Output/`.
public struct OutputLayout: Sendable {
    public let project: Project

    public init(project: Project) { self.project = project }

    public static let manifestName = "manifest.json"
    public static let cacheName = ".dragoman-cache.json"

    /// The output path of a post, relative to `Output/`: the same file name in every language, so Hugo
    /// pairs translations by path as well as by `translationKey`.
    public func postPath(locale: String, sourceFile: String) -> String { "\(locale)/posts/\(sourceFile)" }

    /// The absolute URL of a path relative to `Output/`; refuses anything that could leave `Output/`.
    public func url(_ relative: String) throws(DragomanError) -> URL {
        let parts = relative.split(separator: "/", omittingEmptySubsequences: false)
        guard !relative.isEmpty, !relative.hasPrefix("/"), !relative.contains("\\"), !relative.utf8.contains(0),
            parts.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." })
        else {
            throw DragomanError(path: "Output/\(relative)", "refusing to write outside Output/",
                hint: "locale codes and post file names must not contain '/', '..' or NUL")
        }
        return project.output.appendingPathComponent(relative)
    }

    /// Whether `locale` is safe as a folder name (letters, digits, `-`, `_`).
    public static func isValidLocale(_ locale: String) -> Bool {
        !locale.isEmpty && locale.utf8.count <= 35
            && locale.utf8.allSatisfy { $0 == 0x2D || $0 == 0x5F || (0x30...0x39).contains($0) || (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }
    }
}
