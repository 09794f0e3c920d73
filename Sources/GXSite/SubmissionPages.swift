import GXBuild
import GXReport

/// The disclosure office's submissions pages (`submissions/`, `submissions/<year>/` with `submissions.csv`):
/// built only when the config has a roster.
extension SitePages {
    func writeSubmissions() throws {
        let roster = site.config.roster
        guard !roster.isEmpty else { return }
        let years = roster.years(siteYears: site.years)
        var summaries: [[String: Any]] = []
        for year in years {
            let rows = Submission.states(year: year, roster: roster, entries: site.entries)
            try writeSubmissionYear(year, rows)
            try writer.write(SubmissionsCSV.csv(year: year, rows), to: "submissions/\(year)/submissions.csv")
            var summary: [String: Any] = ["year": year, "href": "\(year)/index.html", "expected": rows.count { $0.expected != nil }]
            for state in Submission.State.allCases { summary[state.rawValue] = rows.count { $0.state == state } }
            summaries.append(summary)
        }
        try writePage(folder: "submissions/", kind: "submission-years", title: "报送情况",
                      breadcrumbs: [("首页", "index.html"), ("报送情况", nil)],
                      context: ["years": summaries.reversed() as [[String: Any]], "description": "各年度应报送机关的年度报告报送、发布情况"])
    }

    func writeSubmissionYear(_ year: Int, _ rows: [Submission]) throws {
        let folder = "submissions/\(year)/"
        let root = Self.root(of: folder)
        func row(_ s: Submission) -> [String: Any] {
            var item: [String: Any] = [
                "agency": s.agency, "region": s.region.isEmpty ? "—" : site.config.regionNames[s.region] ?? s.region,
                "state": s.state.rawValue, "state_label": s.state.label, "deadline": s.deadline,
                "published": s.report?.report.published ?? (s.report == nil ? "—" : "未载明"),
            ]
            if let kind = s.expected?.kind { item["kind"] = kind == .government ? "本级政府" : "部门" }
            if let contact = s.expected?.contact { item["contact"] = contact }
            if let e = s.report {
                item["href"] = root + e.page + "index.html"
                item["badge_src"] = root + Self.badgePath(e)
                item["badge_alt"] = Self.badgeAlt(e)
            }
            return item
        }
        let listed = rows.filter { $0.expected != nil }
        // Regions in the configured order, then by pinyin, as everywhere else.
        let rank = Dictionary(site.config.regionOrder.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let regionNames = Array(Set(listed.map(\.region))).sorted {
            (rank[$0] ?? Int.max, Slug.sortKey(for: $0), $0) < (rank[$1] ?? Int.max, Slug.sortKey(for: $1), $1)
        }
        let regions: [[String: Any]] = regionNames.map { name in
            let list = listed.filter { $0.region == name }
            var item: [String: Any] = ["name": name.isEmpty ? "未识别" : site.config.regionNames[name] ?? name, "expected": list.count]
            for state in Submission.State.allCases { item[state.rawValue] = list.count { $0.state == state } }
            return item
        }
        var counts: [String: Any] = ["expected": listed.count]
        for state in Submission.State.allCases { counts[state.rawValue] = rows.count { $0.state == state } }
        let context: [String: Any] = [
            "year": year, "counts": counts, "regions": regions,
            "rows": listed.map(row), "unlisted": rows.filter { $0.expected == nil }.map(row),
            "has_unlisted": rows.contains { $0.expected == nil },
            "department_deadline": PublicationDeadline.date(forYear: year, government: false),
            "government_deadline": PublicationDeadline.date(forYear: year, government: true),
            "description": "\(year)年度政府信息公开工作年度报告报送情况",
        ]
        try writePage(folder: folder, kind: "submissions", title: "\(year)年度报送情况",
                      breadcrumbs: [("首页", "index.html"), ("报送情况", "submissions/index.html"), ("\(year)年度", nil)],
                      context: context)
    }

    /// The home page's link to the latest submissions page, when there is a roster.
    func addSubmissionsLink(to context: inout [String: Any]) {
        guard let year = site.config.roster.years(siteYears: site.years).last else { return }
        context["submissions"] = ["year": year, "href": "submissions/\(year)/index.html"] as [String: Any]
    }
}
