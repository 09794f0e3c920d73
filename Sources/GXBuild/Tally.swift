import Foundation

/// A count shared by worker threads.
// @unchecked Sendable: `count` is only read and written under `lock`.
package final class Tally: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    /// A count at zero.
    package init() {}

    /// The count so far.
    package var value: Int { lock.withLock { count } }

    /// Adds one.
    package func add() { lock.withLock { count += 1 } }
}
