import Synchronization
import Testing
@testable import GXReuse

/// Work shared between threads, each thread with buffers of its own, gives its results in index order.
struct ParallelIndicesTests {
    @Test(arguments: [(count: 0, jobs: 2), (count: 1, jobs: 2), (count: 7, jobs: 1), (count: 100, jobs: 2), (count: 100, jobs: 3)])
    func eachThreadMakesItsStateOnceAndTheResultsComeInOrder(count: Int, jobs: Int) {
        let made = Atomic<Int>(0)
        let results = ParallelIndices.map(count, jobs: jobs, state: { () -> [Int] in
            made.add(1, ordering: .relaxed)
            return []
        }) { seen, i in
            // What this thread did before: its own, so it only grows.
            seen.append(i)
            return (i * i, seen.count)
        }
        #expect(results.map(\.0) == (0..<count).map { $0 * $0 })
        #expect(made.load(ordering: .relaxed) == min(max(1, jobs), max(count, 1)))
        // A thread's first index finds its state empty: at most one such index a state made (a thread may find
        // every index taken before it starts).
        let firsts = results.filter { $0.1 == 1 }.count
        #expect(firsts <= made.load(ordering: .relaxed) && (count == 0 || firsts >= 1))
    }
}
