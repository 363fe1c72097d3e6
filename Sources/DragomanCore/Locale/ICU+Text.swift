import CICU

extension ICU {
    /// Case mappings that follow the locale's rules (Turkish `i`/`İ` and `ı`/`I` stay apart).
    public enum CaseMapping: Sendable {
        case lower, upper, title, fold
    }

    /// Maps the case of `text` with the rules of `locale`.
    public static func mapCase(_ text: String, _ mapping: CaseMapping, locale: String) throws(Failure) -> String {
        let kind: DGMCaseMapping =
            switch mapping {
            case .lower: DGM_CASE_LOWER
            case .upper: DGM_CASE_UPPER
            case .title: DGM_CASE_TITLE
            case .fold: DGM_CASE_FOLD
            }
        var units = UTF8Transcoding.utf16(of: text)
        return try utf16Result("case mapping") { destination, capacity, status in
            units.withUnsafeMutableBufferPointer { source in
                dgm_map_case(kind, locale, source.baseAddress, Int32(source.count), destination, capacity, status)
            }
        }
    }

    /// Unicode normalization forms.
    public enum NormalForm: Sendable {
        case nfc, nfd, nfkc, nfkcCasefold
    }

    /// Normalizes `text` to `form`.
    public static func normalize(_ text: String, _ form: NormalForm) throws(Failure) -> String {
        let kind: DGMNormalForm =
            switch form {
            case .nfc: DGM_NFC
            case .nfd: DGM_NFD
            case .nfkc: DGM_NFKC
            case .nfkcCasefold: DGM_NFKC_CASEFOLD
            }
        var units = UTF8Transcoding.utf16(of: text)
        return try utf16Result("normalization") { destination, capacity, status in
            units.withUnsafeMutableBufferPointer { source in
                dgm_normalize(kind, source.baseAddress, Int32(source.count), destination, capacity, status)
            }
        }
    }

    /// Whether ICU has data for the locale's language.
    public static func isAvailable(locale: String) -> Bool { dgm_locale_is_available(locale) == 1 }

    /// Whether the locale's script runs right to left.
    public static func isRightToLeft(locale: String) -> Bool { dgm_locale_is_right_to_left(locale) == 1 }

    /// The locale's quotation marks: primary open/close, then alternate open/close.
    public static func quotationMarks(locale: String) throws(Failure) -> [String] {
        var marks: [UInt16] = [0, 0, 0, 0]
        var status: Int32 = 0
        marks.withUnsafeMutableBufferPointer { dgm_locale_quotation_marks(locale, $0.baseAddress, &status) }
        if status > 0 { throw failure("quotation marks", status) }
        return marks.map { String(decoding: [$0], as: UTF16.self) }
    }

    /// Whether the scalar's Script property is Latin, Common (digits, punctuation, symbols) or Inherited
    /// (combining marks): text of these alone is what `Any-Latin` leaves unchanged.
    static func isLatinCommonOrInherited(_ scalar: Unicode.Scalar) -> Bool {
        dgm_is_latin_common_or_inherited(scalar.value) == 1
    }

    /// Counts the words of `text` as ICU's word break rules see them (numbers and letters, not punctuation).
    public static func countWords(_ text: String, locale: String) throws(Failure) -> Int {
        try WordCounter(locale: locale).count(in: text)
    }
}

/// A transliterator compiled once and applied many times (e.g. `Any-Latin; Latin-ASCII` for slugs).
public final class Transliterator: @unchecked Sendable {
    private let handle: OpaquePointer

    /// Opens the transliterator named by an ICU transform ID.
    public init(_ identifier: String) throws(ICU.Failure) {
        var status: Int32 = 0
        var units = UTF8Transcoding.utf16(of: identifier)
        let opened = units.withUnsafeMutableBufferPointer {
            dgm_transliterator_open($0.baseAddress, Int32($0.count), &status)
        }
        guard let opened, status <= 0 else { throw ICU.failure("transliterator \(identifier)", status) }
        handle = opened
    }

    /// A copy of `other`, which must not be in use on another thread meanwhile.
    public init(cloning other: Transliterator) throws(ICU.Failure) {
        guard let copy = dgm_transliterator_clone(other.handle) else {
            throw ICU.failure("transliterator copy", 7)  // U_MEMORY_ALLOCATION_ERROR: clone() returns NULL only then
        }
        handle = copy
    }

    deinit { dgm_transliterator_close(handle) }

    /// Transliterates `text`.
    public func apply(_ text: String) throws(ICU.Failure) -> String {
        var units = UTF8Transcoding.utf16(of: text)
        return try ICU.utf16Result("transliteration") { destination, capacity, status in
            units.withUnsafeMutableBufferPointer { source in
                dgm_transliterate(handle, source.baseAddress, Int32(source.count), destination, capacity, status)
            }
        }
    }
}
