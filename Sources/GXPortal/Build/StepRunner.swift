import Foundation
import GXBuild

/// Runs a build's steps in turn: times each one and tags its errors with its name.
struct StepRunner {
    let start = Date()
    /// Wall-clock seconds of each step run so far, in order.
    private(set) var phases: [(String, Double)] = []
    private var mark: Date

    init() {
        mark = start
    }

    /// Runs the step `name`; a `BuildError` it throws becomes a `BuildFailure` of that step.
    mutating func run<T>(_ name: String, _ step: () throws -> T) throws -> T {
        let result: T
        do {
            result = try step()
        } catch let error as BuildError {
            throw BuildFailure(step: name, error: error)
        }
        let now = Date()
        phases.append((name, now.timeIntervalSince(mark)))
        mark = now
        return result
    }

    /// `summary` with the steps' timings and the build's wall-clock time.
    func finish(_ summary: BuildSummary) -> BuildSummary {
        var summary = summary
        summary.phases = phases
        summary.seconds = Date().timeIntervalSince(start)
        return summary
    }
}
