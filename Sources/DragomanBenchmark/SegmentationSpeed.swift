enum SegmentationSpeed {
    static func run(_ arguments: [String]) throws {}
}
