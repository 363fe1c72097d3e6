/// Cuts a block's atoms into sentence segments and the white space between them.
///
/// Each segment is a contiguous run of atoms; paired codes never straddle a cut (a boundary that would
/// split a pair is dropped), closing codes right after a sentence stay with it, and everything between
/// segments is literal source that goes to the skeleton.
/// One splitter serves a post's blocks in turn and keeps its work buffers between them.
final class BlockSplitter {
    let segmenter: Segmenter
    /// Work buffers, emptied (capacity kept) per block: each atom's range in the plain text, and which
    /// sentence owns each atom (-1 for none).
    private var offsets: [(Int, Int)] = []
    private var owner: [Int] = []
    private var runs: [(first: Int, last: Int)] = []
    /// The block's plain text in UTF-16, what the segmenter reads.
    private var plain: [UInt16] = []

    init(segmenter: Segmenter) { self.segmenter = segmenter }

    /// A run of atoms `atoms[range]` forming one segment (a slice: no copy of the block's atoms).
    struct Piece {
        var atoms: ArraySlice<InlineAtom>
    }

    func split(_ input: [InlineAtom], source: UnsafeBufferPointer<UInt8>) -> [Piece] {
        var atoms = input
        // The buffers move into locals for the call (class properties would cost an access check per use).
        var offsets = self.offsets
        var owner = self.owner
        var runs = self.runs
        var plain = self.plain
        (self.offsets, self.owner, self.runs, self.plain) = ([], [], [], [])
        defer { (self.offsets, self.owner, self.runs, self.plain) = (offsets, owner, runs, plain) }
        offsets.removeAll(keepingCapacity: true)
        // UTF-16 never needs more code units than UTF-8 needs bytes: the plain text is written in place.
        var bound = 0
        for atom in atoms {
            switch atom.kind {
            case .source: bound += atom.end - atom.start
            case .text(let text): bound += text.utf8.count
            case .softBreak, .standalone(.lineBreak): bound += 1
            default: break
            }
        }
        // Zeroed to its bound, written, then cut to what was written: the buffer's memory is reused per block.
        plain.removeAll(keepingCapacity: true)
        plain.append(contentsOf: repeatElement(0, count: bound))
        let written = plain.withUnsafeMutableBufferPointer { buffer in
            var written = 0
            for atom in atoms {
                let start = written
                // What `atom.plain(in:)` holds, without passing the text through another String value.
                switch atom.kind {
                case .source:
                    written = UTF8Transcoding.writeUTF16(
                        UnsafeBufferPointer(rebasing: source[atom.start..<atom.end]), into: buffer, at: written)
                case .text(var text):
                    written = text.withUTF8 { UTF8Transcoding.writeUTF16($0, into: buffer, at: written) }
                case .softBreak, .standalone(.lineBreak):
                    buffer[written] = 0x20
                    written += 1
                default: break
                }
                offsets.append((start, written))
            }
            return written
        }
        plain.removeLast(bound - written)
        var sentences = sentenceRanges(plain)
        guard !sentences.isEmpty else { return [] }
        // One sentence spanning the whole plain text (most headings, list items and cells): every atom,
        // zero-width codes at either edge included, belongs to it, which is what the general path finds.
        if sentences.count == 1, sentences[0] == (0, plain.count) { return [Piece(atoms: atoms[...])] }
        (atoms, offsets) = cutAtoms(atoms, offsets, at: sentences, source: source)
        sentences = dropUnbalanced(sentences, atoms, offsets)

        owner.removeAll(keepingCapacity: true)
        owner.append(contentsOf: repeatElement(-1, count: atoms.count))
        var sentence = 0
        for (index, atom) in atoms.enumerated() {
            let (p0, p1) = offsets[index]
            if p1 > p0 {
                while sentence < sentences.count - 1, p0 >= sentences[sentence].1 { sentence += 1 }
                if p0 >= sentences[sentence].0 && p1 <= sentences[sentence].1 { owner[index] = sentence }
                continue
            }
            // Zero-width atoms (codes, escapes): closing ones stay with the sentence they end, the rest go with
            // the sentence that follows them.
            while sentence < sentences.count - 1, p0 > sentences[sentence].1 { sentence += 1 }
            let (start, end) = sentences[sentence]
            if p0 > start && p0 < end {
                owner[index] = sentence
            } else if p0 >= end {
                owner[index] = isClose(atom) || sentence == sentences.count - 1 ? sentence : sentence + 1
            } else {
                owner[index] = isClose(atom) && sentence > 0 ? sentence - 1 : sentence
            }
        }
        var pieces: [Piece] = []
        runs.removeAll(keepingCapacity: true)
        for (index, value) in owner.enumerated() {
            guard value >= 0 else { continue }
            if value < runs.count {
                runs[value].last = index
            } else {
                while runs.count < value { runs.append((-1, -1)) }
                runs.append((index, index))
            }
        }
        // Overlapping runs merge in place: the merged list never outgrows the runs read so far.
        var merged = 0
        for index in runs.indices where runs[index].first >= 0 {
            let run = runs[index]
            if merged > 0, run.first <= runs[merged - 1].last {
                runs[merged - 1].last = max(runs[merged - 1].last, run.last)
            } else {
                runs[merged] = run
                merged += 1
            }
        }
        pieces.reserveCapacity(merged)
        for run in runs[..<merged] { pieces.append(Piece(atoms: atoms[run.first...run.last])) }
        return pieces
    }

    private func isClose(_ atom: InlineAtom) -> Bool {
        if case .close = atom.kind { return true }
        return atom.isEmptyText
    }

    /// Sentences as trimmed plain-text ranges.
    private func sentenceRanges(_ plain: [UInt16]) -> [(Int, Int)] {
        let boundaries = segmenter.boundaries(in: plain)
        var result: [(Int, Int)] = []
        result.reserveCapacity(boundaries.count)
        var start = 0
        for boundary in boundaries {
            var from = start
            var to = boundary
            while from < to, Segmenter.isSpace(plain[from]) { from += 1 }
            while to > from, Segmenter.isSpace(plain[to - 1]) { to -= 1 }
            if to > from { result.append((from, to)) }
            start = boundary
        }
        return result
    }

    /// Splits text atoms so that every sentence's start and end falls between atoms.
    private func cutAtoms(
        _ atoms: [InlineAtom], _ offsets: [(Int, Int)], at sentences: [(Int, Int)], source: UnsafeBufferPointer<UInt8>
    ) -> ([InlineAtom], [(Int, Int)]) {
        var resultAtoms: [InlineAtom] = []
        var resultOffsets: [(Int, Int)] = []
        var cutIndex = 0
        // Sentence ranges are ordered and disjoint, so the cuts are already sorted: only drop repeats.
        var sortedCuts: [Int] = []
        sortedCuts.reserveCapacity(sentences.count * 2)
        for (start, end) in sentences {
            if sortedCuts.last.map({ $0 < start }) ?? true { sortedCuts.append(start) }
            if sortedCuts.last.map({ $0 < end }) ?? true { sortedCuts.append(end) }
        }
        // Most cuts fall between atoms (block ends, around codes): then there is nothing to copy.
        var inside = false
        var probe = 0
        for (p0, p1) in offsets where p1 > p0 + 1 {
            while probe < sortedCuts.count, sortedCuts[probe] <= p0 { probe += 1 }
            if probe < sortedCuts.count, sortedCuts[probe] < p1 {
                inside = true
                break
            }
        }
        guard inside else { return (atoms, offsets) }
        resultAtoms.reserveCapacity(atoms.count + sortedCuts.count)
        resultOffsets.reserveCapacity(atoms.count + sortedCuts.count)
        for (index, atom) in atoms.enumerated() {
            var (p0, p1) = offsets[index]
            if case .source = atom.kind {
                // Cut by offsets: walk the source bytes, counting UTF-16 units, to each cut.
                var current = atom
                var byte = atom.start
                var unit = p0
                while cutIndex < sortedCuts.count, sortedCuts[cutIndex] <= p0 { cutIndex += 1 }
                while cutIndex < sortedCuts.count, sortedCuts[cutIndex] < p1 {
                    let cut = sortedCuts[cutIndex]
                    // ASCII bytes are one unit each: eight at a time while the cut is at least that far.
                    if let base = source.baseAddress {
                        let raw = UnsafeRawPointer(base)
                        while cut - unit >= 8, atom.end - byte >= 8,
                            raw.loadUnaligned(fromByteOffset: byte, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
                        {
                            byte += 8
                            unit += 8
                        }
                    }
                    while unit < cut, byte < atom.end {
                        let lead = source[byte]
                        if lead < 0x80 {
                            byte += 1
                            unit += 1
                        } else {
                            let length = UTF8Transcoding.utf8Length(lead)
                            byte += length
                            unit += length == 4 ? 2 : 1
                        }
                    }
                    resultAtoms.append(InlineAtom(kind: .source, start: current.start, end: byte))
                    resultOffsets.append((p0, unit))
                    current.start = byte
                    p0 = unit
                    cutIndex += 1
                }
                resultAtoms.append(current)
                resultOffsets.append((p0, p1))
                continue
            }
            guard case .text(let text) = atom.kind, atom.end - atom.start == text.utf8.count else {
                resultAtoms.append(atom)
                resultOffsets.append((p0, p1))
                continue
            }
            // Cut the text in place: String indices from UTF-16 offsets, each piece copied once.
            var current = atom
            var from = text.startIndex
            while cutIndex < sortedCuts.count, sortedCuts[cutIndex] <= p0 { cutIndex += 1 }
            while cutIndex < sortedCuts.count, sortedCuts[cutIndex] < p1 {
                let cut = sortedCuts[cutIndex] - p0
                let index = text.utf16.index(from, offsetBy: cut)
                let head = text[from..<index]
                let split = current.start + head.utf8.count
                resultAtoms.append(InlineAtom(kind: .text(String(head)), start: current.start, end: split))
                resultOffsets.append((p0, p0 + cut))
                from = index
                current.start = split
                p0 += cut
                cutIndex += 1
            }
            if from != text.startIndex { current.kind = .text(String(text[from...])) }
            resultAtoms.append(current)
            resultOffsets.append((p0, p1))
        }
        return (resultAtoms, resultOffsets)
    }

    /// Merges a sentence with the next while a paired code is open at its end.
    private func dropUnbalanced(_ sentences: [(Int, Int)], _ atoms: [InlineAtom], _ offsets: [(Int, Int)]) -> [(
        Int, Int
    )] {
        var result: [(Int, Int)] = []
        result.reserveCapacity(sentences.count)
        var depth = 0
        var atomIndex = 0
        var pendingStart: Int?
        for (index, sentence) in sentences.enumerated() {
            while atomIndex < atoms.count {
                let (p0, p1) = offsets[atomIndex]
                let atEnd = p0 == sentence.1 && p1 == p0
                guard p1 <= sentence.1, p0 < sentence.1 || (atEnd && isClose(atoms[atomIndex])) else { break }
                if case .open = atoms[atomIndex].kind { depth += 1 }
                if case .close = atoms[atomIndex].kind { depth -= 1 }
                atomIndex += 1
            }
            let start = pendingStart ?? sentence.0
            if depth > 0 && index < sentences.count - 1 {
                pendingStart = start
            } else {
                result.append((start, sentence.1))
                pendingStart = nil
            }
        }
        return result
    }
}
