/// A report's page: its links, badge, original file, key figures, notes on versions and corrections, and its body.
struct ReportPageContext: PageContext {
    static let kind = "report"

    /// The note on a superseded version's page: which version it is and where the current report is.
    struct Superseded: TemplateContext {
        var version: Int
        var currentHref: String
        var published: String?
        /// When the current report was published.
        var corrected: String?

        static let fields = TemplateFields<Self>([
            .init("version", \.version), .init("current_href", \.currentHref), .init("published", \.published),
            .init("corrected", \.corrected),
        ])
    }

    var agency: String
    var year: Int
    var agencyHref, yearHref: String
    var description: String?
    var badgeSrc, badgeAlt: String
    /// The original file's name, when it is offered.
    var originalHref: String?
    /// How the original was cleaned or not, when it is offered.
    var originalNote: String?
    /// The input format's name.
    var format: String
    var sourceURL, published: String?
    var searchTitle, statusLabel: String
    var keyFigures: [KeyFigure]
    var regionName, regionHref: String?
    /// The agency's name as the report wrote it, when that was an alias.
    var writtenAs: String?
    var superseded: Superseded?
    var correction: ReportCorrection?
    /// The text reuse note's HTML: like `body`, set only when the page is rendered (the key declares the reuse it is
    /// made from).
    var reuse: String?
    /// The report's rendered Markdown: set only when the page is rendered, after its key is made without it.
    var body: String?
    /// The path from the page to the site's root (not a template name: the page's frame gives it).
    let root: String

    /// The page of `e` in `site`; `originalOffered` tells whether its original was written, `originals` how.
    init(_ e: ReportEntry, site: SiteModel, originals: OriginalsPolicy, originalOffered: Bool) {
        root = SitePages.root(of: e.page)
        agency = e.report.agency
        year = e.report.year
        agencyHref = root + "agencies/\(e.agencySlug)/index.html"
        yearHref = root + "years/\(e.report.year)/index.html"
        description = "\(e.report.agency)\(e.report.year)年度政府信息公开工作年度报告"
        badgeSrc = root + SitePages.badgePath(e)
        badgeAlt = SitePages.badgeAlt(e)
        if originalOffered {
            originalHref = e.originalName
            originalNote = originals == .clean && e.report.format == "docx" ? SiteMessages.originalCleaned : SiteMessages.originalAsSubmitted
        }
        format = Self.formatName(e.report.format)
        sourceURL = e.report.sourceURL
        published = e.report.published
        searchTitle = "\(e.report.agency) \(e.report.year)年度报告"
        statusLabel = SitePages.statusLabel(e.status)
        keyFigures = KeyFigure.of(e)
        if !e.report.region.isEmpty, let slug = e.regionSlug {
            regionName = e.report.region
            regionHref = root + "regions/\(slug)/index.html"
        }
        writtenAs = e.report.agencyAsWritten
        if let version = e.version {
            superseded = Superseded(version: version, currentHref: root + "agencies/\(e.agencySlug)/\(e.report.year)/index.html",
                                    published: e.report.published,
                                    corrected: site.entries.first { $0.id == e.id }?.report.published)
        }
        correction = ReportCorrection(e, root: root)
    }

    /// The Chinese name of an input format.
    static func formatName(_ format: String) -> String {
        switch format {
        case "docx": "Word文档（DOCX）"
        case "html": "网页（HTML，以文本提供）"
        case "doc", "wps", "rtf", "odt": SiteMessages.legacyFormatName(format)
        case "pdf": "PDF文件"
        default: "文本（TXT）"
        }
    }

    static let fields = TemplateFields<Self>([
        .init("agency", \.agency), .init("year", \.year), .init("agency_href", \.agencyHref), .init("year_href", \.yearHref),
        .init("description", \.description), .init("badge_src", \.badgeSrc), .init("badge_alt", \.badgeAlt),
        .init("original_href", \.originalHref), .init("original_note", \.originalNote), .init("format", \.format),
        .init("source_url", \.sourceURL), .init("published", \.published), .init("search_title", \.searchTitle),
        .init("status_label", \.statusLabel), .init("key_figures", \.keyFigures), .init("region_name", \.regionName),
        .init("region_href", \.regionHref), .init("written_as", \.writtenAs), .init("superseded", \.superseded),
        .init("correction", \.correction), .init("reuse", \.reuse), .init("body", \.body),
    ])
}
