extension Segmenter {
    /// Drops the breaks inside quotations that open mid-sentence (`She said: "… . …."`, `Ali, "… ! …!" dedi.`):
    /// the quotation is one part of the sentence that frames it. A quotation at a sentence start keeps its
    /// breaks, and an unclosed quotation changes nothing.
    func removingBreaksInEmbeddedQuotations(_ boundaries: [Int], in units: [UInt16]) -> [Int] {
        let spans = embeddedQuotations(in: units)
        guard !spans.isEmpty else { return boundaries }
        var result: [Int] = []
        var spanIndex = 0
        for boundary in boundaries {
            while spanIndex < spans.count, spans[spanIndex].upperBound < boundary { spanIndex += 1 }
            if boundary < units.count, spanIndex < spans.count, spans[spanIndex].contains(boundary),
                boundary > spans[spanIndex].lowerBound
            {
                continue
            }
            result.append(boundary)
        }
        return result
    }

    /// Closed ranges from each embedded quotation's opening mark to its closing mark, in order.
    private func embeddedQuotations(in units: [UInt16]) -> [ClosedRange<Int>] {
        var spans: [ClosedRange<Int>] = []
        var open: [(mark: UInt16, offset: Int)] = []
        // Quotation marks are rare: find them with a tight loop over the buffer before the bookkeeping.
        let marks = units.withUnsafeBufferPointer { buffer -> [Int] in
            var found: [Int] = []
            // Every mark is `"` or outside ASCII.
            var index = Self.firstIndex(of: 0x22, or: 0x22, nonASCII: true, in: buffer, from: 0)
            while index < buffer.count {
                let unit = buffer[index]
                if unit == 0x22 || unit == 0xAB || unit == 0xBB || unit == 0x201C || unit == 0x201D {
                    found.append(index)
                }
                index = Self.firstIndex(of: 0x22, or: 0x22, nonASCII: true, in: buffer, from: index + 1)
            }
            return found
        }
        guard !marks.isEmpty else { return [] }
        for offset in marks {
            let unit = units[offset]
            let closing: UInt16?
            switch unit {
            case 0x201C, 0xAB:
                open.append((unit, offset))
                continue
            case 0x22:
                if open.last?.mark == 0x22 {
                    closing = 0x22
                } else {
                    open.append((unit, offset))
                    continue
                }
            case 0x201D: closing = 0x201C
            case 0xBB: closing = 0xAB
            default: continue
            }
            guard let index = open.lastIndex(where: { $0.mark == closing }) else { continue }
            let opening = open[index].offset
            open.removeSubrange(index...)
            if open.isEmpty, isInsideSentence(opening, in: units) { spans.append(opening...offset) }
        }
        return spans.sorted { $0.lowerBound < $1.lowerBound }
    }

    /// Whether the text before `offset` continues a sentence: its last visible character is a letter, a digit
    /// or a mark that introduces what follows (`,` `:` `;` `،` a dash).
    private func isInsideSentence(_ offset: Int, in units: [UInt16]) -> Bool {
        var index = offset
        while index > 0, Self.isSpace(units[index - 1]) { index -= 1 }
        guard index > 0 else { return false }
        let unit = units[index - 1]
        switch unit {
        case 0x2C, 0x3A, 0x3B, 0x60C, 0x2013, 0x2014: return true
        default: return Self.isLetter(unit) || Self.isDigit(unit)
        }
    }
}
