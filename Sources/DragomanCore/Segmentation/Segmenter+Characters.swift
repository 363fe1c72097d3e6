/// Character classes the rules use, on UTF-16 code units (letters outside the BMP count as non-letters,
/// which no rule depends on).
extension Segmenter {
    static func isSpace(_ unit: UInt16) -> Bool {
        unit == 0x20 || unit == 0x09 || unit == 0x0A || unit == 0x0D || unit == 0xA0 || unit == 0x2009
            || unit == 0x202F
    }

    static func isDigit(_ unit: UInt16) -> Bool {
        (0x30...0x39).contains(unit) || (0x660...0x669).contains(unit) || (0x6F0...0x6F9).contains(unit)
    }

    /// Whether `unit` is the digit `value` (0 to 9) in one of the scripts `isDigit` knows.
    static func isDigit(_ unit: UInt16, value: UInt16) -> Bool {
        unit == 0x30 + value || unit == 0x660 + value || unit == 0x6F0 + value
    }

    /// Whether a number starts at `index`, after any signs written before it (`+90 212`, `%80`, `$40`).
    static func startsNumber(_ units: [UInt16], at index: Int) -> Bool {
        var index = index
        while index < units.count, isNumberSign(units[index]) { index += 1 }
        return index < units.count && isDigit(units[index])
    }

    /// A sign written before a number: plus, percent (Turkish `%80`, Arabic `٪٨٠`), approximately, or a currency.
    static func isNumberSign(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x2B, 0x25, 0x66A, 0x7E, 0x2248, 0x24: true
        // `$` is ASCII's only currency symbol: the property lookup is left for the rest of Unicode.
        default: unit >= 0x80 && Unicode.Scalar(unit)?.properties.generalCategory == .currencySymbol
        }
    }

    static func isRomanDigit(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x49, 0x56, 0x58, 0x4C, 0x43, 0x44, 0x4D: true
        default: false
        }
    }

    static func isClosing(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x22, 0x27, 0x29, 0x5D, 0x7D, 0xBB, 0x2019, 0x201D, 0x203A: true
        default: false
        }
    }

    static func isOpening(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x22, 0x27, 0x28, 0x5B, 0x7B, 0xAB, 0x2018, 0x201C, 0x2039, 0x201E, 0xBF, 0xA1: true
        default: false
        }
    }

    static func isLetter(_ unit: UInt16) -> Bool {
        if unit < 0x80 { return (0x41...0x5A).contains(unit) || (0x61...0x7A).contains(unit) }
        guard let scalar = Unicode.Scalar(unit) else { return false }
        return scalar.properties.isAlphabetic
    }

    static func isWordUnit(_ unit: UInt16) -> Bool {
        if unit < 0x80 {
            return (0x41...0x5A).contains(unit) || (0x61...0x7A).contains(unit) || (0x30...0x39).contains(unit)
        }
        guard let scalar = Unicode.Scalar(unit) else { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    static func startsLowercase(_ units: [UInt16], at index: Int) -> Bool {
        let unit = units[index]
        if unit < 0x80 { return (0x61...0x7A).contains(unit) }
        guard let scalar = Unicode.Scalar(unit) else { return false }
        return scalar.properties.isLowercase
    }

    static func startsUppercase(_ units: [UInt16], at index: Int) -> Bool {
        let unit = units[index]
        if unit < 0x80 { return (0x41...0x5A).contains(unit) }
        guard let scalar = Unicode.Scalar(unit) else { return false }
        return scalar.properties.isUppercase
    }
}

extension Segmenter {
    /// The string of `units`: ASCII runs (most words and sentences) are narrowed straight into UTF-8, the
    /// rest decoded as UTF-16 (`String(decoding:as:)` on an array slice takes the slow generic path).
    static func string(_ units: ArraySlice<UInt16>) -> String {
        let ascii = units.withUnsafeBufferPointer { buffer -> String? in
            for unit in buffer where unit >= 0x80 { return nil }
            return String(unsafeUninitializedCapacity: buffer.count) { bytes in
                for (index, unit) in buffer.enumerated() { bytes[index] = UInt8(truncatingIfNeeded: unit) }
                return buffer.count
            }
        }
        if let ascii { return ascii }
        return units.withUnsafeBufferPointer { String(decoding: $0, as: UTF16.self) }
    }

    /// Whether the valid UTF-8 `bytes` hold a letter or a number; ASCII is decided without Unicode property
    /// lookups.
    static func hasLetterOrNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // Bytes first: most text answers at an ASCII letter or digit. From the first byte outside ASCII on, the
        // scalars decide (the ASCII before it holds neither).
        var asciiCount = 0
        for byte in bytes {
            if byte >= 0x80 { break }
            if (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) {
                return true
            }
            asciiCount += 1
        }
        var iterator = bytes[asciiCount...].makeIterator()
        var decoder = Unicode.UTF8()
        while case .scalarValue(let scalar) = decoder.decode(&iterator) {
            let value = scalar.value
            if value < 0x80 {
                if (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) {
                    return true
                }
                continue
            }
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil { return true }
        }
        return false
    }
}

extension Segmenter {
    /// The first index from `start` whose unit is `first` or `second`, or any non-ASCII unit when `nonASCII`
    /// is set; `buffer.count` if there is none. The marks the rules look for are rare, so four units are
    /// tested at once (a lane equal to a mark zeroes under `xor`, and a zero lane borrows its high bit).
    static func firstIndex(
        of first: UInt16, or second: UInt16, nonASCII: Bool = false, in buffer: UnsafeBufferPointer<UInt16>,
        from start: Int
    ) -> Int {
        var index = start
        let count = buffer.count
        if let base = buffer.baseAddress {
            let raw = UnsafeRawPointer(base)
            let ones: UInt64 = 0x0001_0001_0001_0001
            let highBits: UInt64 = 0x8000_8000_8000_8000
            let firsts = UInt64(first) &* ones
            let seconds = UInt64(second) &* ones
            let nonASCIIBits: UInt64 = nonASCII ? 0xFF80_FF80_FF80_FF80 : 0
            while count - index >= 4 {
                let word = raw.loadUnaligned(fromByteOffset: index * 2, as: UInt64.self)
                let x = word ^ firsts
                let y = word ^ seconds
                if ((x &- ones) & ~x | (y &- ones) & ~y) & highBits != 0 || word & nonASCIIBits != 0 { break }
                index += 4
            }
        }
        while index < count {
            let unit = buffer[index]
            if unit == first || unit == second || (nonASCII && unit >= 0x80) { break }
            index += 1
        }
        return index
    }
}
