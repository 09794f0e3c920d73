import GXReport

/// The rows of the validation dashboard's tables and lists.
extension ValidationPageContext {
    /// A rule's line of the summary: its findings, the reports they are in and how many the office accepted.
    struct RuleSummary: TemplateContext {
        var id, title, href, severity: String
        var count, reports, accepted: Int

        init(id: String, findings list: [(Finding, ReportEntry)]) {
            self.id = id
            title = ValidationPageContext.title(id)
            href = "rules/index.html#\(id)"
            severity = Rule.named(id).map { ValidationPageContext.severityName($0.severity) } ?? "—"
            count = list.count
            reports = Set(list.map(\.1.id)).count
            accepted = list.count { $0.0.isAccepted }
        }

        static let fields = TemplateFields<Self>([
            .init("id", \.id), .init("title", \.title), .init("href", \.href), .init("severity", \.severity),
            .init("count", \.count), .init("reports", \.reports), .init("accepted", \.accepted),
        ])
    }

    /// A rule's list of findings, one page's worth.
    struct RuleGroup: TemplateContext {
        /// A finding of the rule's list.
        struct Item: TemplateContext {
            var agency: String
            var year: Int
            var file: String
            var line, column: Int
            var message, href: String
            /// The office's reason, when it accepted the finding (已说明).
            var accepted: String?

            static let fields = TemplateFields<Self>([
                .init("agency", \.agency), .init("year", \.year), .init("file", \.file), .init("line", \.line),
                .init("column", \.column), .init("message", \.message), .init("href", \.href), .init("accepted", \.accepted),
            ])
        }

        var id, title: String
        var count: Int
        var findings: [Item]
        /// Findings beyond those listed.
        var more: Int?

        init(id: String, findings list: [(Finding, ReportEntry)], pageSize: Int, root: String) {
            self.id = id
            title = ValidationPageContext.title(id)
            count = list.count
            findings = list.prefix(pageSize).map { f, e in
                Item(agency: e.report.agency, year: e.report.year, file: f.file, line: f.line, column: f.column, message: f.message,
                     href: ValidationPageContext.link(f, e, root: root), accepted: f.acceptance)
            }
            if list.count > pageSize { more = list.count - pageSize }
        }

        static let fields = TemplateFields<Self>([
            .init("id", \.id), .init("title", \.title), .init("count", \.count), .init("findings", \.findings),
            .init("more", \.more),
        ])
    }

    /// An agency's findings over its reports.
    struct AgencyFindings: TemplateContext {
        /// A finding of the agency's list.
        struct Item: TemplateContext {
            var year: Int
            var severity, rule, message, href: String
            /// The office's reason, when it accepted the finding (已说明).
            var accepted: String?

            static let fields = TemplateFields<Self>([
                .init("year", \.year), .init("severity", \.severity), .init("rule", \.rule), .init("message", \.message),
                .init("href", \.href), .init("accepted", \.accepted),
            ])
        }

        var name: String
        var findings: [Item]

        /// The findings of `a`; nil when it has none.
        init?(_ a: SiteModel.Agency, root: String) {
            let items = a.entries.flatMap { e in e.findings.map { (f: $0, e: e) } }
            guard !items.isEmpty else { return nil }
            name = a.name
            findings = items.map { item in
                Item(year: item.e.report.year, severity: ValidationPageContext.severityName(item.f.severity), rule: item.f.rule,
                     message: item.f.message, href: ValidationPageContext.link(item.f, item.e, root: root), accepted: item.f.acceptance)
            }
        }

        static let fields = TemplateFields<Self>([.init("name", \.name), .init("findings", \.findings)])
    }

    /// A region's line of the summary: its reports, their statuses and findings.
    struct RegionSummary: TemplateContext {
        var name: String
        var reports, findings: Int
        var status: StatusCounts

        init(_ r: SiteModel.Region) {
            name = r.display
            reports = r.entries.count
            findings = r.entries.reduce(0) { $0 + $1.findings.count }
            status = StatusCounts(r.entries)
        }

        static let fields = TemplateFields<Self>([
            .init("name", \.name), .init("reports", \.reports), .init("findings", \.findings),
            .init("pass", \.status.pass), .init("warn", \.status.warn), .init("fail", \.status.fail),
        ])
    }

    /// A rule heading a column of the region matrix.
    struct RuleHeading: TemplateContext {
        var id, title: String

        static let fields = TemplateFields<Self>([.init("id", \.id), .init("title", \.title)])
    }

    /// A region's line of the matrix: reports, statuses, accepted findings and the findings of each occurring rule.
    struct RegionRuleCounts: TemplateContext {
        var name: String
        var reports, accepted: Int
        /// Findings per rule, in the order of the matrix's columns.
        var counts: [Int]
        var status: StatusCounts

        init(_ r: SiteModel.Region, rules: [String]) {
            var perRule: [String: Int] = [:]
            for e in r.entries { for f in e.findings { perRule[f.rule, default: 0] += 1 } }
            name = r.display
            reports = r.entries.count
            accepted = r.entries.reduce(0) { $0 + $1.acceptedCount }
            counts = rules.map { perRule[$0] ?? 0 }
            status = StatusCounts(r.entries)
        }

        static let fields = TemplateFields<Self>([
            .init("name", \.name), .init("reports", \.reports), .init("accepted", \.accepted), .init("counts", \.counts),
            .init("pass", \.status.pass), .init("warn", \.status.warn), .init("fail", \.status.fail),
        ])
    }
}
