import Dispatch
import Foundation

/// Runs independent work on several threads, keeping results in input order so output stays deterministic.
package enum Parallel {
    /// The number of worker threads to use when none is asked for.
    package static var defaultJobs: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// Maps `items` with `transform` on up to `jobs` threads; result `i` belongs to item `i`.
    package static func map<T, R>(_ items: [T], jobs: Int, _ transform: (T) throws -> R) rethrows -> [R] {
        let workers = min(max(1, jobs), items.count)
        guard workers > 1 else { return try items.map(transform) }
        let results = ResultBox<R>(count: items.count)
        let next = Counter()
        withoutActuallyEscaping(transform) { transform in
            // The closure is not Sendable; callers guarantee it is safe to call concurrently.
            let work = UncheckedSendable(transform)
            let input = UncheckedSendable(items)
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                // Workers take the next item as they finish, so one slow report does not hold a whole stripe back.
                while let i = next.take(below: input.value.count) {
                    results.set(i, Result { try work.value(input.value[i]) })
                }
            }
        }
        return try results.values.map { try $0!.get() }
    }

    /// Runs `body` for every item on up to `jobs` threads.
    package static func forEach<T>(_ items: [T], jobs: Int, _ body: (T) throws -> Void) rethrows {
        _ = try map(items, jobs: jobs, body)
    }
}

/// A shared index handed out under a lock.
// @unchecked Sendable: `next` is only read and written under `lock`.
private final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()

    func take(below limit: Int) -> Int? {
        lock.withLock {
            guard value < limit else { return nil }
            defer { value += 1 }
            return value
        }
    }
}

/// Slots each written by exactly one worker, read after all have finished.
// @unchecked Sendable: each slot is written by exactly one worker and read only after every worker has finished,
// which the dispatch group's wait orders before the reads.
private final class ResultBox<R>: @unchecked Sendable {
    var values: [Result<R, Error>?]
    private let lock = NSLock()

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ r: Result<R, Error>) {
        lock.withLock { values[i] = r }
    }
}
