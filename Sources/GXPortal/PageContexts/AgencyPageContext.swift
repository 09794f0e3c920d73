import GXReport

/// An agency's page: its reports by year, its figures over the years, charts, other names and its search metadata.
struct AgencyPageContext: PageContext {
    static let kind = "agency"

    /// A year's column of the figures table: the report's link and badge.
    struct YearColumn: TemplateContext {
        var year: Int
        var href, badgeSrc, badgeAlt: String

        static let fields = TemplateFields<Self>([
            .init("year", \.year), .init("href", \.href), .init("badge_src", \.badgeSrc), .init("badge_alt", \.badgeAlt),
        ])
    }

    /// A row of the figures table: one figure over the years, "—" where blank.
    struct FigureRow: TemplateContext {
        var label: String
        var values: [String]

        static let fields = TemplateFields<Self>([.init("label", \.label), .init("values", \.values)])
    }

    /// Another name of the agency (曾用名, 别名) with the years its reports used it.
    struct OtherName: TemplateContext {
        var name, note: String

        static let fields = TemplateFields<Self>([.init("name", \.name), .init("note", \.note)])
    }

    var name: String
    /// The region, "未识别" when unknown.
    var region: String
    var regionHref: String?
    var reportCount: Int
    var years: [YearColumn]
    var figures: [FigureRow]
    var description: String?
    var charts: [ChartContext]
    /// True when the agency has other names; nil otherwise.
    var hasNames: Bool?
    var names: [OtherName]?
    var search: AgencySearchMetadata

    /// The page of `a`; `aliases` give its other names.
    init(agency a: SiteModel.Agency, aliases: AgencyAliases, root: String) {
        name = a.name
        region = a.region.isEmpty ? "未识别" : a.region
        regionHref = a.regionSlug.map { root + "regions/\($0)/index.html" }
        reportCount = a.entries.count
        years = a.entries.map {
            YearColumn(year: $0.report.year, href: root + $0.page + "index.html", badgeSrc: root + SitePages.badgePath($0),
                       badgeAlt: SitePages.badgeAlt($0))
        }
        figures = Self.figureRows.map { label, value in FigureRow(label: label, values: a.entries.map { SitePages.dash(value($0)) }) }
        description = "\(a.name)历年政府信息公开工作年度报告"
        charts = Self.charts(a)
        search = AgencySearchMetadata(a)
        let configured = aliases.names(of: a.name)
        if !configured.isEmpty {
            hasNames = true
            names = configured.map { alias in
                let years = a.entries.filter { $0.report.agencyAsWritten == alias.name }.map(\.report.year)
                    + a.entries.flatMap(\.earlierVersions).filter { $0.report.agencyAsWritten == alias.name }.map(\.report.year)
                return OtherName(name: alias.name, note: SiteMessages.aliasNote(renamed: alias.renamed, years: Array(Set(years)).sorted()))
            }
        }
    }

    /// The rows of the figures table: a label and how a report gives the figure.
    static let figureRows: [(String, @Sendable (ReportEntry) -> Int?)] = [
        ("新收申请", { $0.figure(.new) }),
        ("上年结转", { $0.figure(.carriedOver) }),
        ("予以公开", { $0.figure(.granted) }),
        ("部分公开", { $0.figure(.partlyGranted) }),
        ("不予公开", { sum($0, [.stateSecret, .prohibitedByLaw, .securityStability, .thirdPartyRights, .internalAffairs, .processInformation, .enforcementFiles, .queryMatters]) }),
        ("无法提供", { sum($0, [.notHeld, .needsCreation, .unclearAfterCorrection]) }),
        ("不予处理", { sum($0, [.complaint, .duplicate, .publication, .excessive, .confirmOrReissue]) }),
        ("其他处理", { e in e.report.applications?.cells[.other] != nil ? e.figure(.other) : sum(e, [.otherNoCorrection, .otherUnpaidFee, .otherOther]) }),
        ("办理结果总计", { $0.figure(.total) }),
        ("结转下年度", { $0.figure(.carriedForward) }),
        ("行政复议", { $0.reviewFigure(.review) }),
        ("行政复议·结果纠正", { $0.reviewFigure(.review, .corrected) }),
        ("行政诉讼", { $0.litigationTotal }),
    ]

    /// The sum of a row group's 总计 cells; nil when any is blank or missing.
    static func sum(_ e: ReportEntry, _ rows: [ApplicationRow]) -> Int? {
        var total = 0
        for row in rows {
            guard let n = e.figure(row) else { return nil }
            total += n
        }
        return total
    }

    /// The agency's charts: applications over the years, the mix of outcomes, review and litigation results.
    static func charts(_ a: SiteModel.Agency) -> [ChartContext] {
        [
            Chart.agencyTrend(id: "trend", years: a.entries.map(\.report.year), series: [
                (name: "新收申请", values: a.entries.map { $0.figure(.new) }),
                (name: "办结", values: a.entries.map { $0.figure(.total) }),
            ]),
            Chart.outcomeMix(id: "outcomes", title: "历年申请办理结果构成",
                             bars: a.entries.map { (label: "\($0.report.year)年", values: Chart.outcomeValues([$0])) }),
            Chart.reviewResults(id: "review", title: "行政复议、行政诉讼结果（历年合计）", rows: Chart.reviewRows(a.entries)),
        ].map(ChartContext.init)
    }

    static let fields = TemplateFields<Self>([
        .init("name", \.name), .init("region", \.region), .init("region_href", \.regionHref),
        .init("report_count", \.reportCount), .init("years", \.years), .init("figures", \.figures),
        .init("description", \.description), .init("charts", \.charts), .init("has_names", \.hasNames),
        .init("names", \.names),
        .init("search_years", \.search.years), .init("search_statuses", \.search.statuses),
        .init("years_text", \.search.yearsText), .init("search_region", \.search.region),
        .init("latest_year", \.search.latestYear), .init("latest_figures", \.search.latestFigures),
    ])
}
