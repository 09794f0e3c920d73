import GXReport

/// A year's submissions page: each expected agency's state, counted by region, and the reports of unlisted agencies.
struct SubmissionsPageContext: PageContext {
    static let kind = "submissions"

    /// A region's line: its expected agencies and how many are in each state.
    struct Region: TemplateContext {
        var name: String
        var counts: SubmissionCounts

        static let fields = TemplateFields<Self>([.init("name", \.name)] + SubmissionCounts.countFields(\.counts))
    }

    var year: Int
    var counts: SubmissionCounts
    var regions: [Region]
    /// The roster's agencies.
    var rows: [SubmissionRow]
    /// Agencies that published without being on the roster.
    var unlisted: [SubmissionRow]
    var hasUnlisted: Bool
    var departmentDeadline, governmentDeadline: String
    var description: String?

    /// The page of `year`, whose submissions are `submissions`; `config` gives region names and order.
    init(year: Int, submissions: [Submission], config: SiteConfig) {
        let root = SitePages.root(of: "submissions/\(year)/")
        let listed = submissions.filter { $0.expected != nil }
        self.year = year
        counts = SubmissionCounts(submissions, expected: listed.count)
        // Regions in the configured order, then by pinyin, as everywhere else.
        let rank = Dictionary(config.regionOrder.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let regionNames = Array(Set(listed.map(\.region))).sorted {
            (rank[$0] ?? Int.max, Slug.sortKey(for: $0), $0) < (rank[$1] ?? Int.max, Slug.sortKey(for: $1), $1)
        }
        regions = regionNames.map { name in
            let list = listed.filter { $0.region == name }
            return Region(name: name.isEmpty ? "未识别" : config.regionNames[name] ?? name, counts: SubmissionCounts(list, expected: list.count))
        }
        rows = listed.map { SubmissionRow($0, regionNames: config.regionNames, root: root) }
        let others = submissions.filter { $0.expected == nil }
        unlisted = others.map { SubmissionRow($0, regionNames: config.regionNames, root: root) }
        hasUnlisted = !others.isEmpty
        departmentDeadline = PublicationDeadline.date(forYear: year, government: false)
        governmentDeadline = PublicationDeadline.date(forYear: year, government: true)
        description = "\(year)年度政府信息公开工作年度报告报送情况"
    }

    static let fields = TemplateFields<Self>([
        .init("year", \.year), .init("counts", \.counts), .init("regions", \.regions), .init("rows", \.rows),
        .init("unlisted", \.unlisted), .init("has_unlisted", \.hasUnlisted), .init("department_deadline", \.departmentDeadline),
        .init("government_deadline", \.governmentDeadline), .init("description", \.description),
    ])
}
