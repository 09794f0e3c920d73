import Foundation

/// The compared texts a detection reads, kept up to a budget: the detection reads every text several times (once per
/// counting pass, to measure it, to compare it and the reports compared with it), and reading one from where the build
/// keeps it (a file) costs a copy of its whole record and a decoding each time.
///
/// Texts are kept in the order they are first read until `budget` bytes are held; later ones are read again when
/// needed, so a large corpus's texts are never all in memory.
// @unchecked Sendable: `texts` and `held` are only read and written under `lock`; `source` may be called from several
// threads (its caller guarantees it, as for any text provider).
final class TextCache: @unchecked Sendable {
    private let source: (Int) -> ComparableText
    private var texts: [ComparableText?]
    private var held = 0
    private let budget: Int
    private let lock = NSLock()

    /// A cache of the texts of `count` documents read by `source`, holding up to `budget` bytes of them.
    init(count: Int, budget: Int = 64 << 20, source: @escaping (Int) -> ComparableText) {
        self.source = source
        self.budget = budget
        texts = Array(repeating: nil, count: count)
    }

    /// Document `d`'s text.
    func text(_ d: Int) -> ComparableText {
        if let kept = lock.withLock({ texts[d] }) { return kept }
        let text = source(d)
        let size = MemoryLayout<UInt16>.stride * text.units.count + MemoryLayout<ComparableText.Paragraph>.stride * text.paragraphs.count
            + MemoryLayout<ComparableText.Section>.stride * text.sections.count + 128
        lock.withLock {
            if texts[d] == nil && held + size <= budget {
                texts[d] = text
                held += size
            }
        }
        return text
    }
}
