/// Splits long lists over pages of at most `size` rows (the README's output layout): page 1 at the list's folder, page n at
/// `<folder>page/<n>/`, each with a navigation block for the theme's `pager` partial.
struct Pager {
    /// Rows a page holds at most.
    static let size = 500

    /// The list's own folder, e.g. `years/2021/`.
    let folder: String
    /// The number of rows in the whole list.
    let count: Int
    /// Rows a page holds at most (smaller only in tests).
    var perPage = Pager.size

    /// How many pages the list needs (at least one, even for an empty list).
    var pages: Int { max(1, (count + perPage - 1) / perPage) }

    /// The folder of page `n` (1-based).
    func folder(of n: Int) -> String { n == 1 ? folder : folder + "page/\(n)/" }

    /// The rows of page `n`.
    func range(of n: Int) -> Range<Int> { (n - 1) * perPage ..< min(count, n * perPage) }

    /// The `pager` context of page `n`, with links relative to that page; nil when the list fits on one page.
    func context(of n: Int) -> PagerContext? {
        pages > 1 ? PagerContext(self, page: n) : nil
    }
}
