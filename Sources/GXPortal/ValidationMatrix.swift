import GXReport

/// The findings of a set of reports (all years, or one) counted by rule and region, for the validation dashboard, its
/// finding lists and `matrix.csv`.
struct ValidationMatrix {
    /// A region column: a region of the site, or the reports whose region is not known.
    struct Region: Equatable {
        var name: String
        var slug: String
    }

    /// A finding with the report it is in.
    typealias Item = (finding: Finding, entry: ReportEntry)

    /// The year the matrix covers; nil for every year.
    let year: Int?
    /// The reports of that year (every report when nil), in site order.
    let entries: [ReportEntry]
    /// The rules with findings, in the catalogue's order (unknown ids after, sorted).
    let rules: [String]
    /// Every region with reports in scope, in the site's order; the unknown region last.
    let regions: [Region]
    /// The findings of each rule, by region slug, in site order.
    private let cells: [String: [String: [Item]]]

    /// The region column of the reports whose region is not known.
    static let unknown = Region(name: "未识别地区", slug: "unknown")

    /// The matrix of `site`'s reports of `year` (every report when nil).
    init(site: SiteModel, year: Int?) {
        self.year = year
        entries = year.map { y in site.entries.filter { $0.report.year == y } } ?? site.entries
        var cells: [String: [String: [Item]]] = [:]
        var present: Set<String> = []
        for e in entries {
            let slug = e.regionSlug ?? Self.unknown.slug
            present.insert(slug)
            for f in e.findings { cells[f.rule, default: [:]][slug, default: []].append((f, e)) }
        }
        self.cells = cells
        let known = Rule.all.map(\.id)
        rules = known.filter { cells[$0] != nil } + cells.keys.filter { !known.contains($0) }.sorted()
        regions = site.regions.filter { present.contains($0.slug) }.map { Region(name: $0.display, slug: $0.slug) }
            + (present.contains(Self.unknown.slug) ? [Self.unknown] : [])
    }

    /// The findings of `rule` in `region` (every region when nil), in site order.
    func findings(rule: String, region: String? = nil) -> [Item] {
        guard let byRegion = cells[rule] else { return [] }
        if let region { return byRegion[region] ?? [] }
        return regions.flatMap { byRegion[$0.slug] ?? [] }
    }

    /// How many findings `rule` has in `region`.
    func count(rule: String, region: String) -> Int { cells[rule]?[region]?.count ?? 0 }

    /// The findings of every rule in `region`.
    func total(region: String) -> Int { rules.reduce(0) { $0 + count(rule: $1, region: region) } }

    /// The `shown` regions with the most findings, in the site's order; the rest are summed as 其他地区.
    func leadingRegions(_ shown: Int) -> [Region] {
        guard regions.count > shown + 1 else { return regions }
        let totals = regions.map { total(region: $0.slug) }
        let ranked = regions.indices.sorted { (totals[$0], -$0) > (totals[$1], -$1) }
        return ranked.prefix(shown).sorted().map { regions[$0] }
    }

    /// The matrix as CSV (UTF-8 with a byte order mark, CRLF): a line per rule, a column per region, then the total.
    func csv() -> String {
        var out = "\u{FEFF}" + (["规则", "规则名称"] + regions.map(\.name) + ["合计"]).map(ReportsCSV.field).joined(separator: ",") + "\r\n"
        for rule in rules {
            let counts = regions.map { count(rule: rule, region: $0.slug) }
            out += ([rule, ValidationPageContext.title(rule)].map(ReportsCSV.field) + (counts + [counts.reduce(0, +)]).map(String.init))
                .joined(separator: ",") + "\r\n"
        }
        return out
    }
}

extension ValidationMatrix {
    /// The folder, under a rule's list, of its findings in the regions the dashboard does not name.
    static let otherFolder = "other-regions/"

    /// The findings of `rule` outside `shown`.
    func findings(rule: String, outside shown: [Region]) -> [Item] {
        let named = Set(shown.map(\.slug))
        return regions.filter { !named.contains($0.slug) }.flatMap { findings(rule: rule, region: $0.slug) }
    }
}
