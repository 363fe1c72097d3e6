/// A segment's stable identifier: a hash of its content, plus an occurrence number for repeats.
///
/// The hash covers the segment's tagged text (whitespace collapsed, code ids but not their markup), so
/// editing one sentence changes only its ID, moving paragraphs changes none, and a link's URL can change
/// without invalidating a translation. The n-th repeat of the same text in one post gets the suffix `-n`.
public struct SegmentID: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    public var rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }

    public var description: String { rawValue }

    public static func < (lhs: SegmentID, rhs: SegmentID) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Whether a string is shaped like an ID this tool makes (10 hex digits, optional `-n`).
    public static func isWellFormed(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts[0].utf8.count == 10,
            parts[0].utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) })
        else { return false }
        return parts.count == 1 || (Int(parts[1]).map { $0 >= 2 } ?? false)
    }

    /// The ID of content that occurs for the `occurrence`-th time (1-based) in its post.
    public static func make(for content: [InlineElement], occurrence: Int) -> SegmentID {
        let base = hex(finish(canonicalHash(content)))
        return SegmentID(occurrence == 1 ? base : "\(base)-\(occurrence)")
    }

    /// The tagged text with runs of white space collapsed to one space and trimmed.
    static func canonical(_ content: [InlineElement]) -> [UInt8] {
        TaggedText.collapsingWhiteSpace(TaggedText.render(content))
    }

    /// FNV-1a over the bytes, finished with a SplitMix64 avalanche so every bit depends on every byte.
    static func hash(_ bytes: [UInt8]) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01b3
        }
        return finish(value)
    }

    /// FNV-1a of ``canonical(_:)``, computed while collapsing white space, without building the byte array.
    static func canonicalHash(_ content: [InlineElement]) -> UInt64 {
        // Feeds the tagged text piece by piece instead of rendering it into one string first.
        var hasher = CanonicalHasher()
        for element in content {
            switch element {
            case .text(let text): hasher.feedEscaped(text)
            case .open(let code): hasher.feedTag(code.id, prefix: "<", suffix: ">")
            case .close(let code): hasher.feedTag(code.id, prefix: "</", suffix: ">")
            case .standalone(let code): hasher.feedTag(code.id, prefix: "<", suffix: "/>")
            }
        }
        return hasher.value
    }

    /// ``baseValue(for:)`` of the content a segment's table elements stand for (their text in `source` or
    /// `decoded`), from the bytes, without strings.
    static func baseValue(
        hashing elements: ArraySlice<SegmentStorage.Element>, source: UnsafeBufferPointer<UInt8>,
        decoded: UnsafeBufferPointer<UInt8>
    ) -> UInt64 {
        var hasher = CanonicalHasher()
        for element in elements {
            let range = Int(element.start)..<Int(element.end)
            switch element.kind {
            case .sourceText: hasher.feedEscaped(UnsafeBufferPointer(rebasing: source[range]))
            case .decodedText: hasher.feedEscaped(UnsafeBufferPointer(rebasing: decoded[range]))
            case .open: hasher.feedTag(Int(element.id), prefix: "<", suffix: ">")
            case .close: hasher.feedTag(Int(element.id), prefix: "</", suffix: ">")
            case .standalone: hasher.feedTag(Int(element.id), prefix: "<", suffix: "/>")
            }
        }
        return finish(hasher.value) & 0xFF_FFFF_FFFF
    }

    /// FNV-1a over bytes with runs of white space collapsed to one space and trimmed.
    private struct CanonicalHasher {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        var started = false
        var pendingSpace = false

        mutating func feed(_ text: String) {
            var text = text
            text.withUTF8 { bytes in
                for byte in bytes { feed(byte) }
            }
        }

        /// Feeds `TaggedText.escape(text)`.
        mutating func feedEscaped(_ text: String) {
            var text = text
            text.withUTF8 { feedEscaped($0) }
        }

        /// Feeds `TaggedText.escape` of the text `bytes`: in one pass when the text needs no escape (almost
        /// always); when it does, the state from before the text is restored and the escaped text fed instead.
        mutating func feedEscaped(_ bytes: UnsafeBufferPointer<UInt8>) {
            // The state in a local copy: mutating `self` per byte costs an access check per byte.
            var state = self
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                if byte == UInt8(ascii: "<") || byte == UInt8(ascii: "\\") {
                    feed(TaggedText.escape(String(decoding: bytes, as: UTF8.self)))
                    return
                }
                state.feed(byte)
                guard byte > 0x20 else { continue }
                // The rest of the word in a loop of its own: no pending space to settle, so each byte is
                // one multiply on the chain (the compiler otherwise computes both cases and selects).
                while index < bytes.count {
                    let next = bytes[index]
                    if next <= 0x20 || next == UInt8(ascii: "<") || next == UInt8(ascii: "\\") { break }
                    state.value ^= UInt64(next)
                    state.value = state.value &* 0x0000_0100_0000_01b3
                    index += 1
                }
            }
            self = state
        }

        mutating func feedTag(_ id: Int, prefix: StaticString, suffix: StaticString) {
            prefix.withUTF8Buffer { for byte in $0 { feed(byte) } }
            feedDecimal(id)
            suffix.withUTF8Buffer { for byte in $0 { feed(byte) } }
        }

        /// The digits of `String(number)`, without building the string.
        private mutating func feedDecimal(_ number: Int) {
            guard number >= 0 else { return feed(String(number)) }
            var divisor = 1
            while number / divisor >= 10 { divisor *= 10 }
            while divisor > 0 {
                feed(UInt8(0x30 + (number / divisor) % 10))
                divisor /= 10
            }
        }

        @inline(__always) mutating func feed(_ byte: UInt8) {
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                pendingSpace = started
                return
            }
            if pendingSpace {
                value ^= 0x20
                value = value &* 0x0000_0100_0000_01b3
            }
            pendingSpace = false
            started = true
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01b3
        }
    }

    private static func finish(_ hash: UInt64) -> UInt64 { ContentHash.avalanche(hash) }

    static func hex(_ value: UInt64) -> String {
        String(unsafeUninitializedCapacity: 10) { bytes in
            for index in 0..<10 {
                let digit = UInt8((value >> UInt64(36 - 4 * index)) & 0xF)
                bytes[index] = digit < 10 ? 0x30 + digit : 0x57 + digit
            }
            return 10
        }
    }

    /// The part of the content hash that the ID shows (10 hex digits): equal values, equal base IDs.
    static func baseValue(for content: [InlineElement]) -> UInt64 {
        finish(canonicalHash(content)) & 0xFF_FFFF_FFFF
    }
}
