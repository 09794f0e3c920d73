/// A region as the home and regions pages list it: its link, agencies, reports and their statuses.
struct RegionChip: TemplateContext {
    var name, href: String
    /// The number of agencies.
    var count: Int
    var reports: Int
    var status: StatusCounts

    init(_ r: SiteModel.Region, root: String) {
        name = r.display
        href = root + "regions/\(r.slug)/index.html"
        count = r.agencies.count
        reports = r.entries.count
        status = StatusCounts(r.entries)
    }

    static let fields = TemplateFields<Self>([
        .init("name", \.name), .init("href", \.href), .init("count", \.count), .init("reports", \.reports),
        .init("pass", \.status.pass), .init("warn", \.status.warn), .init("fail", \.status.fail),
    ])
}
