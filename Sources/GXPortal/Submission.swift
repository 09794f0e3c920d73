import GXReport

/// One expected agency's state for one year on the submissions page (报送情况).
struct Submission {
    /// 已发布, 逾期, 有错误, 未报送 — and reports from agencies not on the roster.
    enum State: String, CaseIterable {
        case published, late, errors, missing, unlisted

        /// The Chinese label shown on the page and in the CSV.
        var label: String {
            switch self {
            case .published: "已发布"
            case .late: "逾期"
            case .errors: "有错误"
            case .missing: "未报送"
            case .unlisted: "未列入名单"
            }
        }
    }

    /// The roster's entry; nil for a report from an agency not on the roster.
    var expected: Roster.Entry?
    /// The agency's published report for the year, if any.
    var report: ReportEntry?
    /// The deadline that applies (yyyy-MM-dd): 1月31日 for a department, 3月31日 for a government's own report.
    var deadline: String
    /// The state.
    var state: State

    /// The agency's name.
    var agency: String { expected?.agency ?? report!.report.agency }
    /// The region the row is counted under.
    var region: String { expected?.region ?? report!.report.region }

    /// The states of a year: each expected agency in roster order, then reports not on the roster by source.
    static func states(year: Int, roster: Roster, entries: [ReportEntry]) -> [Submission] {
        var reports: [String: ReportEntry] = [:]
        for e in entries where e.report.year == year { reports[e.report.agency] = e }
        let expected = roster.expected(in: year)
        var rows: [Submission] = expected.map { entry in
            let government = entry.kind == .government
            let deadline = PublicationDeadline.date(forYear: year, government: government)
            guard let report = reports[entry.agency] else {
                return Submission(expected: entry, report: nil, deadline: deadline, state: .missing)
            }
            let late = report.report.published.map { PublicationDeadline.isLate(published: $0, year: year, government: government) } ?? false
            let state: State = late ? .late : report.status == .fail ? .errors : .published
            return Submission(expected: entry, report: report, deadline: deadline, state: state)
        }
        let listed = Set(expected.map(\.agency))
        rows += entries.filter { $0.report.year == year && !listed.contains($0.report.agency) }
            .sorted { $0.report.source.utf8.lexicographicallyPrecedes($1.report.source.utf8) }
            .map { e in
                let government = PublicationDeadline.isGovernment(agency: e.report.agency)
                return Submission(expected: nil, report: e, deadline: PublicationDeadline.date(forYear: year, government: government),
                                  state: .unlisted)
            }
        return rows
    }
}
