extension TranslationStore {
    /// The stored units of `document` keyed by the segment they belong to now.
    ///
    /// A unit whose ID is still in the post belongs to that segment; if its stored source differs from the
    /// current one it is stale. A unit whose sentence changed (so its ID is gone) is re-attached, as stale, to the
    /// segment now at its block path if that segment has no unit of its own. Units that fit nowhere are dropped
    /// from the result; ``leftovers(_:in:)`` lists them so a write keeps them.
    public static func resolve(_ units: [TranslationUnit], in document: SourceDocument) -> [SegmentID: TranslationUnit]
    {
        attach(units, in: document).resolved
    }

    /// Stored units that belong to no segment of `document` now (kept in the file, never dropped).
    public static func leftovers(_ units: [TranslationUnit], in document: SourceDocument) -> [TranslationUnit] {
        attach(units, in: document).leftovers
    }

    static func attach(_ units: [TranslationUnit], in document: SourceDocument) -> (
        resolved: [SegmentID: TranslationUnit], leftovers: [TranslationUnit]
    ) {
        let attached = attachBySegment(units, in: document)
        var resolved: [SegmentID: TranslationUnit] = [:]
        resolved.reserveCapacity(units.count)
        for (index, unit) in attached.units.enumerated() {
            if let unit { resolved[document.segments[index].id] = unit }
        }
        return (resolved, attached.leftovers)
    }

    /// ``attach(_:in:)`` by position: `units[i]` is the unit of `document.segments[i]`, nil when it has none
    /// (segment IDs are unique within a post, so a position stands for its ID).
    static func attachBySegment(_ units: [TranslationUnit], in document: SourceDocument) -> (
        units: [TranslationUnit?], leftovers: [TranslationUnit]
    ) {
        let segments = document.segments
        var result = [TranslationUnit?](repeating: nil, count: segments.count)
        var orphans: [TranslationUnit] = []
        // A store file lists its units in source order, so the next segment is usually the one: the table of
        // IDs is built only when a unit is out of step.
        var next = 0
        var byID: [SegmentID: Int]?
        for unit in units {
            let index: Int
            if next < segments.count, segments[next].id == unit.id {
                index = next
            } else {
                if byID == nil { byID = positions(of: segments, by: \.id) }
                guard let found = byID?[unit.id] else {
                    orphans.append(unit)
                    continue
                }
                index = found
            }
            next = index + 1
            result[index] = unit
            reconcile(&result[index]!, with: segments[index])
        }
        guard !orphans.isEmpty else { return (result, []) }
        let byPath = positions(of: segments, by: \.path)
        var leftovers: [TranslationUnit] = []
        for unit in orphans {
            guard let path = unit.path, let index = byPath[path], result[index] == nil else {
                leftovers.append(unit)
                continue
            }
            result[index] = unit
            reconcile(&result[index]!, with: segments[index])
            result[index]!.id = segments[index].id
        }
        return (result, leftovers)
    }

    /// Positions in `segments` by `key`. A key that occurs twice maps to its last position.
    private static func positions<Key: Hashable>(of segments: SegmentList, by key: KeyPath<Segment, Key>) -> [Key: Int]
    {
        var result: [Key: Int] = [:]
        result.reserveCapacity(segments.count)
        for (index, segment) in segments.enumerated() { result[segment[keyPath: key]] = index }
        return result
    }

    /// `unit` against the current `segment`: a different source makes it stale (keeping the old source).
    static func reconcile(_ unit: inout TranslationUnit, with segment: Segment) {
        // The usual case, an unchanged source, is settled on the segment tables without making its content.
        if segment.storage.tokens(segment.index, equal: unit.source) { return }
        let current = ExchangeToken.tokens(segment.content)
        if !sameCanonical(unit.source, current) {
            unit.staleSource = unit.staleSource ?? unit.source.tagged
            unit.source = current
            unit.path = segment.path
        }
    }

    /// `stored.canonical == current.canonical`, without building either canonical string: the tagged forms'
    /// UTF-8 is compared with whitespace runs collapsed as `canonical` collapses them (the whitespace is ASCII,
    /// so bytes suffice). Bytes that differ fall back to the string comparison, which also treats canonically
    /// equivalent Unicode as equal.
    static func sameCanonical(_ stored: [ExchangeToken], _ current: [ExchangeToken]) -> Bool {
        // The usual case, an unchanged source, needs no tagged strings at all.
        if stored == current { return true }
        var left = stored.tagged
        var right = current.tagged
        let sameBytes = left.withUTF8 { left in right.withUTF8 { right in sameCollapsed(left, right) } }
        return sameBytes || stored.canonical == current.canonical
    }

    private static func sameCollapsed(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>) -> Bool {
        @inline(__always) func isSpace(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
        }
        // The next canonical byte from `index`: a space stands for a whitespace run between two other bytes;
        // runs at the start and the end are dropped. Returns nil at the end.
        @inline(__always) func next(_ bytes: UnsafeBufferPointer<UInt8>, _ index: inout Int, _ started: inout Bool)
            -> UInt8?
        {
            var sawSpace = false
            while index < bytes.count, isSpace(bytes[index]) {
                sawSpace = true
                index += 1
            }
            guard index < bytes.count else { return nil }
            if sawSpace && started { return 0x20 }
            started = true
            index += 1
            return bytes[index - 1]
        }
        var (leftIndex, rightIndex) = (0, 0)
        var (leftStarted, rightStarted) = (false, false)
        while true {
            let a = next(left, &leftIndex, &leftStarted)
            let b = next(right, &rightIndex, &rightStarted)
            if a != b { return false }
            if a == nil { return true }
        }
    }
}
