import GXReport

/// A report as published: the parsed report, its findings, and where its pages live.
public struct ReportEntry: Sendable {
    /// The parsed report.
    public var report: Report
    /// Every finding of the report, sorted by line and column.
    public var findings: [Finding]
    /// The agency's slug.
    public var agencySlug: String
    /// The region's slug, or nil when the region is unknown.
    public var regionSlug: String?

    /// The report's stable id, `<agency-slug>/<year>`.
    public var id: String { "\(agencySlug)/\(report.year)" }
    /// The page's folder under the output, `agencies/<slug>/<year>/`.
    public var page: String { "agencies/\(agencySlug)/\(report.year)/" }

    /// The file name the original is published under, e.g. `original.docx`.
    public var originalName: String {
        switch report.format {
        case "docx": "original.docx"
        // Served as HTML, a submitted page could run its own scripts on the portal's origin: it is offered as text.
        case "html": "original-html.txt"
        default: "original.txt"
        }
    }

    /// pass, warn or fail, from the findings' severities.
    public var status: Status {
        if findings.contains(where: { $0.severity == .error }) { return .fail }
        if findings.contains(where: { $0.severity == .warning }) { return .warn }
        return .pass
    }

    /// Number of error findings.
    public var errorCount: Int { findings.count { $0.severity == .error } }
    /// Number of warning findings.
    public var warningCount: Int { findings.count { $0.severity == .warning } }

    /// A report's validation status.
    public enum Status: String, Sendable, Hashable, CaseIterable {
        case pass, warn, fail
    }
}

extension ReportEntry {
    /// A figure of table 三, nil when blank, non-numeric or not read.
    func figure(_ row: ApplicationRow, _ column: ApplicantColumn = .total) -> Int? {
        report.applications?[row, column]?.number
    }

    /// A figure of table 四.
    func reviewFigure(_ block: ReviewBlock, _ outcome: ReviewOutcome = .total) -> Int? {
        report.review?[block, outcome].number
    }

    /// The two litigation blocks' totals added, nil if either is blank.
    var litigationTotal: Int? {
        guard let a = reviewFigure(.litigationDirect), let b = reviewFigure(.litigationAfterReview) else { return nil }
        return a + b
    }
}
