import GXBuild

/// A build stopped by an environment problem, tagged with the step it happened in.
public struct BuildFailure: Error, Equatable, CustomStringConvertible {
    /// The step's name: load, parse, index, write, search or commit.
    public let step: String
    /// The problem, whose message names the path.
    public let error: BuildError

    /// Creates a failure of `step`.
    public init(step: String, error: BuildError) {
        self.step = step
        self.error = error
    }

    /// The one-line message printed by the CLI: the step, then the problem.
    public var description: String { "\(step): \(error.description)" }
}
