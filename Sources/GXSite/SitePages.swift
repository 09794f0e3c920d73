import Foundation
import GXMarkdown
import GXReport

/// Renders and writes every page and data file of the site.
struct SitePages {
    let site: SiteModel
    let theme: Theme
    let writer: OutputWriter
    let info: SiteInfo
    let renderer = MarkdownRenderer()
    private(set) var htmlPages = 0

    init(site: SiteModel, theme: Theme, writer: OutputWriter, info: SiteInfo) throws {
        self.site = site
        self.theme = theme
        self.writer = writer
        self.info = info
    }

    /// "../" repeated once per folder level of `folder` (e.g. `agencies/x/2020/` → `../../../`).
    static func root(of folder: String) -> String {
        String(repeating: "../", count: folder.split(separator: "/").count)
    }

    static func dash(_ n: Int?) -> String { n.map(String.init) ?? "—" }

    /// The badge file of a report, relative to the site root.
    static func badgePath(_ e: ReportEntry) -> String { "badges/\(e.agencySlug)/\(e.report.year).svg" }

    /// The badge's text alternative, e.g. `校验：错误 2`.
    static func badgeAlt(_ e: ReportEntry) -> String {
        "校验：" + Badge.text(status: e.status, errors: e.errorCount, warnings: e.warningCount)
    }

    /// Counts of pass / warn / fail for a status-counts partial.
    static func statusCounts(_ list: [ReportEntry]) -> [String: Any] {
        ["pass": list.count { $0.status == .pass }, "warn": list.count { $0.status == .warn }, "fail": list.count { $0.status == .fail }]
    }

    mutating func writeAll() throws {
        for entry in site.entries {
            try writeReport(entry)
            try writer.write(Badge(entry: entry).svg, to: Self.badgePath(entry))
        }
        try writer.write(portalBadge.svg, to: "badges/portal.svg")
        for agency in site.agencies { try writeAgency(agency) }
        for year in site.years { try writeYear(year) }
        for region in site.regions { try writeRegion(region) }
        try writeAgencies()
        try writeRegions()
        try writeHome()
        try writeValidation()
        try writeData()
        for (path, url) in theme.assets {
            try writer.write(try Data(contentsOf: url), to: "assets/" + path)
        }
    }

    mutating func writePage(folder: String, kind: String, title: String, breadcrumbs: [(String, String?)], context: [String: Any]) throws {
        let root = Self.root(of: folder)
        let crumbs = breadcrumbs.map { ($0.0, $0.1.map { root + $0 }) }
        let html = theme.page(kind: kind, title: title, root: root, breadcrumbs: crumbs, context: context, site: info)
        try writer.write(html, to: folder + "index.html")
        htmlPages += 1
    }

    /// A row of a cross-agency report table, links relative to `root`.
    func tableRow(_ e: ReportEntry, root: String) -> [String: Any] {
        var row: [String: Any] = [
            "agency": e.report.agency, "agency_href": root + "agencies/\(e.agencySlug)/index.html",
            "region": e.report.region.isEmpty ? "—" : e.report.region, "year": e.report.year,
            "new": Self.dash(e.figure(.new)), "closed": Self.dash(e.figure(.total)),
            "review": Self.dash(e.reviewFigure(.review)), "litigation": Self.dash(e.litigationTotal),
            "href": root + e.page + "index.html", "status": e.status.rawValue,
            "badge_src": root + Self.badgePath(e), "badge_alt": Self.badgeAlt(e),
        ]
        if let slug = e.regionSlug { row["region_href"] = root + "regions/\(slug)/index.html" }
        return row
    }

    mutating func writeReport(_ e: ReportEntry) throws {
        let composer = ReportMarkdown(entry: e)
        let markdown = composer.compose()
        try writer.write(markdown, to: e.page + "report.md")
        try writer.write(ReportJSON.object(for: e).serialized(), to: e.page + "report.json")
        let root = Self.root(of: e.page)
        let body = composer.marks.apply(to: renderer.html(markdown))
        let context: [String: Any] = [
            "body": body, "agency": e.report.agency, "year": e.report.year,
            "agency_href": root + "agencies/\(e.agencySlug)/index.html", "year_href": root + "years/\(e.report.year)/index.html",
            "description": "\(e.report.agency)\(e.report.year)年度政府信息公开工作年度报告",
            "badge_src": root + Self.badgePath(e), "badge_alt": Self.badgeAlt(e),
        ]
        try writePage(folder: e.page, kind: "report", title: "\(e.report.agency) \(e.report.year)年度报告",
                      breadcrumbs: [("首页", "index.html"), ("机关", "agencies/index.html"),
                                    (e.report.agency, "agencies/\(e.agencySlug)/index.html"), ("\(e.report.year)年度", nil)],
                      context: context)
    }

    mutating func writeAgency(_ a: SiteModel.Agency) throws {
        let folder = "agencies/\(a.slug)/"
        let root = Self.root(of: folder)
        let rows: [(String, (ReportEntry) -> Int?)] = [
            ("新收申请", { $0.figure(.new) }),
            ("上年结转", { $0.figure(.carriedOver) }),
            ("予以公开", { $0.figure(.granted) }),
            ("部分公开", { $0.figure(.partlyGranted) }),
            ("不予公开", { Self.sum($0, [.stateSecret, .prohibitedByLaw, .securityStability, .thirdPartyRights, .internalAffairs, .processInformation, .enforcementFiles, .queryMatters]) }),
            ("无法提供", { Self.sum($0, [.notHeld, .needsCreation, .unclearAfterCorrection]) }),
            ("不予处理", { Self.sum($0, [.complaint, .duplicate, .publication, .excessive, .confirmOrReissue]) }),
            ("其他处理", { e in e.report.applications?.cells[.other] != nil ? e.figure(.other) : Self.sum(e, [.otherNoCorrection, .otherUnpaidFee, .otherOther]) }),
            ("办理结果总计", { $0.figure(.total) }),
            ("结转下年度", { $0.figure(.carriedForward) }),
            ("行政复议", { $0.reviewFigure(.review) }),
            ("行政复议·结果纠正", { $0.reviewFigure(.review, .corrected) }),
            ("行政诉讼", { $0.litigationTotal }),
        ]
        var context: [String: Any] = [
            "name": a.name, "region": a.region.isEmpty ? "未识别" : a.region, "report_count": a.entries.count,
            "years": a.entries.map {
                ["year": $0.report.year, "href": root + $0.page + "index.html", "badge_src": root + Self.badgePath($0), "badge_alt": Self.badgeAlt($0)] as [String: Any]
            },
            "figures": rows.map { label, value in ["label": label, "values": a.entries.map { Self.dash(value($0)) }] as [String: Any] },
            "description": "\(a.name)历年政府信息公开工作年度报告",
        ]
        if let slug = a.regionSlug { context["region_href"] = root + "regions/\(slug)/index.html" }
        try writePage(folder: folder, kind: "agency", title: a.name,
                      breadcrumbs: [("首页", "index.html"), ("机关", "agencies/index.html"), (a.name, nil)], context: context)
    }

    /// The sum of a row group's 总计 cells; nil when any is blank or missing.
    static func sum(_ e: ReportEntry, _ rows: [ApplicationRow]) -> Int? {
        var total = 0
        for row in rows {
            guard let n = e.figure(row) else { return nil }
            total += n
        }
        return total
    }

    mutating func writeYear(_ year: Int) throws {
        let folder = "years/\(year)/"
        let root = Self.root(of: folder)
        let list = site.sortedForTable(site.entries.filter { $0.report.year == year })
        let context: [String: Any] = [
            "year": year, "count": list.count, "caption": "\(year)年度各机关报告", "status": Self.statusCounts(list),
            "rows": list.map { tableRow($0, root: root) },
            "description": "\(year)年度各机关政府信息公开工作年度报告",
        ]
        try writePage(folder: folder, kind: "year", title: "\(year)年度",
                      breadcrumbs: [("首页", "index.html"), ("\(year)年度", nil)], context: context)
    }

    mutating func writeRegion(_ r: SiteModel.Region) throws {
        let folder = "regions/\(r.slug)/"
        let root = Self.root(of: folder)
        let list = site.sortedForTable(r.entries)
        let context: [String: Any] = [
            "name": r.name, "agency_count": r.agencies.count, "report_count": list.count, "status": Self.statusCounts(list),
            "caption": "\(r.name)各机关报告", "rows": list.map { tableRow($0, root: root) },
            "description": "\(r.name)各机关政府信息公开工作年度报告",
        ]
        try writePage(folder: folder, kind: "region", title: r.name,
                      breadcrumbs: [("首页", "index.html"), ("地区", "regions/index.html"), (r.name, nil)], context: context)
    }

    mutating func writeAgencies() throws {
        let folder = "agencies/"
        let root = Self.root(of: folder)
        let context: [String: Any] = [
            "count": site.agencies.count,
            "agencies": site.agencies.map { a -> [String: Any] in
                var item: [String: Any] = [
                    "name": a.name, "href": root + "agencies/\(a.slug)/index.html", "region": a.region.isEmpty ? "—" : a.region,
                    "years": a.entries.map { ["year": $0.report.year, "href": root + $0.page + "index.html"] as [String: Any] },
                ]
                if let slug = a.regionSlug { item["region_href"] = root + "regions/\(slug)/index.html" }
                return item
            },
        ]
        try writePage(folder: folder, kind: "agencies", title: "全部机关",
                      breadcrumbs: [("首页", "index.html"), ("机关", nil)], context: context)
    }

    func regionChips(root: String) -> [[String: Any]] {
        site.regions.map { r in
            ["name": r.name, "href": root + "regions/\(r.slug)/index.html", "count": r.agencies.count, "reports": r.entries.count]
                .merging(Self.statusCounts(r.entries)) { a, _ in a }
        }
    }

    mutating func writeRegions() throws {
        try writePage(folder: "regions/", kind: "regions", title: "全部地区",
                      breadcrumbs: [("首页", "index.html"), ("地区", nil)], context: ["regions": regionChips(root: "../")])
    }

    mutating func writeHome() throws {
        var context: [String: Any] = [
            "agency_count": site.agencies.count, "report_count": site.entries.count, "year_count": site.years.count,
            "years": site.years.reversed().map { y in
                let list = site.entries.filter { $0.report.year == y }
                return (["year": y, "href": "years/\(y)/index.html", "count": list.count] as [String: Any]).merging(Self.statusCounts(list)) { a, _ in a }
            },
            "status": Self.statusCounts(site.entries),
            "badge_src": "badges/portal.svg", "badge_alt": "\(portalBadge.label)：\(portalBadge.value)",
            "regions": regionChips(root: ""),
            "description": "各机关政府信息公开工作年度报告的汇总、校验与开放数据",
        ]
        if let latest = site.years.last {
            let list = site.sortedForTable(site.entries.filter { $0.report.year == latest })
            context["latest"] = ["year": latest, "caption": "\(latest)年度各机关报告", "rows": list.map { tableRow($0, root: "") }] as [String: Any]
        }
        try writePage(folder: "", kind: "home", title: "首页", breadcrumbs: [], context: context)
    }

    /// The portal's badge: the share of reports without errors, coloured by the worst status.
    var portalBadge: Badge {
        let failing = site.entries.count { $0.status == .fail }
        let warning = site.entries.count { $0.status == .warn }
        let status: ReportEntry.Status = failing > 0 ? .fail : warning > 0 ? .warn : .pass
        return Badge(label: "校验", value: "\(site.entries.count - failing)/\(site.entries.count) 无错误", status: status)
    }

    func writeData() throws {
        let all = JSONValue.object([
            ("generator", .string(info.generator)),
            ("reports", .array(site.entries.map(ReportJSON.object))),
        ])
        try writer.write(all.serialized(), to: "data/reports.json")
    }
}
