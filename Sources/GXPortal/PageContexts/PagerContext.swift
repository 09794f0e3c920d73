/// The navigation block of one page of a long list, as the theme's `pager` partial shows it; links relative to the page.
struct PagerContext: TemplateContext {
    /// A page number of the navigation, or a gap between two.
    struct Item: TemplateContext {
        /// The page's number; 0 for a gap.
        var number: Int
        /// The page's link; nil for the current page and a gap.
        var href: String?
        var isCurrent, gap: Bool

        // Every name answers on every item, `href` with false when there is none: Mustache would otherwise look a
        // missing name up in the page's context.
        static let fields = TemplateFields<Self>([
            .init("number", \.number), .stopping("href", \.href), .init("is_current", \.isCurrent), .init("gap", \.gap),
        ])
    }

    var pageNumber, total: Int
    var items: [Item]
    var firstRow, lastRow: Int
    /// Rows in the whole list.
    var count: Int
    var prevHref, nextHref: String?

    /// The navigation of page `n` of `pager`.
    init(_ pager: Pager, page n: Int) {
        let root = SitePages.root(of: pager.folder(of: n))
        func href(_ m: Int) -> String { root + pager.folder(of: m) + "index.html" }
        // The first and last pages and two either side of the current one; gaps show as an ellipsis.
        let shown = Set([1, pager.pages] + Array(max(1, n - 2)...min(pager.pages, n + 2))).sorted()
        items = []
        for (i, m) in shown.enumerated() {
            if i > 0, m - shown[i - 1] > 1 { items.append(Item(number: 0, href: nil, isCurrent: false, gap: true)) }
            items.append(Item(number: m, href: m == n ? nil : href(m), isCurrent: m == n, gap: false))
        }
        pageNumber = n
        total = pager.pages
        firstRow = pager.range(of: n).lowerBound + 1
        lastRow = pager.range(of: n).upperBound
        count = pager.count
        prevHref = n > 1 ? href(n - 1) : nil
        nextHref = n < pager.pages ? href(n + 1) : nil
    }

    static let fields = TemplateFields<Self>([
        .init("page_number", \.pageNumber), .init("total", \.total), .init("items", \.items),
        .init("first_row", \.firstRow), .init("last_row", \.lastRow), .init("count", \.count),
        .init("prev_href", \.prevHref), .init("next_href", \.nextHref),
    ])
}
