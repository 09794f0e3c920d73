import Foundation

/// A number of bytes that worker threads draw on to keep things in memory, each keeping what it draws until the end.
// @unchecked Sendable: `left` is only read and written under `lock`.
package final class ByteBudget: @unchecked Sendable {
    private let lock = NSLock()
    private var left: Int

    /// A budget of `bytes`.
    package init(_ bytes: Int) { left = bytes }

    /// Draws `bytes` if that many are left: whether they were.
    package func take(_ bytes: Int) -> Bool {
        lock.withLock {
            guard bytes <= left else { return false }
            left -= bytes
            return true
        }
    }
}
