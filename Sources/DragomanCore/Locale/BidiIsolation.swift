/// Wraps left-to-right runs inside right-to-left text in Unicode isolates (FSI U+2068 … PDI U+2069), so
/// `MSC`, `FDA`, `IstemCellTherapy`, `5 mg` or `https://…` keep their order inside an Arabic sentence.
///
/// Isolates are invisible characters: they survive Markdown, YAML front matter, Hugo's templates and HTML
/// attributes, need no raw HTML (Goldmark drops `<bdi>` unless `unsafe` is on) and cannot break escaping.
public enum BidiIsolation {
    public static let firstStrongIsolate: Unicode.Scalar = "\u{2068}"
    public static let popDirectionalIsolate: Unicode.Scalar = "\u{2069}"

    /// Isolates the left-to-right runs of a target segment when it contains right-to-left text; codes (links,
    /// inline code, URLs) are left alone, only text elements change.
    public static func isolate(_ content: [InlineElement]) -> [InlineElement] {
        let hasRTL = content.contains { element in
            if case .text(let text) = element { return text.unicodeScalars.contains(where: isRightToLeft) }
            return false
        }
        guard hasRTL else { return content }
        return content.map { element in
            if case .text(let text) = element { return .text(isolateRuns(text, insideRightToLeft: true)) }
            return element
        }
    }

    /// Isolates each left-to-right run of `text`: a run starts at a Latin (or other left-to-right) letter or a
    /// digit, runs over neutral characters between such letters, and ends at the last letter or digit (or a
    /// `%` straight after a digit). Text already holding isolates is left as is.
    /// `insideRightToLeft` says the text sits in a right-to-left sentence even if it has no such letter itself
    /// (the Latin words between two codes, e.g. `**IstemCellTherapy**`).
    public static func isolateRuns(_ text: String, insideRightToLeft: Bool = false) -> String {
        let scalars = Array(text.unicodeScalars)
        if scalars.contains(firstStrongIsolate) || !(insideRightToLeft || scalars.contains(where: isRightToLeft)) {
            return text
        }
        // UTF-8 bytes, not a `String.UnicodeScalarView`: appending to that view scalar by scalar is costly.
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count + 16)
        var index = 0
        while index < scalars.count {
            guard isRunStart(scalars[index]) else {
                appendUTF8(scalars[index], to: &result)
                index += 1
                continue
            }
            var end = index + 1
            var scan = index + 1
            while scan < scalars.count, !isRightToLeft(scalars[scan]) {
                if isRunStart(scalars[scan]) || (isTrailingUnit(scalars[scan]) && isDigit(scalars[scan - 1])) {
                    end = scan + 1
                }
                scan += 1
            }
            appendUTF8(firstStrongIsolate, to: &result)
            for scalar in scalars[index..<end] { appendUTF8(scalar, to: &result) }
            appendUTF8(popDirectionalIsolate, to: &result)
            index = end
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Encodes by hand: `UTF8.encode` takes a closure, and one that captures the buffer costs an access check per byte.
    @inline(__always) private static func appendUTF8(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        let value = scalar.value
        if value < 0x80 {
            bytes.append(UInt8(value))
        } else if value < 0x800 {
            bytes.append(UInt8(0xC0 | value >> 6))
            bytes.append(UInt8(0x80 | value & 0x3F))
        } else if value < 0x10000 {
            bytes.append(UInt8(0xE0 | value >> 12))
            bytes.append(UInt8(0x80 | (value >> 6) & 0x3F))
            bytes.append(UInt8(0x80 | value & 0x3F))
        } else {
            bytes.append(UInt8(0xF0 | value >> 18))
            bytes.append(UInt8(0x80 | (value >> 12) & 0x3F))
            bytes.append(UInt8(0x80 | (value >> 6) & 0x3F))
            bytes.append(UInt8(0x80 | value & 0x3F))
        }
    }

    static func isRunStart(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) }
        return !isRightToLeft(scalar) && scalar.properties.isAlphabetic
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { (0x30...0x39).contains(scalar.value) }

    static func isTrailingUnit(_ scalar: Unicode.Scalar) -> Bool { scalar == "%" || scalar == "\u{2030}" || scalar == "°" }

    /// Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic and the Arabic presentation forms.
    static func isRightToLeft(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF, 0x10800...0x10FFF, 0x1E800...0x1EFFF: true
        default: false
        }
    }
}
