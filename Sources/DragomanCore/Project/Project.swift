import Foundation

/// The folders of a Dragoman project and the rule that nothing is written outside them.
public struct Project: Sendable, Equatable {
    /// The project root (the folder holding `Locales/`, `Glossary/` and `Output/`).
    public var root: URL

    public init(root: URL) {
        self.root = root.standardizedFileURL
    }

    public var locales: URL { root.appendingPathComponent("Locales") }
    public var glossary: URL { root.appendingPathComponent("Glossary") }
    public var output: URL { root.appendingPathComponent("Output") }

    /// The folder of one locale's data: rules, profile, messages, translation store.
    public func localeFolder(_ locale: String) -> URL { locales.appendingPathComponent(locale) }

    /// Source posts of a locale live in `Locales/<locale>/posts/`.
    public func postsFolder(_ locale: String) -> URL { localeFolder(locale).appendingPathComponent("posts") }

    /// Resolves `relative` inside the project, refusing absolute paths, `..` escapes and symlinks leading out.
    public func contained(_ relative: String, from origin: SourceLocation) throws(DragomanError) -> URL {
        if relative.hasPrefix("/") || relative.contains("\\") || relative.split(separator: "/").contains("..")
            || relative.isEmpty || relative.utf8.contains(0)
        {
            throw DragomanError(
                origin, "path '\(relative)' points outside the project",
                hint: "use a relative path below the project folder, without '..'")
        }
        let url = root.appendingPathComponent(relative).standardizedFileURL
        let resolved = url.resolvingSymlinksInPath().path
        let rootPath = root.resolvingSymlinksInPath().path
        guard resolved == rootPath || resolved.hasPrefix(rootPath + "/") else {
            throw DragomanError(origin, "path '\(relative)' resolves outside the project", hint: "remove the symlink")
        }
        return url
    }

    /// `url` relative to the root, with `/` separators (for messages and manifests).
    public func relativePath(_ url: URL) -> String {
        let path = url.standardizedFileURL.path
        let rootPath = root.path.hasSuffix("/") ? root.path : root.path + "/"
        return path.hasPrefix(rootPath) ? String(path.dropFirst(rootPath.count)) : path
    }
}
