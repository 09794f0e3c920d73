import Foundation

/// A count shared by worker threads.
final class Tally: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    /// The count so far.
    var value: Int { lock.withLock { count } }

    /// Adds one.
    func add() { lock.withLock { count += 1 } }
}
