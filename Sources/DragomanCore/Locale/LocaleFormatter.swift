/// Formats a locale's display strings (dates, reading times, bylines, lists) and counts words, remembering
/// what it formatted: opening ICU formatters is costly and a site repeats the same dates and minute counts.
///
/// Not thread-safe: use one per locale per worker.
public final class LocaleFormatter {
    public let profile: LocaleProfile
    public let catalog: MessageCatalog
    private let words: WordCounter
    private var memo: [String: String] = [:]
    /// Typed memos for what every post asks for: no key string to build per call.
    private var dates: [CalendarDate: String] = [:]
    /// Opened at the first date, then kept.
    private var dateFormatter: ICU.DateFormatter?
    private var messages: [MessageKey: String] = [:]
    private var lists: [[String]: String] = [:]

    /// A message and its arguments, numbers by bit pattern (as distinct as their printed form was).
    private struct MessageKey: Hashable {
        var key: String
        var arguments: [Argument]
        struct Argument: Hashable {
            var name: String
            var number: UInt64?
            var text: String?
        }
    }

    public init(profile: LocaleProfile, catalog: MessageCatalog) throws(ICU.Failure) {
        self.profile = profile
        self.catalog = catalog
        words = try WordCounter(locale: profile.icuLocale)
    }

    /// ICU's count of words (letters and numbers, not punctuation) in `text`.
    public func countWords(_ text: String) -> Int { words.count(in: text) }

    /// ``countWords(_:)`` of the text `write` appends, with no string built for it.
    public func countWords(_ write: (inout WordCounter.Writer) -> Void) -> Int { words.count(write) }

    /// Reading time in whole minutes, at least one.
    public func readingMinutes(words: Int) -> Int {
        max(1, (words + profile.wordsPerMinute - 1) / profile.wordsPerMinute)
    }

    /// The date in the profile's style and digits ("23 January 2025", "23 Ocak 2025", "٢٣ يناير ٢٠٢٥").
    public func date(_ date: CalendarDate) throws(DragomanError) -> String {
        if let known = dates[date] { return known }
        let made: String
        do {
            let formatter =
                try dateFormatter ?? ICU.DateFormatter(style: profile.dateStyle, locale: profile.formattingLocale)
            dateFormatter = formatter
            made = try formatter.format(year: date.year, month: date.month, day: date.day)
        } catch {
            throw DragomanError(path: "Locales/\(profile.locale)/profile.yaml", "cannot format date \(date): \(error)")
        }
        dates[date] = made
        return made
    }

    /// A number with the profile's digits.
    public func number(_ value: Double) throws(DragomanError) -> String {
        try remembered("number|\(value)") { () throws(DragomanError) -> String in
            do {
                return try ICU.formatNumber(value, locale: profile.formattingLocale)
            } catch {
                throw DragomanError(path: "Locales/\(profile.locale)/profile.yaml", "cannot format \(value): \(error)")
            }
        }
    }

    /// Items joined as the locale writes a list.
    public func list(_ items: [String]) throws(DragomanError) -> String {
        if let known = lists[items] { return known }
        let made: String
        do {
            made = try ICU.formatList(items, locale: profile.icuLocale)
        } catch {
            throw DragomanError(path: "Locales/\(profile.locale)/profile.yaml", "cannot format a list: \(error)")
        }
        lists[items] = made
        return made
    }

    /// Message `key` of the catalog with `arguments`.
    public func message(_ key: String, _ arguments: [String: ICU.MessageArgument]) throws(DragomanError) -> String {
        var memoKey = MessageKey(key: key, arguments: [])
        memoKey.arguments.reserveCapacity(arguments.count)
        for (name, argument) in arguments {
            switch argument {
            case .number(let value): memoKey.arguments.append(.init(name: name, number: value.bitPattern))
            case .string(let text): memoKey.arguments.append(.init(name: name, text: text))
            }
        }
        if memoKey.arguments.count > 1 { memoKey.arguments.sort { $0.name < $1.name } }
        if let known = messages[memoKey] { return known }
        let made = try catalog.format(key, arguments)
        messages[memoKey] = made
        return made
    }

    /// `text` between the locale's quotation marks.
    public func quoted(_ text: String) throws(DragomanError) -> String {
        let marks = try remembered("quotes") { () throws(DragomanError) -> String in
            do {
                let quotes = try profile.quotes()
                return quotes.open + "\u{1F}" + quotes.close
            } catch {
                throw DragomanError(path: "Locales/\(profile.locale)/profile.yaml", "no quotation marks: \(error)")
            }
        }
        let parts = marks.split(separator: "\u{1F}", omittingEmptySubsequences: false)
        return (parts.first.map(String.init) ?? "\"") + text + (parts.last.map(String.init) ?? "\"")
    }

    private func remembered(_ key: String, _ make: () throws(DragomanError) -> String) throws(DragomanError) -> String {
        if let known = memo[key] { return known }
        let made = try make()
        memo[key] = made
        return made
    }
}

/// A calendar date as written in front matter (`2025-01-23`).
public struct CalendarDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads `YYYY-MM-DD` at the start of `text` (a time after it is ignored); nil when not a valid date.
    public init?(iso text: String) {
        let bytes = Array(text.utf8.prefix(10))
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard (0x30...0x39).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10), (1...12).contains(month),
            (1...CalendarDate.days(inMonth: month, year: year)).contains(day)
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}
