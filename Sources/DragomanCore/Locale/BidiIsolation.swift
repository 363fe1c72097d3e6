import Foundation

/// Wraps left-to-right runs inside right-to-left text in Unicode isolates (FSI U+2068 … PDI U+2069), so
/// `MSC`, `FDA`, `IstemCellTherapy`, `5 mg` or `https://…` keep their order inside an Arabic sentence.
///
/// Isolates are invisible characters: they survive Markdown, YAML front matter, Hugo's templates and HTML
/// attributes, need no raw HTML (Goldmark drops `<bdi>` unless `unsafe` is on) and cannot break escaping.
public enum BidiIsolation {
    public static let firstStrongIsolate: Unicode.Scalar = "\u{2068}"
    public static let popDirectionalIsolate: Unicode.Scalar = "\u{2069}"
    public static let leftToRightIsolate: Unicode.Scalar = "\u{2066}"
    public static let rightToLeftIsolate: Unicode.Scalar = "\u{2067}"

    /// The isolate that opens text of `direction` set inside text of the other direction (closed by PDI).
    public static func opening(for direction: LocaleProfile.Direction) -> Unicode.Scalar {
        direction == .rtl ? rightToLeftIsolate : leftToRightIsolate
    }

    /// `text` between `opening` (an isolate initiator) and PDI.
    public static func isolated(_ text: String, opening: Unicode.Scalar) -> String {
        var result = String.UnicodeScalarView()
        result.append(opening)
        result.append(contentsOf: text.unicodeScalars)
        result.append(popDirectionalIsolate)
        return String(result)
    }

    /// Isolates the left-to-right runs of a target segment when it contains right-to-left text; codes (links,
    /// inline code, URLs) are left alone, only text elements change.
    public static func isolate(_ content: [InlineElement]) -> [InlineElement] {
        let hasRTL = content.contains { element in
            if case .text(let text) = element { return containsRightToLeft(text) }
            return false
        }
        guard hasRTL else { return content }
        // Most texts have no left-to-right run: the array is copied only once one of them changes.
        var result = content
        for index in content.indices {
            guard case .text(let text) = content[index],
                let isolated = text.withUTF8Bytes({ isolateRuns($0, insideRightToLeft: true) })
            else { continue }
            result[index] = .text(isolated)
        }
        return result
    }

    /// Isolates each left-to-right run of `text`: a run starts at a Latin (or other left-to-right) letter or a
    /// digit, runs over neutral characters between such letters, and ends at the last letter or digit (or a
    /// `%` straight after a digit). Text already holding isolates is left as is.
    /// `insideRightToLeft` says the text sits in a right-to-left sentence even if it has no such letter itself
    /// (the Latin words between two codes, e.g. `**IstemCellTherapy**`).
    public static func isolateRuns(_ text: String, insideRightToLeft: Bool = false) -> String {
        text.withUTF8Bytes { isolateRuns($0, insideRightToLeft: insideRightToLeft) } ?? text
    }

    /// ``isolateRuns(_:insideRightToLeft:)`` over the UTF-8 of `text`; nil when nothing changes.
    private static func isolateRuns(_ bytes: UnsafeBufferPointer<UInt8>, insideRightToLeft: Bool) -> String? {
        // FSI is E2 81 A8 in UTF-8: E2 bytes are found with `memchr`, which reads many bytes at once.
        if let base = bytes.baseAddress {
            var index = 0
            while index < bytes.count, let found = memchr(base + index, 0xE2, bytes.count - index) {
                let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if at + 2 < bytes.count, bytes[at + 1] == 0x81, bytes[at + 2] == 0xA8 { return nil }
                index = at + 1
            }
        }
        guard insideRightToLeft || containsRightToLeft(bytes) else { return nil }
        let runs = leftToRightRuns(bytes)
        guard !runs.isEmpty else { return nil }
        // Runs are found first, so the text is written once, into a string of its final size.
        let isolatesLength = firstStrongIsolate.utf8.count + popDirectionalIsolate.utf8.count
        return String(unsafeUninitializedCapacity: bytes.count + isolatesLength * runs.count) { output in
            var written = 0
            func write(_ piece: Slice<UnsafeBufferPointer<UInt8>>) {
                _ = UnsafeMutableBufferPointer(rebasing: output[written...]).initialize(fromContentsOf: piece)
                written += piece.count
            }
            func write(_ isolate: Unicode.Scalar) {
                for byte in isolate.utf8 {
                    output[written] = byte
                    written += 1
                }
            }
            var copied = 0
            for run in runs {
                write(bytes[copied..<run.lowerBound])
                write(firstStrongIsolate)
                write(bytes[run])
                write(popDirectionalIsolate)
                copied = run.upperBound
            }
            write(bytes[copied...])
            return written
        }
    }

    /// The byte ranges of the left-to-right runs of valid UTF-8 `bytes`, as ``isolateRuns(_:insideRightToLeft:)``
    /// finds them.
    private static func leftToRightRuns(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var index = 0
        while index < bytes.count {
            // Lead bytes D7 to DF start U+05C0 to U+07FF, all right to left, none a run start.
            if (0xD7...0xDF).contains(bytes[index]) {
                index += 2
                continue
            }
            let (scalar, length) = decode(bytes, at: index)
            guard isRunStart(scalar) else {
                index += length
                continue
            }
            var end = index + length
            var scan = end
            var previous = scalar
            while scan < bytes.count {
                let (next, nextLength) = decode(bytes, at: scan)
                if isRightToLeft(next) { break }
                if isRunStart(next) || (isTrailingUnit(next) && isDigit(previous)) { end = scan + nextLength }
                previous = next
                scan += nextLength
            }
            runs.append(index..<end)
            index = end
        }
        return runs
    }

    /// Whether `text` has a right-to-left scalar.
    static func containsRightToLeft(_ text: String) -> Bool {
        text.withUTF8Bytes { containsRightToLeft($0) }
    }

    /// Whether valid UTF-8 has a right-to-left scalar (ASCII bytes skipped without decoding).
    private static func containsRightToLeft(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            if bytes[index] < 0x80 {
                index += 1
                continue
            }
            let (scalar, length) = decode(bytes, at: index)
            if isRightToLeft(scalar) { return true }
            index += length
        }
        return false
    }

    /// The scalar that starts at `index` of valid UTF-8, and its length in bytes.
    @inline(__always) private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int)
        -> (Unicode.Scalar, Int)
    {
        let lead = UInt32(bytes[index])
        let value: UInt32
        let length: Int
        if lead < 0x80 {
            return (Unicode.Scalar(UInt8(lead)), 1)
        } else if lead < 0xE0 {
            (value, length) = ((lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2)
        } else if lead < 0xF0 {
            value = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            length = 3
        } else {
            value =
                (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
                | UInt32(bytes[index + 3] & 0x3F)
            length = 4
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    static func isRunStart(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
        }
        return !isRightToLeft(scalar) && scalar.properties.isAlphabetic
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { (0x30...0x39).contains(scalar.value) }

    static func isTrailingUnit(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "%" || scalar == "\u{2030}" || scalar == "°"
    }

    /// Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic and the Arabic presentation forms.
    static func isRightToLeft(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF, 0x10800...0x10FFF, 0x1E800...0x1EFFF: true
        default: false
        }
    }
}
