/// The named steps of `dragoman build`; a failure says which one, and which file.
public enum BuildStep: String, Sendable, CaseIterable, CustomStringConvertible {
    case loadSettings = "load settings"
    case loadLocales = "load locale profiles and messages"
    case findPosts = "find source posts"
    case checkCache = "check build cache"
    case readPost = "read post"
    case assemble = "assemble post"
    case write = "write output"
    case removeStale = "remove stale output"
    case writeManifest = "write manifest"

    public var description: String { rawValue }
}

/// Why a build did not finish cleanly: the step, and every error found in it (all posts are tried first).
public struct BuildFailure: Error, Equatable, Sendable, CustomStringConvertible {
    public var step: BuildStep
    public var errors: [DragomanError]

    public init(step: BuildStep, errors: [DragomanError]) {
        self.step = step
        self.errors = errors
    }

    public var description: String {
        (["build failed in step '\(step)':"] + errors.map(\.description)).joined(separator: "\n")
    }
}
