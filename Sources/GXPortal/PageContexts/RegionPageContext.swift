/// A page of a region's reports: their table and statuses.
struct RegionPageContext: PageContext {
    static let kind = "region"

    var name: String
    var agencyCount, reportCount: Int
    var status: StatusCounts
    var description: String?
    var table: ReportTable

    /// Page `n` of the region's reports `list`, in table order.
    init(region r: SiteModel.Region, list: [ReportEntry], pager: Pager, page n: Int, root: String, site: SiteModel) {
        name = r.display
        agencyCount = r.agencies.count
        reportCount = list.count
        status = StatusCounts(list)
        description = "\(r.name)各机关政府信息公开工作年度报告"
        table = ReportTable(caption: "\(r.display)各机关报告" + SitePages.pageNote(pager, n),
                            rows: list[pager.range(of: n)].map { ReportTableRow($0, root: root, reuse: site.reusePercent(of: $0)) }, pager: pager.context(of: n))
    }

    static let fields = TemplateFields<Self>([
        .init("name", \.name), .init("agency_count", \.agencyCount), .init("report_count", \.reportCount),
        .init("status", \.status), .init("description", \.description),
    ] + ReportTable.fields(\.table))
}
