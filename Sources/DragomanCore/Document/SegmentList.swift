/// A post's segments in source order: views into the post's segment tables.
public struct SegmentList: RandomAccessCollection, Sendable {
    let storage: SegmentStorage

    init(storage: SegmentStorage) { self.storage = storage }

    public var startIndex: Int { 0 }
    public var endIndex: Int { storage.records.count }

    public subscript(position: Int) -> Segment { Segment(storage: storage, index: position) }
}
