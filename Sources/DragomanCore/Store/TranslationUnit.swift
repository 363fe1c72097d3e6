/// How far a translation has come.
public enum TranslationState: String, Sendable, Codable, CaseIterable, Comparable {
    case new, translated, reviewed, final

    public static func < (lhs: TranslationState, rhs: TranslationState) -> Bool { lhs.rank < rhs.rank }

    /// The position in declaration order (as in ``allCases``), without building that array for a comparison.
    private var rank: Int {
        switch self {
        case .new: 0
        case .translated: 1
        case .reviewed: 2
        case .final: 3
        }
    }
}

/// One segment's translation in the store of a target locale.
public struct TranslationUnit: Hashable, Sendable {
    /// The segment the translation belongs to.
    public var id: SegmentID
    /// The block path of the segment (`body/p[2]/s[1]`), kept so a changed sentence can be found again.
    public var path: String?
    /// The current source, as text and placeholders (markup always comes from the source post).
    public var source: [ExchangeToken]
    /// The translation, as text and placeholders.
    public var target: [ExchangeToken]
    public var state: TranslationState
    /// The source the target was translated from (tagged notation), when it differs from the current source:
    /// the unit is stale and needs review.
    public var staleSource: String?
    /// Notes the translator or reviewer left.
    public var notes: [String]
    /// Who last changed the translation, when the file said so.
    public var translator: String?
    /// When the translation last changed (as the file said it, usually ISO 8601).
    public var date: String?

    public init(
        id: SegmentID, path: String? = nil, source: [ExchangeToken], target: [ExchangeToken],
        state: TranslationState, staleSource: String? = nil, notes: [String] = [], translator: String? = nil,
        date: String? = nil
    ) {
        self.id = id
        self.path = path
        self.source = source
        self.target = target
        self.state = state
        self.staleSource = staleSource
        self.notes = notes
        self.translator = translator
        self.date = date
    }

    /// Whether the source changed since the translation was made, so it needs review.
    public var isStale: Bool { staleSource != nil }
}

extension TranslationUnit {
    /// The target as content of `segment`, its codes carrying the segment's markup; nil when the target's
    /// placeholders do not fit the segment.
    public func targetContent(for segment: Segment) -> [InlineElement]? {
        // A source without codes lends none: its content is not made just to find that out.
        guard segment.storage.hasCodes(segment.index) else { return TargetValidator.resolveText(target)?.normalized }
        return TargetValidator.resolve(target, source: segment.content).successValue
    }

    /// The target as a reader sees it (placeholders dropped).
    public var targetPlainText: String { target.plainText }
}
