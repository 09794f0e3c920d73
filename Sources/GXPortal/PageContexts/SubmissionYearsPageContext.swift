/// The submissions overview (报送情况): each roster year's counts, newest first.
struct SubmissionYearsPageContext: PageContext {
    static let kind = "submission-years"

    /// A year's line: its page and how many agencies are in each state.
    struct Summary: TemplateContext {
        var year: Int
        var href: String
        var counts: SubmissionCounts

        /// The line of `year`, whose submissions are `rows`.
        init(year: Int, rows: [Submission]) {
            self.year = year
            href = "\(year)/index.html"
            counts = SubmissionCounts(rows, expected: rows.count { $0.expected != nil })
        }

        static let fields = TemplateFields<Self>([.init("year", \.year), .init("href", \.href)] + SubmissionCounts.countFields(\.counts))
    }

    /// The years, newest first.
    var years: [Summary]
    var description: String? { "各年度应报送机关的年度报告报送、发布情况" }

    /// The overview of `summaries`, given oldest first.
    init(_ summaries: [Summary]) {
        years = summaries.reversed()
    }

    static let fields = TemplateFields<Self>([.init("years", \.years), .init("description", \.description)])
}
