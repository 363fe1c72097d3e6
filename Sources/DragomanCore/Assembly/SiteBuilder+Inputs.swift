import Foundation

/// The project-wide inputs of a build.
struct BuildSettings: Sendable {
    var configuration: ProjectConfiguration
    /// Every output locale, source locale first.
    var locales: [String]
    /// Hash of the tool version and every settings file a build reads.
    var hash: String
}

/// A locale ready to format: its profile and validated messages.
struct LoadedLocale: Sendable {
    var profile: LocaleProfile
    var catalog: MessageCatalog
}

/// A source post found on disk, with its bytes.
struct SourcePost: Sendable {
    /// Relative to the project: `Locales/en/posts/x.md`.
    var path: String
    /// Where the file is read from (the project root joined with `path`).
    var filePath: String
    var fileName: String
    /// The locale whose `posts/` folder holds it.
    var locale: String
    /// Nil when the stat signature vouched for `bytesHash` and the file was not read (a worker reads it).
    var bytes: [UInt8]?
    var bytesHash: String

    /// The post's bytes: those read while finding it, else read now.
    func contents() throws(DragomanError) -> [UInt8] {
        if let bytes { return bytes }
        guard let data = FileManager.default.contents(atPath: filePath) else {
            throw DragomanError(path: path, "cannot read file", hint: "check its permissions")
        }
        return Array(data)
    }
}

extension SiteBuilder {
    func loadSettings() throws(DragomanError) -> BuildSettings {
        let configuration = try project.configuration()
        let locales = configuration.allLocales
        for locale in locales where !OutputLayout.isValidLocale(locale) {
            throw DragomanError(
                path: "Locales/project.yaml", "locale '\(locale)' is not a valid folder name",
                hint: "use a locale code such as en, tr, ar, pt-BR")
        }
        var hash = ContentHash()
        hash.add(Self.toolVersion)
        hash.add(
            bytes: FileManager.default.contents(atPath: project.locales.appendingPathComponent("project.yaml").path)
                ?? Data())
        for locale in locales {
            for name in ["profile.yaml", "messages.yaml", "segmentation.yaml"] {
                hash.add("\(locale)/\(name)")
                hash.add(
                    bytes: FileManager.default.contents(
                        atPath: project.localeFolder(locale).appendingPathComponent(name).path) ?? Data())
            }
        }
        return BuildSettings(configuration: configuration, locales: locales, hash: hash.hex)
    }

    func loadLocales(_ settings: BuildSettings) throws(DragomanError) -> [String: LoadedLocale] {
        var loaded: [String: LoadedLocale] = [:]
        for locale in settings.locales {
            let profile = try project.localeProfile(locale)
            loaded[locale] = LoadedLocale(profile: profile, catalog: try project.messageCatalog(profile))
        }
        return loaded
    }

    func findPosts(_ settings: BuildSettings, layout: OutputLayout, signatures: InputSignatures) throws(DragomanError)
        -> [SourcePost]
    {
        var found: [(path: String, fileName: String, locale: String)] = []
        var byFile: [String: String] = [:]
        for locale in settings.locales {
            // Paths are joined as strings: a `URL` per post and its standardisation cost more than reading it.
            let folder = "Locales/\(locale)/posts/"
            for fileName in project.sourcePostNames(locale: locale) {
                let path = folder + fileName
                if let other = byFile[fileName] {
                    throw DragomanError(
                        path: path, "another source post has the same file name: \(other)",
                        hint: "a post is written in one language; rename one of them")
                }
                byFile[fileName] = path
                found.append((path, fileName, locale))
            }
        }
        // Read and hashed on the build's threads; the first unreadable post in order is the error.
        let root = project.root.path.hasSuffix("/") ? project.root.path : project.root.path + "/"
        let contents = parallelMap(found.count, threads: workers) { signatures.contents(of: found[$0].path) }
        var posts: [SourcePost] = []
        posts.reserveCapacity(found.count)
        for (post, contents) in zip(found, contents) {
            guard let contents else {
                throw DragomanError(path: post.path, "cannot read file", hint: "check its permissions")
            }
            posts.append(
                SourcePost(
                    path: post.path, filePath: root + post.path, fileName: post.fileName, locale: post.locale,
                    bytes: contents.bytes, bytesHash: contents.hash))
        }
        return posts
    }
}
