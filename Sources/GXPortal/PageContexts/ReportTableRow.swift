/// A row of the `report-table` partial: one report of a cross-agency table, its links relative to the page.
struct ReportTableRow: TemplateContext {
    var agency, agencyHref: String
    /// The region, "—" when unknown.
    var region: String
    var regionHref: String?
    var year: Int
    /// The key figures as shown, "—" for a blank cell.
    var new: String
    var closed, review, litigation: String
    var href, status, badgeSrc, badgeAlt: String
    /// The share of the report's own words repeating its previous report, "—" when none was measured.
    var reuse: String

    /// The row of `e` on a page whose root is `root`; `reuse` is its share of repeated own words in percent.
    init(_ e: ReportEntry, root: String, reuse: Int?) {
        agency = e.report.agency
        agencyHref = root + "agencies/\(e.agencySlug)/index.html"
        region = e.report.region.isEmpty ? "—" : e.report.region
        regionHref = e.regionSlug.map { root + "regions/\($0)/index.html" }
        year = e.report.year
        new = SitePages.dash(e.figure(.new))
        closed = SitePages.dash(e.figure(.total))
        review = SitePages.dash(e.reviewFigure(.review))
        litigation = SitePages.dash(e.litigationTotal)
        href = root + e.page + "index.html"
        status = e.status.rawValue
        badgeSrc = root + SitePages.badgePath(e)
        badgeAlt = SitePages.badgeAlt(e)
        self.reuse = reuse.map { "\($0)%" } ?? "—"
    }

    static let fields = TemplateFields<Self>([
        .init("agency", \.agency), .init("agency_href", \.agencyHref), .init("region", \.region),
        .init("region_href", \.regionHref), .init("year", \.year), .init("new", \.new), .init("closed", \.closed),
        .init("review", \.review), .init("litigation", \.litigation), .init("href", \.href), .init("status", \.status),
        .init("badge_src", \.badgeSrc), .init("badge_alt", \.badgeAlt), .init("reuse", \.reuse),
    ])
}
