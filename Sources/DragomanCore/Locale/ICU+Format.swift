import CICU
import Foundation

extension ICU {
    /// Date format lengths, as ICU names them.
    public enum DateStyle: String, Sendable, Codable, CaseIterable {
        case full, long, medium, short
    }

    /// Formats a calendar date (`year`-`month`-`day`, at noon UTC so no time zone shifts the day).
    public static func formatDate(
        year: Int, month: Int, day: Int, style: DateStyle, locale: String
    ) throws(Failure) -> String {
        try DateFormatter(style: style, locale: locale).format(year: year, month: month, day: day)
    }

    /// An ICU date formatter kept open for many dates (opening one costs far more than formatting a date);
    /// not thread-safe.
    public final class DateFormatter {
        private let handle: OpaquePointer

        public init(style: DateStyle, locale: String) throws(Failure) {
            let kind: DGMDateStyle =
                switch style {
                case .full: DGM_STYLE_FULL
                case .long: DGM_STYLE_LONG
                case .medium: DGM_STYLE_MEDIUM
                case .short: DGM_STYLE_SHORT
                }
            var status: Int32 = 0
            guard let opened = dgm_date_formatter_open(locale, kind, "UTC", &status), status <= 0 else {
                throw ICU.failure("date format for \(locale)", status)
            }
            handle = opened
        }

        deinit { dgm_date_formatter_close(handle) }

        /// The calendar date `year`-`month`-`day`, taken at noon UTC so no time zone shifts the day.
        public func format(year: Int, month: Int, day: Int) throws(Failure) -> String {
            let millis = Double(ICU.daysFromCivil(year: year, month: month, day: day)) * 86_400_000 + 43_200_000
            return try ICU.utf16Result("date format") { dgm_date_formatter_format(handle, millis, $0, $1, $2) }
        }
    }

    /// Formats a number with the locale's digits and separators.
    public static func formatNumber(_ value: Double, maximumFractionDigits: Int = 2, locale: String) throws(Failure)
        -> String
    {
        try utf16Result("number format") {
            dgm_format_number(locale, value, Int32(maximumFractionDigits), $0, $1, $2)
        }
    }

    /// The CLDR plural category (`zero`, `one`, `two`, `few`, `many`, `other`) of `value` in `locale`.
    public static func pluralCategory(_ value: Double, locale: String) throws(Failure) -> String {
        try asciiResult("plural rules") { dgm_plural_category(locale, value, $0, $1, $2) }
    }

    /// The plural categories the locale distinguishes, sorted.
    public static func pluralCategories(locale: String) throws(Failure) -> [String] {
        let joined = try asciiResult("plural rules") { dgm_plural_categories(locale, $0, $1, $2) }
        return joined.split(separator: " ").map(String.init)
    }

    /// Joins items as the locale writes a list ("a, b and c"; "a, b ve c"; "a وb وc").
    public static func formatList(_ items: [String], locale: String) throws(Failure) -> String {
        let buffers = items.map { UTF8Transcoding.utf16(of: $0) }
        let lengths = buffers.map { Int32($0.count) }
        let pointers = buffers.map { buffer -> UnsafeMutablePointer<UInt16> in
            let pointer = UnsafeMutablePointer<UInt16>.allocate(capacity: max(buffer.count, 1))
            pointer.initialize(from: buffer, count: buffer.count)
            return pointer
        }
        defer { pointers.forEach { $0.deallocate() } }
        let constPointers: [UnsafePointer<UInt16>?] = pointers.map { UnsafePointer($0) }
        return try utf16Result("list format") { destination, capacity, status in
            constPointers.withUnsafeBufferPointer { items in
                lengths.withUnsafeBufferPointer { lengths in
                    dgm_format_list(
                        locale, items.baseAddress, lengths.baseAddress, Int32(items.count), destination, capacity,
                        status)
                }
            }
        }
    }

    /// A MessageFormat argument value.
    public enum MessageArgument: Sendable, Equatable {
        case number(Double)
        case string(String)
    }

    /// Formats an ICU MessageFormat pattern with named arguments.
    public static func formatMessage(_ pattern: String, arguments: [String: MessageArgument], locale: String)
        throws(Failure) -> String
    {
        let names = arguments.keys.sorted()
        let nameStorage = names.map { strdup($0)! }
        defer { nameStorage.forEach { free($0) } }
        let stringStorage: [[UInt16]] = names.map {
            if case .string(let text) = arguments[$0]! { return UTF8Transcoding.utf16(of: text) }
            return []
        }
        var patternUnits = UTF8Transcoding.utf16(of: pattern)
        var offset: Int32 = -1
        var status: Int32 = 0
        var capacity: Int32 = 512
        for _ in 0..<2 {
            var output = [UInt16](repeating: 0, count: Int(capacity))
            let length = stringStorage.withUnsafeBufferPointers { strings in
                var descriptors: [DGMMessageArgument] = []
                for (index, name) in names.enumerated() {
                    switch arguments[name]! {
                    case .number(let value):
                        descriptors.append(
                            DGMMessageArgument(
                                name: nameStorage[index], is_number: 1, number: value, string: nil, string_length: 0))
                    case .string:
                        descriptors.append(
                            DGMMessageArgument(
                                name: nameStorage[index], is_number: 0, number: 0, string: strings[index],
                                string_length: Int32(stringStorage[index].count)))
                    }
                }
                return patternUnits.withUnsafeMutableBufferPointer { patternBuffer in
                    output.withUnsafeMutableBufferPointer { out in
                        dgm_format_message(
                            locale, patternBuffer.baseAddress, Int32(patternBuffer.count), descriptors,
                            Int32(descriptors.count), out.baseAddress, capacity, &status, &offset)
                    }
                }
            }
            if status == Int32(DGM_BUFFER_OVERFLOW) {
                capacity = length + 1
                status = 0
                continue
            }
            if status > 0 { throw failure("message format", status, offset: offset) }
            return output.withUnsafeBufferPointer {
                UTF8Transcoding.string(fromUTF16: UnsafeBufferPointer(rebasing: $0[0..<Int(length)]))
            }
        }
        throw failure("message format", Int32(DGM_BUFFER_OVERFLOW))
    }

    /// The plural categories that some plural argument of `pattern` lacks for `locale` (empty when complete).
    public static func missingPluralCategories(in pattern: String, locale: String) throws(Failure) -> [String] {
        var units = UTF8Transcoding.utf16(of: pattern)
        var offset: Int32 = -1
        var status: Int32 = 0
        var buffer = [CChar](repeating: 0, count: 128)
        let length = units.withUnsafeMutableBufferPointer { source in
            buffer.withUnsafeMutableBufferPointer {
                dgm_message_missing_plural_categories(
                    locale, source.baseAddress, Int32(source.count), $0.baseAddress, 128, &status, &offset)
            }
        }
        if status > 0 { throw failure("message syntax", status, offset: offset) }
        let joined = String(decoding: buffer[0..<Int(length)].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return joined.split(separator: " ").map(String.init)
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar.
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}

extension Array where Element == [UInt16] {
    /// Calls `body` with a stable pointer to each inner array's storage.
    fileprivate func withUnsafeBufferPointers<R>(_ body: ([UnsafePointer<UInt16>?]) -> R) -> R {
        let copies = map { units -> UnsafeMutablePointer<UInt16> in
            let pointer = UnsafeMutablePointer<UInt16>.allocate(capacity: Swift.max(units.count, 1))
            pointer.initialize(from: units, count: units.count)
            return pointer
        }
        defer { copies.forEach { $0.deallocate() } }
        return body(copies.map { UnsafePointer($0) })
    }
}
