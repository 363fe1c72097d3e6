/// The error a stage throws when it cannot go on: where, what went wrong, and what to do about it.
///
/// Prints as `file:line:col: error: reason` followed by the hint, so a user can jump to the spot.
public struct DragomanError: Error, Hashable, Sendable, CustomStringConvertible {
    public var location: SourceLocation
    public var reason: String
    public var hint: String?

    public init(_ location: SourceLocation, _ reason: String, hint: String? = nil) {
        self.location = location
        self.reason = reason
        self.hint = hint
    }

    public init(path: String, _ reason: String, hint: String? = nil) {
        self.init(SourceLocation(path: path), reason, hint: hint)
    }

    public var description: String {
        var text = "\(location): error: \(reason)"
        if let hint { text += "\n  hint: \(hint)" }
        return text
    }
}
