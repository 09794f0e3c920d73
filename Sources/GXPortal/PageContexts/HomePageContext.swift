/// The home page: the portal's figures, its years and regions, the latest year's charts and reports.
struct HomePageContext: PageContext {
    static let kind = "home"

    /// A year of the home page's table: its reports and their statuses.
    struct YearRow: TemplateContext {
        var year: Int
        var href: String
        var count: Int
        var status: StatusCounts

        static let fields = TemplateFields<Self>([
            .init("year", \.year), .init("href", \.href), .init("count", \.count),
            .init("pass", \.status.pass), .init("warn", \.status.warn), .init("fail", \.status.fail),
        ])
    }

    var agencyCount, reportCount, yearCount: Int
    /// The years, newest first.
    var years: [YearRow]
    var status: StatusCounts
    /// The first two charts of the latest year.
    var charts: [ChartContext]
    var badgeSrc = "badges/portal.svg"
    var badgeAlt: String
    var regions: [RegionChip]
    var description: String? { "各机关政府信息公开工作年度报告的汇总、校验与开放数据" }
    /// The latest submissions page, when there is a roster.
    var submissions: YearLink?
    var latest: LatestReports?

    init(site: SiteModel, badge: Badge, pageSize: Int) {
        agencyCount = site.agencies.count
        reportCount = site.entries.count
        yearCount = site.years.count
        years = site.years.reversed().map { y in
            let list = site.entries.filter { $0.report.year == y }
            return YearRow(year: y, href: "years/\(y)/index.html", count: list.count, status: StatusCounts(list))
        }
        status = StatusCounts(site.entries)
        charts = site.years.last.map { y in
            Array(ChartContext.year(y, list: site.entries.filter { $0.report.year == y }).prefix(2))
        } ?? []
        badgeAlt = "\(badge.label)：\(badge.value)"
        regions = site.regions.map { RegionChip($0, root: "") }
        submissions = site.config.roster.years(siteYears: site.years).last.map { YearLink(year: $0, href: "submissions/\($0)/index.html") }
        latest = site.years.last.map { y in
            LatestReports(year: y, list: site.sortedForTable(site.entries.filter { $0.report.year == y }), pageSize: pageSize, site: site)
        }
    }

    static let fields = TemplateFields<Self>([
        .init("agency_count", \.agencyCount), .init("report_count", \.reportCount), .init("year_count", \.yearCount),
        .init("years", \.years), .init("status", \.status), .init("charts", \.charts), .init("badge_src", \.badgeSrc),
        .init("badge_alt", \.badgeAlt), .init("regions", \.regions), .init("description", \.description),
        .init("submissions", \.submissions), .init("latest", \.latest),
    ])
}
