import GXReuse

/// The text reuse note of a report's page: the share of its own words repeating the agency's previous report, the
/// other agencies' reports it shares passages with, and what the marks in the text mean.
struct ReportReusePanel: TemplateContext {
    /// The share measured against the previous report.
    struct Previous: TemplateContext {
        var own, reused, percent, year: Int
        var href: String
        /// Whether the share reaches the `text-reuse` threshold.
        var flagged: Bool
        var threshold: Int

        static let fields = TemplateFields<Self>([
            .init("own", \.own), .init("reused", \.reused), .init("percent", \.percent), .init("year", \.year),
            .init("href", \.href), .init("flagged", \.flagged), .init("threshold", \.threshold),
        ])
    }

    /// Another agency's report sharing passages.
    struct Shared: TemplateContext {
        var agency: String
        var year, passages, longest: Int
        var href: String

        static let fields = TemplateFields<Self>([
            .init("agency", \.agency), .init("year", \.year), .init("passages", \.passages), .init("longest", \.longest),
            .init("href", \.href),
        ])
    }

    var previous: Previous?
    /// Why no share was measured, when none was.
    var noShare: String?
    var shared: [Shared]
    /// Whether any other agency's report shares passages.
    var hasShared: Bool { !shared.isEmpty }
    /// The number of reports a phrase must be in to be common wording.
    var commonReports: Int
    /// Whether the text shows marks, so the note explains them.
    var hasMarks: Bool

    /// The note of a report's `reuse`, links relative to `root`; `settings` the thresholds.
    init(_ reuse: ReportReuse, root: String, settings: ReuseSettings) {
        if let p = reuse.previous, let percent = reuse.percent {
            previous = Previous(own: reuse.reuse.own, reused: reuse.reuse.reused, percent: percent, year: p.year,
                                href: root + p.page + "index.html", flagged: reuse.reuse.reaches(settings),
                                threshold: settings.sharePercent)
        } else {
            noShare = reuse.reuse.own < settings.passage
                ? SiteMessages.reuseTooLittleText(own: reuse.reuse.own) : SiteMessages.reuseNoPrevious
        }
        shared = reuse.shared.map {
            Shared(agency: $0.link.agency, year: $0.link.year, passages: $0.passages, longest: $0.longest,
                   href: root + $0.link.page + "index.html")
        }
        commonReports = settings.boilerplateReports
        hasMarks = !reuse.passages.isEmpty || !reuse.reuse.common.isEmpty
    }

    static let fields = TemplateFields<Self>([
        .init("previous", \.previous), .init("no_share", \.noShare), .init("shared", \.shared), .init("has_shared", \.hasShared),
        .init("common_reports", \.commonReports), .init("has_marks", \.hasMarks),
    ])
}
