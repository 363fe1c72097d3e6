/// What an import did (or would do): counts of units and the rejected ones with their reasons.
public struct ImportSummary: Hashable, Sendable {
    /// Units whose translation or state changed.
    public var applied = 0
    /// Units that changed nothing (same target and state, empty target, unconfirmed pre-fill).
    public var unchanged = 0
    /// Units kept as stale: the file's source differs from the current one, or the file says needs-review.
    public var stale = 0
    /// Units refused, each with `file:line:col` and a message naming the unit.
    public var rejected: [Diagnostic] = []

    public init() {}

    /// `applied 3, unchanged 60, stale 1, rejected 0`.
    public var line: String {
        "applied \(applied), unchanged \(unchanged), stale \(stale), rejected \(rejected.count)"
    }
}
