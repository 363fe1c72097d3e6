/// Locale codes as the termbase writes them (`tr`, `ar`, `pt-BR`): identifiers, not user text.
enum LocaleCode {
    /// The language subtag, ASCII-lowercased (`pt-BR` → `pt`).
    static func language(of code: String) -> String {
        asciiLowercased(String(code.prefix { $0 != "-" && $0 != "_" }))
    }

    /// Lowercases ASCII letters only; meant for identifiers such as column names and locale codes.
    static func asciiLowercased(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { scalar in
                    (0x41...0x5A).contains(scalar.value) ? Unicode.Scalar(scalar.value + 32) ?? scalar : scalar
                }))
    }

    /// Whether a CSV header names a locale: a 2–3 letter language subtag, optionally with a region or script.
    static func isLocaleColumn(_ name: String) -> Bool {
        let parts = name.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count), parts.count <= 3,
            first.unicodeScalars.allSatisfy({ (0x61...0x7A).contains($0.value) })
        else { return false }
        return parts.dropFirst().allSatisfy { part in
            (2...4).contains(part.count)
                && part.unicodeScalars.allSatisfy { $0.properties.isASCIIHexDigit || $0.properties.isAlphabetic }
        }
    }

    /// The English name of a locale for messages (`tr` → Turkish), or the code itself.
    static func name(of code: String) -> String {
        switch language(of: code) {
        case "en": "English"
        case "tr": "Turkish"
        case "ar": "Arabic"
        case "de": "German"
        case "fr": "French"
        case "es": "Spanish"
        default: code
        }
    }

    /// Whether the locale's script runs right to left.
    static func isRightToLeft(_ code: String) -> Bool {
        ["ar", "fa", "he", "ur", "ps", "yi", "ckb"].contains(language(of: code))
    }
}
