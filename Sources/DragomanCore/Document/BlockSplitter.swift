/// Cuts a block's atoms into sentence segments and the white space between them.
///
/// Each segment is a contiguous run of atoms; paired codes never straddle a cut (a boundary that would
/// split a pair is dropped), closing codes right after a sentence stay with it, and everything between
/// segments is literal source that goes to the skeleton.
/// One splitter serves a post's blocks in turn and keeps its work buffers between them, so splitting a block
/// allocates nothing once the buffers have grown. A value, so its buffers are reached without the access
/// checks and reference counting of a class's properties.
struct BlockSplitter {
    let segmenter: Segmenter
    /// Work buffers, emptied (capacity kept) per block: each atom's range in the plain text, which sentence
    /// owns each atom (-1 for none), the runs of atoms per sentence, the sentences, and the atoms once cut.
    private var offsets: [(Int, Int)] = []
    private var owner: [Int] = []
    private var runs: [(first: Int, last: Int)] = []
    private var boundaries: [Int] = []
    private var sentences: [(Int, Int)] = []
    private var balanced: [(Int, Int)] = []
    private var cutAtoms: [InlineAtom] = []
    private var cutOffsets: [(Int, Int)] = []
    private var cuts: [Int] = []
    /// The block's plain text in UTF-16, what the segmenter reads.
    private var plain: [UInt16] = []

    init(segmenter: Segmenter) { self.segmenter = segmenter }

    /// Splits the block `atoms` into the segments `pieces` (ranges of `atoms`, in order). An atom a sentence
    /// boundary falls inside is cut there (once per boundary): `atoms` is replaced by the cut atoms. `decoded`
    /// holds the bytes of `.text` atoms.
    mutating func split(
        _ atoms: inout [InlineAtom], pieces: inout [Range<Int>], source: UnsafeBufferPointer<UInt8>,
        decoded: UnsafeBufferPointer<UInt8>
    ) {
        pieces.removeAll(keepingCapacity: true)
        writePlainText(atoms, source: source, decoded: decoded)
        segmenter.boundaries(in: plain, into: &boundaries)
        trimmedSentences()
        guard !sentences.isEmpty else { return }
        // One sentence spanning the whole plain text (most headings, list items and cells): every atom,
        // zero-width codes at either edge included, belongs to it, which is what the general path finds.
        if sentences.count == 1, sentences[0] == (0, plain.count) {
            pieces.append(0..<atoms.count)
            return
        }
        cut(&atoms, source: source, decoded: decoded)
        dropUnbalanced(atoms)
        assignOwners(atoms)
        collectPieces(into: &pieces)
    }

    /// The plain text of `atoms` in `plain`, and each atom's range in it in `offsets`.
    private mutating func writePlainText(
        _ atoms: [InlineAtom], source: UnsafeBufferPointer<UInt8>, decoded: UnsafeBufferPointer<UInt8>
    ) {
        offsets.removeAll(keepingCapacity: true)
        // UTF-16 never needs more code units than UTF-8 needs bytes: the plain text is written in place.
        var bound = 0
        for atom in atoms {
            switch atom.kind {
            case .source: bound += atom.end - atom.start
            case .text(let text): bound += text.count
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
                switch atom.kind {
                case .source:
                    written = UTF8Transcoding.writeUTF16(
                        UnsafeBufferPointer(rebasing: source[atom.start..<atom.end]), into: buffer, at: written)
                case .text(let text):
                    written = UTF8Transcoding.writeUTF16(
                        UnsafeBufferPointer(rebasing: decoded[text]), into: buffer, at: written)
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
    }

    /// The segmenter's boundaries as sentences: plain-text ranges without the white space around them.
    private mutating func trimmedSentences() {
        sentences.removeAll(keepingCapacity: true)
        var start = 0
        for boundary in boundaries {
            var from = start
            var to = boundary
            while from < to, Segmenter.isSpace(plain[from]) { from += 1 }
            while to > from, Segmenter.isSpace(plain[to - 1]) { to -= 1 }
            if to > from { sentences.append((from, to)) }
            start = boundary
        }
    }

    private func isClose(_ atom: InlineAtom) -> Bool {
        if case .close = atom.kind { return true }
        return atom.isEmptyText
    }

    /// Splits text atoms so that every sentence's start and end falls between atoms.
    private mutating func cut(
        _ atoms: inout [InlineAtom], source: UnsafeBufferPointer<UInt8>, decoded: UnsafeBufferPointer<UInt8>
    ) {
        // Sentence ranges are ordered and disjoint, so the cuts are already sorted: only drop repeats.
        cuts.removeAll(keepingCapacity: true)
        for (start, end) in sentences {
            if cuts.last.map({ $0 < start }) ?? true { cuts.append(start) }
            if cuts.last.map({ $0 < end }) ?? true { cuts.append(end) }
        }
        // Most cuts fall between atoms (block ends, around codes): then there is nothing to copy.
        var inside = false
        var probe = 0
        for (p0, p1) in offsets where p1 > p0 + 1 {
            while probe < cuts.count, cuts[probe] <= p0 { probe += 1 }
            if probe < cuts.count, cuts[probe] < p1 {
                inside = true
                break
            }
        }
        guard inside else { return }
        cutAtoms.removeAll(keepingCapacity: true)
        cutOffsets.removeAll(keepingCapacity: true)
        var cutIndex = 0
        for (index, atom) in atoms.enumerated() {
            var (p0, p1) = offsets[index]
            // Text whose bytes are its source's, or decoded text as long as its source (so a cut in one is a
            // cut in the other at the same byte): cut by walking its bytes, counting UTF-16 units, to each cut.
            let bytes: UnsafeBufferPointer<UInt8>
            switch atom.kind {
            case .source: bytes = UnsafeBufferPointer(rebasing: source[atom.start..<atom.end])
            case .text(let text) where text.count == atom.end - atom.start:
                bytes = UnsafeBufferPointer(rebasing: decoded[text])
            default:
                cutAtoms.append(atom)
                cutOffsets.append((p0, p1))
                continue
            }
            var current = atom
            var byte = 0
            var unit = p0
            while cutIndex < cuts.count, cuts[cutIndex] <= p0 { cutIndex += 1 }
            while cutIndex < cuts.count, cuts[cutIndex] < p1 {
                let cutAt = cuts[cutIndex]
                // ASCII bytes are one unit each: eight at a time while the cut is at least that far.
                if let base = bytes.baseAddress {
                    let raw = UnsafeRawPointer(base)
                    while cutAt - unit >= 8, bytes.count - byte >= 8,
                        raw.loadUnaligned(fromByteOffset: byte, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
                    {
                        byte += 8
                        unit += 8
                    }
                }
                while unit < cutAt, byte < bytes.count {
                    let lead = bytes[byte]
                    if lead < 0x80 {
                        byte += 1
                        unit += 1
                    } else {
                        let length = UTF8Transcoding.utf8Length(lead)
                        byte += length
                        unit += length == 4 ? 2 : 1
                    }
                }
                let split = atom.start + byte
                cutAtoms.append(
                    InlineAtom(kind: current.kind.prefix(upTo: split - current.start), start: current.start, end: split)
                )
                cutOffsets.append((p0, unit))
                current.kind = current.kind.suffix(from: split - current.start)
                current.start = split
                p0 = unit
                cutIndex += 1
            }
            cutAtoms.append(current)
            cutOffsets.append((p0, p1))
        }
        swap(&atoms, &cutAtoms)
        swap(&offsets, &cutOffsets)
    }

    /// Merges a sentence with the next while a paired code is open at its end.
    private mutating func dropUnbalanced(_ atoms: [InlineAtom]) {
        balanced.removeAll(keepingCapacity: true)
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
                balanced.append((start, sentence.1))
                pendingStart = nil
            }
        }
        swap(&sentences, &balanced)
    }

    /// Which sentence each atom belongs to, in `owner` (-1 for white space between sentences).
    private mutating func assignOwners(_ atoms: [InlineAtom]) {
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
    }

    /// Each sentence's atoms as a run from its first to its last owned atom; overlapping runs merge.
    private mutating func collectPieces(into pieces: inout [Range<Int>]) {
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
        for run in runs[..<merged] { pieces.append(run.first..<(run.last + 1)) }
    }
}

extension InlineAtom.Kind {
    /// The first `length` bytes of a text atom's kind (a `.source` atom's bytes are its source's).
    fileprivate func prefix(upTo length: Int) -> InlineAtom.Kind {
        guard case .text(let text) = self else { return self }
        return .text(decoded: text.lowerBound..<(text.lowerBound + length))
    }

    /// A text atom's kind from byte `offset` on.
    fileprivate func suffix(from offset: Int) -> InlineAtom.Kind {
        guard case .text(let text) = self else { return self }
        return .text(decoded: (text.lowerBound + offset)..<text.upperBound)
    }
}
