import GXReuse

/// The text reuse note of a report's page, as HTML: the share of its own words repeating the agency's previous report,
/// the other agencies' reports it shares passages with, and what the marks in the text mean.
///
/// Made here rather than in the theme, which places it (`{{#reuse}}…{{{.}}}…{{/reuse}}`) and styles its classes: the
/// note is a dozen values, and swift-mustache spends over a microsecond on each name it looks up, which made the note
/// more than a percent of a full build's time (docs/benchmarks.md). Its words are `SiteMessages`'.
struct ReportReusePanel {
    /// The note's paragraphs.
    let html: String

    /// The note of a report's `reuse`, links relative to `root`; `settings` the thresholds.
    init(_ reuse: ReportReuse, root: String, settings: ReuseSettings) {
        let escape = HTMLEscaping().escapeText
        var html = "<p>"
        if let p = reuse.previous, let percent = reuse.percent {
            html += SiteMessages.reuseShare(own: reuse.reuse.own, reused: reuse.reuse.reused, percent: percent,
                                            href: escape(root + p.page + "index.html"), year: p.year,
                                            threshold: reuse.reuse.reaches(settings) ? settings.sharePercent : nil)
        } else {
            html += escape(reuse.reuse.own < settings.passage
                ? SiteMessages.reuseTooLittleText(own: reuse.reuse.own) : SiteMessages.reuseNoPrevious)
        }
        html += "</p>\n"
        if !reuse.shared.isEmpty {
            html += "<p>\(SiteMessages.reuseSharedHeading)</p>\n<ul>\n"
            for s in reuse.shared {
                html += "<li>" + SiteMessages.reuseSharedReport(href: escape(root + s.link.page + "index.html"),
                                                               agency: escape(s.link.agency), year: s.link.year,
                                                               passages: s.passages, longest: s.longest) + "</li>\n"
            }
            html += "</ul>\n"
        }
        if !reuse.passages.isEmpty || !reuse.reuse.common.isEmpty {
            html += "<p class=\"reuse-legend\">\(SiteMessages.reuseLegend(commonReports: settings.boilerplateReports))</p>\n"
        }
        self.html = html
    }
}
