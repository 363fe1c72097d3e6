import Foundation

/// Progress of one post in one locale: segments and words (ICU word count of the source) by state.
public struct TranslationStatus: Hashable, Sendable, Encodable {
    /// Segment and word counts of one state.
    public struct Count: Hashable, Sendable, Encodable {
        public var segments = 0
        public var words = 0
    }

    public var post: String
    public var locale: String
    public var new = Count()
    public var translated = Count()
    /// Reviewed or final.
    public var reviewed = Count()
    public var stale = Count()

    /// Words of the post.
    public var totalWords: Int { new.words + translated.words + reviewed.words + stale.words }
    /// Share of words translated or reviewed and not stale, 0…100 (100 for an empty post).
    public var percentComplete: Double {
        totalWords == 0 ? 100 : Double(translated.words + reviewed.words) * 100 / Double(totalWords)
    }

    enum CodingKeys: String, CodingKey {
        case post, locale, new, translated, reviewed, stale, totalWords, percentComplete
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(post, forKey: .post)
        try container.encode(locale, forKey: .locale)
        try container.encode(new, forKey: .new)
        try container.encode(translated, forKey: .translated)
        try container.encode(reviewed, forKey: .reviewed)
        try container.encode(stale, forKey: .stale)
        try container.encode(totalWords, forKey: .totalWords)
        try container.encode((percentComplete * 10).rounded() / 10, forKey: .percentComplete)
    }

    /// The status of `post` given its resolved units; `words` counts a segment's words.
    public static func of(
        _ post: SourceDocument, locale: String, units: [SegmentID: TranslationUnit], words: (Segment) -> Int
    ) -> TranslationStatus {
        var status = TranslationStatus(post: post.path, locale: locale)
        for segment in post.segments {
            let count = words(segment)
            func add(_ keyPath: WritableKeyPath<TranslationStatus, Count>) {
                status[keyPath: keyPath].segments += 1
                status[keyPath: keyPath].words += count
            }
            guard let unit = units[segment.id] else {
                add(\.new)
                continue
            }
            if unit.isStale || unit.targetContent(for: segment) == nil {
                add(\.stale)
            } else {
                switch unit.state {
                case .new: add(\.new)
                case .translated: add(\.translated)
                case .reviewed, .final: add(\.reviewed)
                }
            }
        }
        return status
    }

    /// A table: one row per post and locale, then totals per locale.
    public static func table(_ statuses: [TranslationStatus]) -> String {
        func cell(_ count: Count) -> String { "\(count.segments)/\(count.words)" }
        var rows = [["post", "locale", "new", "translated", "reviewed", "stale", "words", "done"]]
        for status in statuses {
            rows.append([
                status.post, status.locale, cell(status.new), cell(status.translated), cell(status.reviewed),
                cell(status.stale), String(status.totalWords), String(format: "%.1f%%", status.percentComplete),
            ])
        }
        var widths = Array(repeating: 0, count: rows[0].count)
        for row in rows { for (index, value) in row.enumerated() { widths[index] = max(widths[index], value.count) } }
        var output = ""
        for row in rows {
            output += row.enumerated().map { index, value in
                index < 2
                    ? value.padding(toLength: widths[index], withPad: " ", startingAt: 0)
                    : String(repeating: " ", count: widths[index] - value.count) + value
            }.joined(separator: "  ")
            output += "\n"
        }
        output += "cells are segments/words (ICU word count of the source)\n"
        return output
    }
}
