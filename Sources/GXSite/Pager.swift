import GXBuild
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
    func context(of n: Int) -> [String: Any]? {
        guard pages > 1 else { return nil }
        let root = SitePages.root(of: folder(of: n))
        func href(_ m: Int) -> String { root + folder(of: m) + "index.html" }
        // The first and last pages and two either side of the current one; gaps show as an ellipsis.
        let shown = Set([1, pages] + Array(max(1, n - 2)...min(pages, n + 2))).sorted()
        var items: [[String: Any]] = []
        for (i, m) in shown.enumerated() {
            // Every key set on every item: Mustache would otherwise look a missing key up in the page's context.
            if i > 0, m - shown[i - 1] > 1 { items.append(["gap": true, "href": false, "is_current": false, "number": 0]) }
            items.append(m == n ? ["number": m, "is_current": true, "href": false, "gap": false]
                                : ["number": m, "href": href(m), "is_current": false, "gap": false])
        }
        var context: [String: Any] = ["page_number": n, "total": pages, "items": items,
                                      "first_row": range(of: n).lowerBound + 1, "last_row": range(of: n).upperBound, "count": count]
        if n > 1 { context["prev_href"] = href(n - 1) }
        if n < pages { context["next_href"] = href(n + 1) }
        return context
    }
}
