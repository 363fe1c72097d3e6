import Foundation
import Yams

/// Project-wide settings from `Locales/project.yaml`.
public struct ProjectConfiguration: Sendable, Equatable, Decodable {
    public var sourceLocale: String
    public var targetLocales: [String]
    public var translatableKeys: [String]

    enum CodingKeys: String, CodingKey {
        case sourceLocale = "source_locale"
        case targetLocales = "target_locales"
        case translatableKeys = "translatable_keys"
    }

    public init(
        sourceLocale: String = "en", targetLocales: [String] = ["tr", "ar"],
        translatableKeys: [String] = FrontMatter.translatableKeys
    ) {
        self.sourceLocale = sourceLocale
        self.targetLocales = targetLocales
        self.translatableKeys = translatableKeys
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        sourceLocale = try container.decodeIfPresent(String.self, forKey: .sourceLocale) ?? "en"
        targetLocales = try container.decodeIfPresent([String].self, forKey: .targetLocales) ?? ["tr", "ar"]
        translatableKeys =
            try container.decodeIfPresent([String].self, forKey: .translatableKeys) ?? FrontMatter.translatableKeys
    }

    /// Every locale of the project, source first.
    public var allLocales: [String] { [sourceLocale] + targetLocales.filter { $0 != sourceLocale } }
}

extension Project {
    /// Reads `Locales/project.yaml`, or the defaults when it does not exist.
    public func configuration() throws(DragomanError) -> ProjectConfiguration {
        let url = locales.appendingPathComponent("project.yaml")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return ProjectConfiguration() }
        do {
            return try YAMLDecoder().decode(ProjectConfiguration.self, from: text)
        } catch let error as YamlError {
            throw FrontMatter.diagnose(error, path: relativePath(url), lineOffset: 0)
        } catch {
            throw DragomanError(path: relativePath(url), "invalid project settings: \(error)")
        }
    }

    /// The segmentation rules of `locale`, from `Locales/<locale>/segmentation.yaml`.
    public func segmentationRules(_ locale: String) throws(DragomanError) -> SegmentationRules {
        let url = localeFolder(locale).appendingPathComponent("segmentation.yaml")
        guard FileManager.default.fileExists(atPath: url.path) else {
            let known =
                (try? FileManager.default.contentsOfDirectory(atPath: locales.path))?
                .filter {
                    FileManager.default.fileExists(
                        atPath: localeFolder($0).appendingPathComponent("segmentation.yaml").path)
                }
                .sorted() ?? []
            throw DragomanError(
                path: relativePath(url), "unknown locale '\(locale)'",
                hint:
                    "known locales: \(known.joined(separator: ", ")); add Locales/\(locale)/segmentation.yaml to support it"
            )
        }
        return try SegmentationRules.load(from: url, displayPath: relativePath(url))
    }

    /// A segmenter for `locale`.
    public func segmenter(_ locale: String) throws(DragomanError) -> Segmenter {
        let rules = try segmentationRules(locale)
        do {
            return try Segmenter(rules: rules)
        } catch {
            throw DragomanError(
                path: "Locales/\(locale)/segmentation.yaml", "ICU cannot segment '\(rules.icuLocale)': \(error)")
        }
    }

    /// The source posts of the project, sorted by path.
    public func sourcePosts(locale: String) -> [URL] {
        let folder = postsFolder(locale)
        return sourcePostNames(locale: locale).map { folder.appendingPathComponent($0) }
    }

    /// The file names of ``sourcePosts(locale:)``, sorted.
    public func sourcePostNames(locale: String) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: postsFolder(locale).path) else {
            return []
        }
        return names.filter { $0.hasSuffix(".md") }.sorted()
    }

    /// Finds the project root: the nearest folder at or above `start` that holds `Locales/`.
    public static func discover(from start: URL) -> Project? {
        var folder = start.standardizedFileURL
        while true {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(
                atPath: folder.appendingPathComponent("Locales").path, isDirectory: &isDirectory),
                isDirectory.boolValue
            {
                return Project(root: folder)
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return nil }
            folder = parent
        }
    }
}
