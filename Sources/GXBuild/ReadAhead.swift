import CGXSystem
import Foundation

/// Asks the kernel to read files a little ahead of the threads that parse them, so waiting for the disk overlaps with
/// parsing instead of adding to it.
///
/// Inputs not in the page cache are read at the disk's latency, one file at a time per thread, each parser idle while
/// it waits. A thread of its own opens each input in list order and advises the kernel it will be needed
/// (`POSIX_FADV_WILLNEED` starts the read and returns), staying at most `window` files ahead of the parsers so memory
/// does not fill with inputs read too early. With one job allowed it does nothing, as `Background` keeps `--jobs 1` to
/// one thread. Where the advice does not exist (not Linux) the thread only opens the files.
// @unchecked Sendable: the counters are shared with the read-ahead thread, always under `condition`.
package final class ReadAhead: @unchecked Sendable {
    /// How many files ahead of the parsers the kernel is asked to read.
    package static let window = 1024

    private let condition = NSCondition()
    private var started = 0
    private var advisedFiles = 0
    private let finished = DispatchSemaphore(value: 0)
    private let running: Bool

    /// Starts reading ahead through `paths`, which the parsers take in this order, each announced with `advance()`.
    package init(paths: [String], jobs: Int, window: Int = ReadAhead.window) {
        running = jobs > 1 && !paths.isEmpty
        guard running else { return }
        let thread = Thread { [self] in
            for (i, path) in paths.enumerated() {
                condition.lock()
                while i >= started + window { condition.wait() }
                condition.unlock()
                let fd = open(path, O_RDONLY | O_CLOEXEC)
                guard fd >= 0 else { continue }
                gx_advise_willneed(fd)
                close(fd)
                condition.lock()
                advisedFiles += 1
                condition.unlock()
            }
            finished.signal()
        }
        thread.start()
    }

    /// How many files the kernel was asked to read so far (those that could not be opened are skipped).
    package var advised: Int {
        condition.lock()
        defer { condition.unlock() }
        return advisedFiles
    }

    /// A parser took the next file.
    package func advance() {
        guard running else { return }
        condition.lock()
        started += 1
        condition.signal()
        condition.unlock()
    }

    /// Waits for the thread to end; every file must have been advanced past first.
    package func finish() {
        guard running else { return }
        finished.wait()
        finished.signal()
    }
}
