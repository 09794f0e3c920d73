/// The disclosure office's submissions pages (`submissions/`, `submissions/<year>/` with `submissions.csv`):
/// built only when the config has a roster.
extension SitePages {
    func writeSubmissions() throws {
        let roster = site.config.roster
        guard !roster.isEmpty else { return }
        var summaries: [SubmissionYearsPageContext.Summary] = []
        for year in roster.years(siteYears: site.years) {
            let rows = Submission.states(year: year, roster: roster, entries: site.entries)
            try writeSubmissionYear(year, rows)
            try writer.write(SubmissionsCSV.csv(year: year, rows), to: "submissions/\(year)/submissions.csv")
            summaries.append(.init(year: year, rows: rows))
        }
        try writePage(folder: "submissions/", title: "报送情况", breadcrumbs: [("首页", "index.html"), ("报送情况", nil)],
                      context: SubmissionYearsPageContext(summaries))
    }

    func writeSubmissionYear(_ year: Int, _ rows: [Submission]) throws {
        try writePage(folder: "submissions/\(year)/", title: "\(year)年度报送情况",
                      breadcrumbs: [("首页", "index.html"), ("报送情况", "submissions/index.html"), ("\(year)年度", nil)],
                      context: SubmissionsPageContext(year: year, submissions: rows, config: site.config))
    }
}
