/// What an agency's page gives Pagefind: each year and status as filters, and the latest year's key figures.
struct AgencySearchMetadata {
    /// A year as a search filter.
    struct Year: TemplateContext {
        var year: Int

        static let fields = TemplateFields<Self>([.init("year", \.year)])
    }

    var years: [Year]
    /// The statuses' labels, each once, in the years' order.
    var statuses: [String]
    /// The years, joined by 、.
    var yearsText: String
    /// The region, when known.
    var region: String?
    var latestYear: Int?
    /// The first two key figures of the latest year.
    var latestFigures: [KeyFigure]?

    init(_ a: SiteModel.Agency) {
        years = a.entries.map { Year(year: $0.report.year) }
        statuses = []
        for e in a.entries where !statuses.contains(SitePages.statusLabel(e.status)) { statuses.append(SitePages.statusLabel(e.status)) }
        yearsText = a.entries.map { "\($0.report.year)" }.joined(separator: "、")
        region = !a.region.isEmpty && a.regionSlug != nil ? a.region : nil
        if let latest = a.entries.max(by: { $0.report.year < $1.report.year }) {
            latestYear = latest.report.year
            latestFigures = Array(KeyFigure.of(latest).prefix(2))
        }
    }
}
