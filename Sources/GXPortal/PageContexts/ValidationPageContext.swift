import GXReport

/// The validation dashboard: findings counted by rule and region, and listed by rule and by agency.
struct ValidationPageContext: PageContext {
    static let kind = "validation"

    var reportCount: Int
    var status: StatusCounts
    var rules: [RuleSummary]
    var groups: [RuleGroup]
    var agencies: [AgencyFindings]
    /// Agencies with findings beyond those listed.
    var agenciesMore: Int?
    var regions: [RegionSummary]
    var regionRules: [RuleHeading]
    var regionMatrix: [RegionRuleCounts]
    var description: String? { "各机关政府信息公开工作年度报告的校验结果" }

    /// The dashboard of `site`, each list at most `pageSize` long (data/findings.csv holds every finding); links
    /// relative to `root`.
    init(site: SiteModel, pageSize: Int, root: String) {
        var perRule: [String: [(Finding, ReportEntry)]] = [:]
        for e in site.entries { for f in e.findings { perRule[f.rule, default: []].append((f, e)) } }
        let known = Rule.all.map(\.id)
        let ruleIDs = known + perRule.keys.filter { !known.contains($0) }.sorted()
        reportCount = site.entries.count
        status = StatusCounts(site.entries)
        rules = ruleIDs.map { RuleSummary(id: $0, findings: perRule[$0] ?? []) }
        groups = ruleIDs.compactMap { id in
            perRule[id].flatMap { $0.isEmpty ? nil : RuleGroup(id: id, findings: $0, pageSize: pageSize, root: root) }
        }
        let withFindings = site.agencies.filter { a in a.entries.contains { !$0.findings.isEmpty } }
        agencies = withFindings.prefix(pageSize).compactMap { AgencyFindings($0, root: root) }
        if withFindings.count > pageSize { agenciesMore = withFindings.count - pageSize }
        regions = site.regions.map(RegionSummary.init)
        let occurring = ruleIDs.filter { perRule[$0] != nil }
        regionRules = occurring.map { RuleHeading(id: $0, title: Self.title($0)) }
        regionMatrix = site.regions.map { RegionRuleCounts($0, rules: occurring) }
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
        .init("report_count", \.reportCount), .init("status", \.status), .init("rules", \.rules),
        .init("groups", \.groups), .init("agencies", \.agencies), .init("agencies_more", \.agenciesMore),
        .init("regions", \.regions), .init("region_rules", \.regionRules), .init("region_matrix", \.regionMatrix),
        .init("description", \.description),
    ])
}
