/// Decodes the HTML entity references that CommonMark recognises in text.
enum HTMLEntity {
    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}", "shy": "\u{00AD}",
        "copy": "©", "reg": "®", "trade": "™", "deg": "°", "plusmn": "±", "times": "×", "divide": "÷",
        "micro": "µ", "middot": "·", "para": "¶", "sect": "§", "laquo": "«", "raquo": "»", "lsquo": "‘",
        "rsquo": "’", "ldquo": "“", "rdquo": "”", "sbquo": "‚", "bdquo": "„", "ndash": "–", "mdash": "—",
        "hellip": "…", "bull": "•", "prime": "′", "Prime": "″", "euro": "€", "pound": "£", "yen": "¥",
        "cent": "¢", "frac12": "½", "frac14": "¼", "frac34": "¾", "sup2": "²", "sup3": "³", "alpha": "α",
        "beta": "β", "gamma": "γ", "delta": "δ", "mu": "μ", "le": "≤", "ge": "≥", "ne": "≠", "asymp": "≈",
        "rarr": "→", "larr": "←", "harr": "↔", "zwj": "\u{200D}", "zwnj": "\u{200C}", "lrm": "\u{200E}",
        "rlm": "\u{200F}", "thinsp": "\u{2009}", "ensp": "\u{2002}", "emsp": "\u{2003}",
    ]

    /// The character an entity (`&amp;`, `&#233;`, `&#x1F600;`) stands for, or the entity itself if unknown.
    static func decode(_ entity: String) -> String {
        guard entity.hasPrefix("&"), entity.hasSuffix(";"), entity.utf8.count > 2 else { return entity }
        let body = entity.dropFirst().dropLast()
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value =
                digits.hasPrefix("x") || digits.hasPrefix("X")
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            guard let value, value != 0, let scalar = Unicode.Scalar(value) else { return "\u{FFFD}" }
            return String(Character(scalar))
        }
        return named[String(body)] ?? entity
    }
}
