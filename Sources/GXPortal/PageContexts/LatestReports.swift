/// The home page's table of the latest year's reports: one page's worth, with a link to the year's pages for the rest.
struct LatestReports: TemplateContext {
    var year: Int
    var table: ReportTable

    /// The table of `list`, the latest year's reports in table order, at most `pageSize` of them.
    init(year: Int, list: [ReportEntry], pageSize: Int, site: SiteModel) {
        self.year = year
        table = ReportTable(caption: "\(year)年度各机关报告", rows: list.prefix(pageSize).map { ReportTableRow($0, root: "", reuse: site.reusePercent(of: $0)) })
        if list.count > pageSize {
            table.moreHref = "years/\(year)/index.html"
            table.moreLabel = "\(year)年度全部报告"
            table.moreCount = list.count
        }
    }

    static let fields = TemplateFields<Self>([.init("year", \.year)] + ReportTable.fields(\.table))
}
