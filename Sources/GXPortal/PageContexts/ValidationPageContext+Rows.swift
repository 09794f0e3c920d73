import GXReport

/// The parts of the validation dashboard: the year choice, the matrix and the agencies with the most errors.
extension ValidationPageContext {
    /// A year the dashboard can show; the current one is not a link.
    struct YearChoice: TemplateContext {
        var label, href: String
        var current: Bool

        static let fields = TemplateFields<Self>([.init("label", \.label), .init("href", \.href), .init("current", \.current)])
    }

    /// A region heading a column of the matrix, linked to its page when it is a known region.
    struct Column: TemplateContext {
        var name: String
        var href: String?

        static let fields = TemplateFields<Self>([.init("name", \.name), .stopping("href", \.href)])
    }

    /// A count of the matrix, linked to the list of exactly its findings; no link for none.
    struct Cell: TemplateContext {
        var count: Int
        var href: String?

        static let fields = TemplateFields<Self>([.init("count", \.count), .stopping("href", \.href)])
    }

    /// A rule's line of the matrix: its findings in each shown region, in the others, and in all.
    struct Row: TemplateContext {
        var id, title, severity: String
        /// `error` or `warning`, for the row's mark.
        var level: String
        /// The rule's explanation.
        var href: String
        var cells: [Cell]
        var other: Cell?
        var total: Cell

        /// The line of `rule`; `lists` is the folder of the finding lists.
        init(rule: String, matrix: ValidationMatrix, shown: [ValidationMatrix.Region], hasOther: Bool, lists: String, rules: String) {
            id = rule
            title = ValidationPageContext.title(rule)
            severity = Rule.named(rule).map { ValidationPageContext.severityName($0.severity) } ?? "—"
            level = Rule.named(rule)?.severity == .error ? "error" : "warning"
            href = rules + "#" + rule
            func cell(_ n: Int, _ folder: String) -> Cell { Cell(count: n, href: n == 0 ? nil : lists + "\(rule)/" + folder + "index.html") }
            cells = shown.map { cell(matrix.count(rule: rule, region: $0.slug), $0.slug + "/") }
            let all = matrix.findings(rule: rule).count
            other = hasOther ? cell(all - cells.reduce(0) { $0 + $1.count }, ValidationMatrix.otherFolder) : nil
            total = cell(all, "")
        }

        static let fields = TemplateFields<Self>([
            .init("id", \.id), .init("title", \.title), .init("severity", \.severity), .init("level", \.level), .init("href", \.href),
            .init("cells", \.cells),
            .init("other", \.other), .init("total", \.total),
        ])
    }

    /// An agency of the list of those with the most errors.
    struct TopAgency: TemplateContext {
        var name, href: String
        var errors, warnings: Int

        /// The agencies of `entries` with the most errors (not accepted), at most ten, most first.
        static func ranked(_ entries: [ReportEntry], site: SiteModel, root: String) -> [TopAgency] {
            var errors: [String: Int] = [:], warnings: [String: Int] = [:]
            for e in entries {
                errors[e.agencySlug, default: 0] += e.errorCount
                warnings[e.agencySlug, default: 0] += e.warningCount
            }
            let order = Dictionary(site.agencies.enumerated().map { ($1.slug, $0) }) { a, _ in a }
            return site.agencies.filter { (errors[$0.slug] ?? 0) > 0 }
                .sorted { (errors[$0.slug]!, -order[$0.slug]!) > (errors[$1.slug]!, -order[$1.slug]!) }
                .prefix(10)
                .map { TopAgency(name: $0.name, href: root + "agencies/\($0.slug)/index.html", errors: errors[$0.slug]!,
                                 warnings: warnings[$0.slug] ?? 0) }
        }

        static let fields = TemplateFields<Self>([
            .init("name", \.name), .init("href", \.href), .init("errors", \.errors), .init("warnings", \.warnings),
        ])
    }
}
