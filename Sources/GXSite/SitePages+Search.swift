import Foundation
import GXBuild

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

    /// The key figures shown at the top of a report page and given to Pagefind as metadata.
    static func keyFigures(_ e: ReportEntry) -> [[String: Any]] {
        [
            ["label": "新收申请", "value": dash(e.figure(.new))],
            ["label": "办结", "value": dash(e.figure(.total))],
            ["label": "行政复议", "value": dash(e.reviewFigure(.review))],
            ["label": "行政诉讼", "value": dash(e.litigationTotal)],
        ]
    }

    /// Context of a report page for search: its title, status and key figures.
    static func reportSearchContext(_ e: ReportEntry, root: String) -> [String: Any] {
        var context: [String: Any] = [
            "search_title": "\(e.report.agency) \(e.report.year)年度报告",
            "status_label": statusLabel(e.status),
            "key_figures": keyFigures(e),
        ]
        if !e.report.region.isEmpty, let slug = e.regionSlug {
            context["region_name"] = e.report.region
            context["region_href"] = root + "regions/\(slug)/index.html"
        }
        return context
    }

    /// Context of an agency page for search: each year with its status, and the latest year's key figures.
    static func agencySearchContext(_ a: SiteModel.Agency) -> [String: Any] {
        var statuses: [String] = []
        for e in a.entries where !statuses.contains(statusLabel(e.status)) { statuses.append(statusLabel(e.status)) }
        var context: [String: Any] = [
            "search_years": a.entries.map { ["year": $0.report.year] },
            "search_statuses": statuses,
            "years_text": a.entries.map { "\($0.report.year)" }.joined(separator: "、"),
        ]
        if !a.region.isEmpty, a.regionSlug != nil { context["search_region"] = a.region }
        if let latest = a.entries.max(by: { $0.report.year < $1.report.year }) {
            context["latest_year"] = latest.report.year
            context["latest_figures"] = keyFigures(latest).prefix(2).map { $0 }
        }
        return context
    }

    /// The absolute, pretty URL of a page folder when the base URL is known (`https://x.gov.cn/nb/agencies/`).
    func canonicalURL(folder: String) -> String? {
        info.baseURL.map { Feeds.normalizedBase($0) + Feeds.prettyPath(folder + "index.html") }
    }

    /// The search page: Pagefind's default UI, loaded by the theme's `assets/search.js` from `pagefind/`.
    func writeSearch() throws {
        try writePage(folder: "search/", kind: "search", title: "搜索",
                      breadcrumbs: [("首页", "index.html"), ("搜索", nil)],
                      context: ["description": "搜索各机关的政府信息公开工作年度报告，可按机关、地区、年度和校验状态筛选"])
    }
}
