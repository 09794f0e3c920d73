import GXReport

/// A report as published: the parsed report, its findings, and where its pages live.
///
/// A class: entries are listed by agency, region, year and status, each list holding the same entries, and every index
/// page and chart maps over them; a reference is one count to change where a copy would be a whole report's.
public final class ReportEntry: Sendable {
    /// The parsed report.
    public let report: Report
    /// Every finding of the report, sorted by line and column.
    public let findings: [Finding]
    /// pass, warn or fail, from the severities of the findings the office has not accepted (kept: index pages count it
    /// for every report many times over).
    public let status: Status
    /// The agency's slug.
    public let agencySlug: String
    /// The region's slug, or nil when the region is unknown.
    public let regionSlug: String?
    /// A superseded version of a corrected report: 1 for the first; nil for the report as published now.
    public let version: Int?
    /// The superseded versions of a corrected report, oldest first (each with its `version`).
    public let earlierVersions: [ReportEntry]
    /// Whether the original file is offered for download (config `originals` is not "none").
    public let offersOriginal: Bool

    /// An entry of `report` with its findings and slugs.
    init(report: Report, findings: [Finding], agencySlug: String, regionSlug: String?, version: Int? = nil,
         earlierVersions: [ReportEntry] = [], offersOriginal: Bool = true) {
        self.report = report
        self.findings = findings
        self.agencySlug = agencySlug
        self.regionSlug = regionSlug
        self.version = version
        self.earlierVersions = earlierVersions
        self.offersOriginal = offersOriginal
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
        // Legacy formats are offered as received, under their own extension.
        case _ where LegacyConverter.formats.contains(report.format): "original." + report.format
        case "pdf": "original.pdf"
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
        report.applications?.number(row, column)
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
