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
        var byID: [SegmentID: Segment] = [:]
        var byPath: [String: Segment] = [:]
        for segment in document.segments {
            byID[segment.id] = segment
            byPath[segment.path] = segment
        }
        var result: [SegmentID: TranslationUnit] = [:]
        var orphans: [TranslationUnit] = []
        for unit in units {
            guard let segment = byID[unit.id] else {
                orphans.append(unit)
                continue
            }
            result[segment.id] = reconcile(unit, with: segment)
        }
        var leftovers: [TranslationUnit] = []
        for unit in orphans {
            guard let path = unit.path, let segment = byPath[path], result[segment.id] == nil else {
                leftovers.append(unit)
                continue
            }
            var moved = reconcile(unit, with: segment)
            moved.id = segment.id
            result[segment.id] = moved
        }
        return (result, leftovers)
    }

    /// `unit` against the current `segment`: a different source makes it stale (keeping the old source).
    static func reconcile(_ unit: TranslationUnit, with segment: Segment) -> TranslationUnit {
        var unit = unit
        if unit.source.canonical != segment.canonicalSource {
            unit.staleSource = unit.staleSource ?? unit.source.tagged
            unit.source = ExchangeToken.tokens(segment.content)
            unit.path = segment.path
        }
        return unit
    }
}
