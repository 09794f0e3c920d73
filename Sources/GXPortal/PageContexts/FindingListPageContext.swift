import GXReport

/// A page of the findings behind one count of the validation dashboard: a rule's findings in a region, in the regions
/// the dashboard does not name, or in all, for all years or one.
struct FindingListPageContext: PageContext {
    static let kind = "findings"

    /// A finding of the list, with the report it is in.
    struct Item: TemplateContext {
        var agency, agencyHref, region: String
        var year: Int
        var severity, location, href, message: String
        /// The office's reason, when it accepted the finding (已说明).
        var accepted: String?

        static let fields = TemplateFields<Self>([
            .init("agency", \.agency), .init("agency_href", \.agencyHref), .init("region", \.region), .init("year", \.year),
            .init("severity", \.severity), .init("location", \.location), .init("href", \.href), .init("message", \.message),
            .init("accepted", \.accepted),
        ])
    }

    /// What the list holds, e.g. "宁波市镇海区 · 2024年度".
    var heading: String
    var ruleId, ruleTitle, ruleHref, dashboardHref: String
    var count: Int
    var items: [Item]
    var pager: PagerContext?
    var description: String?

    /// Page `n` of `findings` (of `rule`, in the scope `heading` names); links relative to `root`.
    init(rule: String, heading: String, findings: [ValidationMatrix.Item], pager: Pager, page n: Int, dashboard: String,
         root: String) {
        self.heading = heading
        ruleId = rule
        ruleTitle = ValidationPageContext.title(rule)
        ruleHref = root + "validation/rules/index.html#\(rule)"
        dashboardHref = root + dashboard
        count = findings.count
        items = findings[pager.range(of: n)].map { f, e in
            Item(agency: e.report.agency, agencyHref: root + "agencies/\(e.agencySlug)/index.html",
                 region: e.report.region.isEmpty ? ValidationMatrix.unknown.name : e.report.region, year: e.report.year,
                 severity: ValidationPageContext.severityName(f.severity), location: "\(f.file):\(f.line):\(f.column)",
                 href: ValidationPageContext.link(f, e, root: root), message: f.message, accepted: f.acceptance)
        }
        self.pager = pager.context(of: n)
        description = "\(ruleTitle)：\(heading)的校验问题"
    }

    static let fields = TemplateFields<Self>([
        .init("heading", \.heading), .init("rule_id", \.ruleId), .init("rule_title", \.ruleTitle), .init("rule_href", \.ruleHref),
        .init("dashboard_href", \.dashboardHref), .init("count", \.count), .init("items", \.items), .init("pager", \.pager),
        .init("description", \.description),
    ])
}
