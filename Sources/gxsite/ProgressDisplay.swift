import Foundation
import GXPortal
import GXBuild

/// Shows build progress on stderr: a redrawn bar on a terminal, a plain line per quarter otherwise.
// @unchecked Sendable: `lastQuarter` is only read and written under `lock`; parsing and writing threads report.
final class ProgressDisplay: @unchecked Sendable {
    private let lock = NSLock()
    private let isTerminal = isatty(STDERR_FILENO) == 1
    private var lastQuarter: [String: Int] = [:]

    func show(_ p: BuildProgress) {
        lock.withLock {
            let name = p.phase == "parse" ? "reports parsed" : "pages written"
            let rate = p.elapsed > 0 ? Double(p.done) / p.elapsed : 0
            let eta = rate > 0 ? Double(p.total - p.done) / rate : 0
            if isTerminal {
                let width = 30
                let filled = p.total > 0 ? width * p.done / p.total : width
                let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
                var line = String(format: "\r[%@] %d/%d %@, %.0f/s, ETA %.0f s", bar, p.done, p.total, name, rate, eta)
                if p.done == p.total { line += "\u{1B}[K\n" }
                FileHandle.standardError.write(Data(line.utf8))
            } else {
                // Small builds finish before a log reader would care.
                guard p.total >= 500 else { return }
                let quarter = p.total > 0 ? 4 * p.done / p.total : 4
                guard quarter > lastQuarter[p.phase, default: -1] else { return }
                lastQuarter[p.phase] = quarter
                FileHandle.standardError.write(Data(String(format: "%d/%d %@ (%.0f/s)\n", p.done, p.total, name, rate).utf8))
            }
        }
    }
}
