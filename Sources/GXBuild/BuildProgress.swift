import Foundation

/// How far a build has come in one phase, for a progress display.
public struct BuildProgress: Sendable {
    /// The phase: "parse" (reading and validating reports) or "write" (rendering and writing report pages).
    public var phase: String
    /// Items finished in this phase.
    public var done: Int
    /// Items in this phase.
    public var total: Int
    /// Seconds since the phase started.
    public var elapsed: Double
}

/// Counts finished items across worker threads and reports every so often.
// @unchecked Sendable: `done` is only read and written under `lock`; the rest is set once in init.
package final class ProgressCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var done = 0
    private let total: Int
    private let phase: String
    private let start = Date()
    private let step: Int
    private let report: (@Sendable (BuildProgress) -> Void)?

    package init(phase: String, total: Int, report: (@Sendable (BuildProgress) -> Void)?) {
        self.phase = phase
        self.total = total
        self.report = report
        // About a hundred updates a phase: enough for a smooth bar, too few to cost anything.
        self.step = max(1, total / 100)
    }

    package func tick() {
        guard let report else { return }
        let now: Int? = lock.withLock {
            done += 1
            return done % step == 0 || done == total ? done : nil
        }
        if let now { report(BuildProgress(phase: phase, done: now, total: total, elapsed: Date().timeIntervalSince(start))) }
    }
}

/// Sums the time spent in one kind of work across threads.
// @unchecked Sendable: `total` is only read and written under `lock`.
package final class Stopwatch: @unchecked Sendable {
    private let lock = NSLock()
    private var total: Double = 0

    /// A stopwatch at zero.
    package init() {}

    package var seconds: Double { lock.withLock { total } }

    package func measure<T>(_ work: () -> T) -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        let result = work()
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        lock.withLock { total += elapsed }
        return result
    }
}
