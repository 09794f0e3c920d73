import Dispatch
import Foundation

/// Runs a function of every index on several threads, results in index order.
///
/// GXReuse imports nothing of gxsite (the report model imports it), so it does not use the build engine's `Parallel`.
enum ParallelIndices {
    /// `transform(i)` for every `i` in `0..<count`, on up to `jobs` threads, in index order.
    static func map<R>(_ count: Int, jobs: Int, _ transform: (Int) -> R) -> [R] {
        map(count, jobs: jobs, state: {}) { _, i in transform(i) }
    }

    /// `transform(&state, i)` for every `i` in `0..<count`, on up to `jobs` threads, in index order; each thread makes
    /// its `state` once (buffers kept from one index to the next) and takes the next index as it finishes one, so a
    /// thread given the larger items does not hold the others up.
    static func map<S, R>(_ count: Int, jobs: Int, state: () -> S, _ transform: (inout S, Int) -> R) -> [R] {
        let workers = min(max(1, jobs), count)
        guard workers > 1 else {
            var own = state()
            return (0..<count).map { transform(&own, $0) }
        }
        let box = Box<R>(count)
        withoutActuallyEscaping(state) { state in
            withoutActuallyEscaping(transform) { transform in
                // The closures only read shared state; each thread's state is its own, each index's result its slot.
                let work = Unchecked((state, transform))
                DispatchQueue.concurrentPerform(iterations: workers) { _ in
                    var own = work.value.0()
                    while let i = box.take() { box.set(i, work.value.1(&own, i)) }
                }
            }
        }
        return box.results.map { $0! }
    }

    // @unchecked Sendable: `next` and `results` are only touched under `lock`.
    private final class Box<R>: @unchecked Sendable {
        var results: [R?]
        private var next = 0
        private let lock = NSLock()

        init(_ count: Int) { results = Array(repeating: nil, count: count) }

        func take() -> Int? {
            lock.withLock {
                guard next < results.count else { return nil }
                defer { next += 1 }
                return next
            }
        }

        func set(_ i: Int, _ value: R) { lock.withLock { results[i] = value } }
    }

    // @unchecked Sendable: wraps a closure the caller guarantees may run concurrently.
    private struct Unchecked<T>: @unchecked Sendable {
        let value: T
        init(_ value: T) { self.value = value }
    }
}
