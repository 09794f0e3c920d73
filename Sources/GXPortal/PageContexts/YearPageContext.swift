/// A page of a year's reports: their table and statuses, and the year's charts on the first page.
struct YearPageContext: PageContext {
    static let kind = "year"

    var year: Int
    /// The year's reports, on every page.
    var count: Int
    var status: StatusCounts
    var description: String?
    var table: ReportTable
    /// The year's charts, on the first page only.
    var charts: [ChartContext]?
    var hasCharts: Bool?

    /// Page `n` of the year's reports `list`, in table order.
    init(year: Int, list: [ReportEntry], pager: Pager, page n: Int, root: String, site: SiteModel) {
        self.year = year
        count = list.count
        status = StatusCounts(list)
        description = "\(year)年度各机关政府信息公开工作年度报告"
        table = ReportTable(caption: "\(year)年度各机关报告" + SitePages.pageNote(pager, n),
                            rows: list[pager.range(of: n)].map { ReportTableRow($0, root: root, reuse: site.reusePercent(of: $0)) }, pager: pager.context(of: n))
        if n == 1 {
            charts = ChartContext.year(year, list: list) + [ChartContext(Chart.reuseDistribution(
                id: "reuse-\(year)", title: "\(year)年度各报告与上一份报告文字重复比例分布",
                percents: list.map { site.reusePercent(of: $0) }, threshold: site.config.reuse.sharePercent))]
            hasCharts = true
        }
    }

    static let fields = TemplateFields<Self>([
        .init("year", \.year), .init("count", \.count), .init("status", \.status), .init("description", \.description),
        .init("charts", \.charts), .init("has_charts", \.hasCharts),
    ] + ReportTable.fields(\.table))
}
