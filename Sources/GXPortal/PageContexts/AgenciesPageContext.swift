/// A page of the list of every agency, in pinyin order.
struct AgenciesPageContext: PageContext {
    static let kind = "agencies"

    /// An agency of the list: its region and the years it published.
    struct Item: TemplateContext {
        var name, href: String
        /// The region, "—" when unknown.
        var region: String
        var regionHref: String?
        var years: [YearLink]

        init(_ a: SiteModel.Agency, root: String) {
            name = a.name
            href = root + "agencies/\(a.slug)/index.html"
            region = a.region.isEmpty ? "—" : a.region
            regionHref = a.regionSlug.map { root + "regions/\($0)/index.html" }
            years = a.entries.map { YearLink(year: $0.report.year, href: root + $0.page + "index.html") }
        }

        static let fields = TemplateFields<Self>([
            .init("name", \.name), .init("href", \.href), .init("region", \.region), .init("region_href", \.regionHref),
            .init("years", \.years),
        ])
    }

    /// Agencies in the whole list.
    var count: Int
    var agencies: [Item]
    var pager: PagerContext?
    var description: String? { "按拼音排列的全部机关及其各年度政府信息公开工作年度报告" }

    /// Page `n` of the agencies of `site`.
    init(site: SiteModel, pager: Pager, page n: Int, root: String) {
        count = site.agencies.count
        agencies = site.agencies[pager.range(of: n)].map { Item($0, root: root) }
        self.pager = pager.context(of: n)
    }

    static let fields = TemplateFields<Self>([.init("count", \.count), .init("agencies", \.agencies), .init("pager", \.pager)])
}
