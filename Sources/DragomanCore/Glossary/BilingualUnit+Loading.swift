import Foundation

extension BilingualUnit {
    /// The translated segments of the translation store, one unit per segment with a usable target, for the
    /// given target locales (posts in path order, segments in source order).
    ///
    /// Source and target are plain text: placeholders are dropped, so a tag never splits a multiword term.
    public static func fromStore(
        project: Project, configuration: ProjectConfiguration, locales: [String]
    ) throws(DragomanError) -> [BilingualUnit] {
        let (posts, errors) = try project.readSourcePosts(configuration: configuration)
        if let first = errors.first { throw first }
        var units: [BilingualUnit] = []
        for locale in locales {
            let store = TranslationStore(project: project, locale: locale, sourceLocale: configuration.sourceLocale)
            for post in posts {
                let resolved = TranslationStore.resolve(try store.units(slug: post.slug), in: post)
                let location = SourceLocation(path: project.relativePath(store.fileURL(slug: post.slug)))
                for segment in post.segments {
                    guard let unit = resolved[segment.id], unit.state != .new, !unit.target.isEmpty else { continue }
                    units.append(
                        BilingualUnit(
                            post: post.slug, id: segment.id.rawValue, source: segment.plainText,
                            target: unit.targetPlainText, targetLocale: locale, location: location))
                }
            }
        }
        return units
    }

    /// The units of a bilingual file (XLIFF 1.2, XLIFF 2.1 or PO) that have a target, as an editor checks a
    /// translator's file before importing it. The file is read as untrusted input.
    public static func fromExchangeFile(at url: URL, path: String) throws(DragomanError) -> [BilingualUnit] {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw DragomanError(path: path, "cannot read file", hint: "check that the file exists and is readable")
        }
        let bytes = Array(data)
        guard let format = ExchangeFormat.detect(path: path, bytes: bytes) else {
            throw DragomanError(path: path, "not an XLIFF or PO file", hint: "give a .xlf, .xliff or .po file")
        }
        let document = try format.read(bytes, path: path)
        guard let locale = document.targetLanguage, !locale.isEmpty else {
            throw DragomanError(
                path: path, "the file does not name its target language",
                hint: "set trgLang / target-language / Language")
        }
        let language = locale.split(separator: "-").first.map(String.init) ?? locale
        var units: [BilingualUnit] = []
        for file in document.files {
            let post = file.original.map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent } ?? path
            for unit in file.units {
                guard let target = unit.target, !target.isEmpty, unit.defect == nil else { continue }
                units.append(
                    BilingualUnit(
                        post: post, id: unit.id, source: unit.source.plainText, target: target.plainText,
                        targetLocale: language, location: unit.location ?? SourceLocation(path: path)))
            }
        }
        return units
    }
}
