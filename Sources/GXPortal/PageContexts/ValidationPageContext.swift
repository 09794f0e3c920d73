import GXReport

/// The validation dashboard of all years or of one: which rules fail and where (a rule × region matrix whose every
/// count links to exactly its findings), the agencies with the most errors, and a choice of year.
struct ValidationPageContext: PageContext {
    static let kind = "validation"

    /// The regions the matrix shows by name; the others are summed in one column.
    static let shownRegions = 5

    /// The scope the dashboard covers, e.g. "2024年度".
    var scope: String
    var reportCount, findingCount: Int
    var status: StatusCounts
    var years: [YearChoice]
    var columns: [Column]
    var rows: [Row]
    /// Whether the matrix sums regions it does not name.
    var hasOther: Bool
    var topAgencies: [TopAgency]
    /// Text reuse by region, and the distribution of shares.
    var reuseRows: [ReuseRow]
    var reuseChart: ChartContext
    var reuseThreshold: Int
    var hasFindings: Bool { !rows.isEmpty }
    var hasTop: Bool { !topAgencies.isEmpty }
    var csvHref, rulesHref: String
    var description: String?

    /// The dashboard of `matrix`, naming the regions `shown`, whose pages sit under `prefix` (`validation/` or
    /// `validation/<year>/`); links relative to `root`.
    init(site: SiteModel, matrix: ValidationMatrix, shown: [ValidationMatrix.Region], prefix: String, root: String) {
        let entries = matrix.entries
        scope = matrix.year.map { "\($0)年度" } ?? "全部年度"
        reportCount = entries.count
        findingCount = entries.reduce(0) { $0 + $1.findings.count }
        status = StatusCounts(entries)
        years = [YearChoice(label: "全部年度", href: root + "validation/index.html", current: matrix.year == nil)]
            + site.years.reversed().map { YearChoice(label: "\($0)年度", href: root + "validation/\($0)/index.html", current: matrix.year == $0) }
        let hasOther = shown.count < matrix.regions.count
        self.hasOther = hasOther
        columns = shown.map { region in
            Column(name: region.name, href: region == ValidationMatrix.unknown ? nil : root + "regions/\(region.slug)/index.html")
        }
        let lists = root + prefix + "findings/"
        let rules = root + "validation/rules/index.html"
        rows = matrix.rules.map { Row(rule: $0, matrix: matrix, shown: shown, hasOther: hasOther, lists: lists, rules: rules) }
        topAgencies = TopAgency.ranked(entries, site: site, root: root)
        reuseRows = Self.reuseRows(matrix, shown: shown, site: site)
        reuseChart = ChartContext(Chart.reuseDistribution(
            id: "reuse-distribution", title: "\(scope)各报告与上一份报告文字重复比例分布",
            percents: entries.map { site.reusePercent(of: $0) }, threshold: site.config.reuse.sharePercent))
        reuseThreshold = site.config.reuse.sharePercent
        csvHref = root + prefix + "matrix.csv"
        rulesHref = rules
        description = "\(scope)各机关政府信息公开工作年度报告的校验结果：各规则在各地区发现的问题"
    }

    /// A rule's title; an unknown rule's id.
    static func title(_ id: String) -> String { Rule.named(id)?.title ?? id }

    static func severityName(_ s: Finding.Severity) -> String { s == .error ? "错误" : "警告" }

    /// Link to the finding's cell when it has one, else to the report page.
    static func link(_ f: Finding, _ e: ReportEntry, root: String) -> String {
        let page = root + e.page + "index.html"
        // The cell's anchor: CellMarks anchors every cell a finding of the report sits on, this one included.
        return CellKey.key(at: f.location, in: e.report).map { page + "#" + $0 } ?? page
    }

    static let fields = TemplateFields<Self>([
        .init("scope", \.scope), .init("report_count", \.reportCount), .init("finding_count", \.findingCount),
        .init("status", \.status), .init("years", \.years), .init("columns", \.columns), .init("rows", \.rows),
        .init("has_other", \.hasOther), .init("top_agencies", \.topAgencies), .init("reuse_rows", \.reuseRows),
        .init("reuse_chart", \.reuseChart), .init("reuse_threshold", \.reuseThreshold),
        .init("has_findings", \.hasFindings), .init("has_top", \.hasTop), .init("csv_href", \.csvHref),
        .init("rules_href", \.rulesHref), .init("description", \.description),
    ])
}
