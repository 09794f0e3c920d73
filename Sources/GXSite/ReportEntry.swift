import GXReport

/// A report as published: the parsed report, its findings, and where its pages live.
public struct ReportEntry: Sendable {
    /// The parsed report.
    public var report: Report
    /// Every finding of the report, sorted by line and column.
    public var findings: [Finding] { didSet { status = Self.status(of: findings) } }
    /// pass, warn or fail, from the severities of the findings the office has not accepted (kept: index pages count it
    /// for every report many times over).
    public private(set) var status: Status
    /// The agency's slug.
    public var agencySlug: String
    /// The region's slug, or nil when the region is unknown.
    public var regionSlug: String?
    /// A superseded version of a corrected report: 1 for the first; nil for the report as published now.
    public var version: Int?
    /// The superseded versions of a corrected report, oldest first (each with its `version`).
    public var earlierVersions: [ReportEntry] = []
    /// Whether the original file is offered for download (config `originals` is not "none").
    public var offersOriginal = true

    /// An entry of `report` with its findings and slugs.
    init(report: Report, findings: [Finding], agencySlug: String, regionSlug: String?, version: Int? = nil) {
        self.report = report
        self.findings = findings
        self.agencySlug = agencySlug
        self.regionSlug = regionSlug
        self.version = version
        status = Self.status(of: findings)
    }

    /// The report's stable id, `<agency-slug>/<year>`.
    public var id: String { "\(agencySlug)/\(report.year)" }
    /// The page's folder under the output, `agencies/<slug>/<year>/` (`…/<year>/v1/` for a superseded version).
    public var page: String { "agencies/\(agencySlug)/\(report.year)/" + (version.map { "v\($0)/" } ?? "") }

    /// The file name the original is published under, e.g. `original.docx`.
    public var originalName: String {
        switch report.format {
        case "docx": "original.docx"
        // Served as HTML, a submitted page could run its own scripts on the portal's origin: it is offered as text.
        case "html": "original-html.txt"
        default: "original.txt"
        }
    }

    private static func status(of findings: [Finding]) -> Status {
        if findings.contains(where: { $0.severity == .error && !$0.isAccepted }) { return .fail }
        if findings.contains(where: { $0.severity == .warning && !$0.isAccepted }) { return .warn }
        return .pass
    }

    /// Number of error findings not accepted.
    public var errorCount: Int { findings.count { $0.severity == .error && !$0.isAccepted } }
    /// Number of warning findings not accepted.
    public var warningCount: Int { findings.count { $0.severity == .warning && !$0.isAccepted } }
    /// Number of findings the office has accepted (已说明).
    public var acceptedCount: Int { findings.count(where: \.isAccepted) }

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
