import Foundation

/// What the search needs from the pages: the search page, Pagefind's filters and metadata, canonical URLs.
extension SitePages {
    /// The Chinese label of a validation status, as the search filter 校验状态 shows it.
    static func statusLabel(_ status: ReportEntry.Status) -> String {
        switch status {
        case .pass: "通过"
        case .warn: "有警告"
        case .fail: "有错误"
        }
    }

    /// The absolute, pretty URL of a page folder when the base URL is known (`https://x.gov.cn/nb/agencies/`).
    func canonicalURL(folder: String) -> String? {
        info.baseURL.map { Feeds.normalizedBase($0) + Feeds.prettyPath(folder + "index.html") }
    }

    /// The search page: Pagefind's default UI, loaded by the theme's `assets/search.js` from `pagefind/`.
    func writeSearch() throws {
        try writePage(folder: "search/", title: "搜索", breadcrumbs: [("首页", "index.html"), ("搜索", nil)],
                      context: SearchPageContext())
    }
}
