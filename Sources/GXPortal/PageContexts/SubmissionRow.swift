/// An agency's line of a submissions page: its state, dates, contact and, once published, its report.
struct SubmissionRow: TemplateContext {
    var agency: String
    /// The region's shown name, "—" when unknown.
    var region: String
    var state, stateLabel, deadline: String
    /// The publication date, "未载明" when the report gives none, "—" without a report.
    var published: String
    /// 本级政府 or 部门, for a roster's agency.
    var kind: String?
    var contact: String?
    /// The report's page and badge, once published.
    var href: String?
    var badgeSrc, badgeAlt: String?

    /// The line of `s`; `regionNames` are the configured names shown for regions, links relative to `root`.
    init(_ s: Submission, regionNames: [String: String], root: String) {
        agency = s.agency
        region = s.region.isEmpty ? "—" : regionNames[s.region] ?? s.region
        state = s.state.rawValue
        stateLabel = s.state.label
        deadline = s.deadline
        published = s.report?.report.published ?? (s.report == nil ? "—" : "未载明")
        kind = s.expected.map { $0.kind == .government ? "本级政府" : "部门" }
        contact = s.expected?.contact
        if let e = s.report {
            href = root + e.page + "index.html"
            badgeSrc = root + SitePages.badgePath(e)
            badgeAlt = SitePages.badgeAlt(e)
        }
    }

    static let fields = TemplateFields<Self>([
        .init("agency", \.agency), .init("region", \.region), .init("state", \.state), .init("state_label", \.stateLabel),
        .init("deadline", \.deadline), .init("published", \.published), .init("kind", \.kind), .init("contact", \.contact),
        .init("href", \.href), .init("badge_src", \.badgeSrc), .init("badge_alt", \.badgeAlt),
    ])
}
