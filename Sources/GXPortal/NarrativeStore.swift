import Foundation

/// Narratives kept from parsing for the report pages, up to a budget of bytes; a report whose narrative was not kept
/// has its input read again when its page is rendered. Memory so stays bounded whatever the number of reports.
// @unchecked Sendable: `kept` and `used` are only read and written under `lock`; parsing threads keep narratives
// while page threads take them.
final class NarrativeStore: @unchecked Sendable {
    /// Bytes of Markdown kept at most: every narrative of a 10,000-report corpus, a part of larger ones.
    static let defaultBudget = 192 << 20

    private let lock = NSLock()
    private var kept: [String: Narrative.Packed] = [:]
    private var used = 0
    private let budget: Int

    /// Creates an empty store holding at most `budget` bytes.
    init(budget: Int = NarrativeStore.defaultBudget) {
        self.budget = budget
    }

    /// Whether the budget still has room (checked before composing a narrative, so none is made for nothing).
    var hasRoom: Bool { lock.withLock { used < budget } }

    /// Keeps `narrative` for `source` if it fits the budget.
    func keep(_ narrative: Narrative, for source: String) {
        let size = narrative.size
        guard lock.withLock({ used + size <= budget }) else { return }
        // Packed outside the lock: the other threads go on keeping theirs.
        let packed = Narrative.Packed(narrative)
        lock.withLock {
            guard used + size <= budget else { return }
            used += size
            kept[source] = packed
        }
    }

    /// The narrative kept for `source`, handed over once: the store lets go of it.
    func take(_ source: String) -> Narrative? {
        let packed = lock.withLock { () -> Narrative.Packed? in
            guard let packed = kept.removeValue(forKey: source) else { return nil }
            used -= packed.size
            return packed
        }
        // Unpacked outside the lock.
        return packed?.narrative
    }
}
