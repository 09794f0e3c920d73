import Foundation

/// Transliterates names on a thread of its own as reports are parsed, so the slugs are ready when the site is indexed.
///
/// ICU's transliteration is slow and runs no faster on two threads than on one (it serialises inside ICU). Done when
/// the site is indexed, it would be a step of its own on one thread while the other core idles; done beside parsing,
/// it shares both cores with it. The transliterations the last build kept are loaded first on the same thread, so a
/// rebuild transliterates nothing it knows (the first transliteration of a process also loads ICU's rules). With one
/// job allowed, nothing is done ahead: names are transliterated when first needed.
// @unchecked Sendable: `asked` and `remembered` are only read and written under `lock` (or on `queue`, whose work
// ends before `wait()` returns them).
final class SlugPrefetch: @unchecked Sendable {
    private let queue: DispatchQueue?
    private let lock = NSLock()
    private var asked: Set<String> = []
    private var remembered: [String: [String]] = [:]

    /// A prefetcher for a build of `jobs` threads; `load` gives the transliterations a past build kept.
    init(jobs: Int, remembering load: @escaping @Sendable () -> [String: [String]]) {
        guard jobs > 1 else {
            queue = nil
            remembered = load()
            Slug.remember(remembered)
            return
        }
        let queue = DispatchQueue(label: "gxsite.slug-prefetch", qos: .userInitiated)
        self.queue = queue
        queue.async { [self] in
            remembered = load()
            Slug.remember(remembered)
        }
    }

    /// Transliterates `name` in the background unless it was asked for before; "" is ignored.
    func request(_ name: String) {
        guard let queue, !name.isEmpty, lock.withLock({ asked.insert(name).inserted }) else { return }
        queue.async { _ = Slug.syllables(of: name) }
    }

    /// Waits until every name asked for is transliterated; returns what `load` gave.
    func wait() -> [String: [String]] {
        queue?.sync {}
        return remembered
    }
}
