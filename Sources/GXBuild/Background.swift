import Foundation

/// One piece of work run on a thread of its own while the caller goes on, its result taken once with `wait()`.
///
/// With a single job allowed, the work runs at once on the caller's thread, so `--jobs 1` stays one thread.
// @unchecked Sendable: `result` is written once by the work's thread before `done` is signalled, and read only after
// waiting on `done`, which orders the write before the read.
package final class Background<T>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: T?

    /// Starts `work`; `jobs` is the build's thread cap.
    package init(jobs: Int, _ work: @escaping @Sendable () -> T) {
        guard jobs > 1 else {
            result = work()
            done.signal()
            return
        }
        let thread = Thread { [self] in
            result = work()
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Waits for the work to finish; safe to call any number of times, before or after `wait()`.
    package func finish() {
        done.wait()
        done.signal()
    }

    /// The work's result, waiting for it to finish. Call it once: the result is handed over, not kept, so whoever takes
    /// it decides where it is freed.
    package func wait() -> T {
        finish()
        defer { result = nil }
        return result!
    }
}
