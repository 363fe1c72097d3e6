import Foundation

/// A locale's template strings (byline, "N min read", labels): ICU MessageFormat messages by key, from
/// `Locales/<locale>/messages.yaml`.
///
/// Every message is checked when the catalog loads: its syntax, and that each plural argument covers every
/// plural category the locale has (Arabic needs zero, one, two, few, many and other).
public struct MessageCatalog: Hashable, Sendable {
    /// Keys the assembler formats; a catalog (with its fallback) must provide them all.
    public static let requiredKeys = [
        "byline", "reading_time", "category_label", "disclaimer_heading", "fallback_notice",
    ]

    /// CLDR's order of plural categories, for messages.
    static let pluralOrder = ["zero", "one", "two", "few", "many", "other"]

    public var locale: String
    /// The ICU locale messages are formatted with (numbering system included).
    public var formattingLocale: String
    public var messages: [String: String]
    /// Where each key sits, for error messages.
    public var locations: [String: SourceLocation]

    public init(
        locale: String, formattingLocale: String? = nil, messages: [String: String],
        locations: [String: SourceLocation] = [:]
    ) {
        self.locale = locale
        self.formattingLocale = formattingLocale ?? locale
        self.messages = messages
        self.locations = locations
    }

    /// Parses and validates a catalog. The first bad message is reported as `path:line: error:` with its key.
    public static func load(yaml: String, profile: LocaleProfile, path: String) throws(DragomanError) -> MessageCatalog
    {
        let mapping = try YAMLMapping.parse(yaml, path: path)
        var messages: [String: String] = [:]
        var locations: [String: SourceLocation] = [:]
        for (key, node) in mapping.entries {
            guard let pattern = node.scalar?.string else {
                throw mapping.error(
                    key, "message '\(key)' is not a string", hint: "quote the ICU MessageFormat pattern")
            }
            let missing: [String]
            do {
                missing = try ICU.missingPluralCategories(in: pattern, locale: profile.icuLocale).sorted {
                    (pluralOrder.firstIndex(of: $0) ?? 6) < (pluralOrder.firstIndex(of: $1) ?? 6)
                }
            } catch {
                throw mapping.error(
                    key, "message '\(key)' is not valid ICU MessageFormat: \(error)",
                    hint: "check braces and plural syntax, e.g. {minutes, plural, one {# minute} other {# minutes}}")
            }
            if !missing.isEmpty {
                throw mapping.error(
                    key,
                    "message '\(key)' lacks plural categories \(missing.joined(separator: ", ")) that '\(profile.icuLocale)' needs",
                    hint: "add a branch for each: \(missing.map { "\($0) {...}" }.joined(separator: " "))")
            }
            messages[key] = pattern
            locations[key] = mapping.location(key)
        }
        return MessageCatalog(
            locale: profile.locale, formattingLocale: profile.formattingLocale, messages: messages, locations: locations
        )
    }

    /// Formats message `key` with named arguments.
    public func format(_ key: String, _ arguments: [String: ICU.MessageArgument]) throws(DragomanError) -> String {
        guard let pattern = messages[key] else {
            throw DragomanError(
                path: "Locales/\(locale)/messages.yaml", "no message '\(key)' for '\(locale)'",
                hint: "add `\(key): ...` to the file")
        }
        do {
            return try ICU.formatMessage(pattern, arguments: arguments, locale: formattingLocale)
        } catch {
            throw DragomanError(
                locations[key] ?? SourceLocation(path: "Locales/\(locale)/messages.yaml"),
                "cannot format message '\(key)': \(error)")
        }
    }

    /// This catalog with keys it lacks taken from `fallback` (formatted with the fallback's locale).
    public func fillingGaps(from fallback: MessageCatalog) -> MessageCatalog {
        var merged = self
        for (key, pattern) in fallback.messages where merged.messages[key] == nil {
            merged.messages[key] = pattern
            merged.locations[key] = fallback.locations[key]
        }
        return merged
    }
}

extension Project {
    /// The message catalog of `profile`'s locale, gaps filled from its fallback locale, all required keys present.
    public func messageCatalog(_ profile: LocaleProfile) throws(DragomanError) -> MessageCatalog {
        var catalog = try readCatalog(profile)
        if let fallback = profile.fallbackLocale, fallback != profile.locale {
            catalog = catalog.fillingGaps(from: try readCatalog(try localeProfile(fallback)))
        }
        let path = relativePath(localeFolder(profile.locale).appendingPathComponent("messages.yaml"))
        for key in MessageCatalog.requiredKeys where catalog.messages[key] == nil {
            throw DragomanError(
                path: path, "message '\(key)' is missing",
                hint: "add `\(key): ...` (an ICU MessageFormat pattern), or set fallback_locale in profile.yaml")
        }
        return catalog
    }

    private func readCatalog(_ profile: LocaleProfile) throws(DragomanError) -> MessageCatalog {
        let url = localeFolder(profile.locale).appendingPathComponent("messages.yaml")
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return MessageCatalog(locale: profile.locale, formattingLocale: profile.formattingLocale, messages: [:])
        }
        return try MessageCatalog.load(
            yaml: String(decoding: data, as: UTF8.self), profile: profile, path: relativePath(url))
    }
}
