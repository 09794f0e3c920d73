import Foundation
import Testing
@testable import GXBuild

/// The engine's types shared across threads under `@unchecked Sendable`, hammered from many threads at once: every
/// update counted, every result where it belongs.
@Suite struct ThreadSharingTests {
    static let items = Array(0..<20_000)

    @Test(arguments: [1, 2, 8])
    func parallelMapKeepsEveryResultInItsPlace(jobs: Int) {
        #expect(Parallel.map(Self.items, jobs: jobs) { $0 * 3 } == Self.items.map { $0 * 3 })
    }

    @Test func aTallyCountsEveryAdditionFromEveryThread() {
        let tally = Tally()
        Parallel.forEach(Self.items, jobs: 8) { _ in tally.add() }
        #expect(tally.value == Self.items.count)
    }

    @Test func aStopwatchSumsEveryMeasurement() {
        let watch = Stopwatch()
        let results = Parallel.map(Array(0..<64), jobs: 8) { i in watch.measure { Thread.sleep(forTimeInterval: 0.001); return i } }
        #expect(results == Array(0..<64))
        #expect(watch.seconds >= 0.064)
    }

    @Test func aProgressCounterReportsTheLastItemOnce() {
        let seen = UncheckedSendable(NSLock())
        // nonisolated(unsafe): only touched under the lock above.
        nonisolated(unsafe) var finals = 0
        let counter = ProgressCounter(phase: "write", total: Self.items.count) { progress in
            if progress.done == progress.total { seen.value.withLock { finals += 1 } }
        }
        Parallel.forEach(Self.items, jobs: 8) { _ in counter.tick() }
        #expect(seen.value.withLock { finals } == 1)
    }

    @Test(arguments: [1, 2])
    func backgroundWorkHandsOverItsResult(jobs: Int) {
        let work = Background(jobs: jobs) { Self.items.reduce(0, +) }
        work.finish()
        work.finish()
        #expect(work.wait() == Self.items.reduce(0, +))
    }
}
