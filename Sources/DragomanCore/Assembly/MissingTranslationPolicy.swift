/// What the assembler does with a post whose translation into a locale is incomplete.
public enum MissingTranslationPolicy: Hashable, Sendable, CustomStringConvertible {
    /// Missing segments keep the source text; the manifest counts them.
    case fallback
    /// The post is left out of the locale when less than `threshold` (0...1) of its segments are translated;
    /// above it, missing segments fall back to the source.
    case skip(threshold: Double)
    /// Any missing segment is an error (for CI).
    case fail

    public var description: String {
        switch self {
        case .fallback: "fallback"
        case .skip(let threshold): "skip below \(threshold)"
        case .fail: "fail"
        }
    }

    /// What to do with a post `completeness` (0...1) translated.
    public func decision(completeness: Double) -> Decision {
        switch self {
        case .fallback: .write
        case .skip(let threshold): completeness + 1e-9 < threshold ? .skip : .write
        case .fail: completeness < 1 ? .fail : .write
        }
    }

    /// The outcome of the policy for one post in one locale.
    public enum Decision: Hashable, Sendable {
        case write, skip, fail
    }
}
