/// One source sentence and its translation, as the glossary check sees it.
///
/// `source` and `target` are plain text (a segment's `plainText`, or a bilingual file's unit with its tags
/// removed); spans in findings are UTF-16 offsets into these strings.
public struct BilingualUnit: Hashable, Sendable {
    /// The post's slug (or the bilingual file's name), used to group findings.
    public var post: String
    /// The unit's ID within its post (a segment ID, an XLIFF `unit` id, a PO `msgctxt`).
    public var id: String
    public var source: String
    public var target: String
    /// The target's locale code (`tr`, `ar`).
    public var targetLocale: String
    /// Where the unit's target sits in the file the editor opened, when known.
    public var location: SourceLocation?

    public init(
        post: String, id: String, source: String, target: String, targetLocale: String,
        location: SourceLocation? = nil
    ) {
        self.post = post
        self.id = id
        self.source = source
        self.target = target
        self.targetLocale = targetLocale
        self.location = location
    }
}
