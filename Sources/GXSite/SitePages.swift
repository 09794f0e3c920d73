import Foundation
import GXBuild
import GXMarkdown
import GXReport

/// Renders and writes every page and data file of the site.
struct SitePages {
    let site: SiteModel
    let theme: Theme
    let writer: OutputWriter
    let info: SiteInfo
    /// The content folder, to copy each report's original file.
    let content: URL
    let renderer = MarkdownRenderer()
    /// Time spent in cmark-gfm, for the benchmark's share of the build.
    let markdownClock = Stopwatch()
    /// Worker threads for pages that do not depend on each other.
    let jobs: Int

    /// HTML pages written.
    var htmlPages: Int { writer.written.count { $0.hasSuffix(".html") } }

    /// Reports progress of the report pages, the bulk of the work.
    let progress: (@Sendable (BuildProgress) -> Void)?
    /// What every page key starts from: gxsite's version, the theme, the site's settings.
    var keySeed = ""
    /// The published site's files with the keys they were rendered from; empty for a clean build.
    var previous: [String: BuildCache.OutputFile] = [:]
    /// The SHA-256 of each input by its path under the content folder, when known.
    var inputDigests: [String: String] = [:]
    /// Each input's `SiteBuilder.parseKey` by its path, as parsing computed it; made again for one missing here.
    var parseKeys: [String: String] = [:]
    /// Rows an index page holds at most.
    var pageSize = Pager.size
    /// Narratives kept from parsing; nil reads every report's input again for its page.
    var narratives: NarrativeStore?
    /// Reads legacy inputs again for their narratives, from the converted files the build keeps where it can.
    var legacy: LegacyBatch?
    /// The unit keys of the published site's data lines (`dataKeys` of the last build); empty for a clean build.
    var previousDataKeys: [String] = []
    /// The report year of each of `previousDataKeys`.
    var previousDataYears: [Int] = []
    /// `previousDataLines()`, when read in the background already.
    var publishedData: Background<PublishedLines>?
    /// Pages whose render was skipped because their key was unchanged.
    let reused = Tally()
    /// Each published report's `unitKey` by its source, made once: index pages key on their reports' unit keys.
    private(set) var unitKeys: [String: String] = [:]
    /// Every published report's unit key in site order, the order of `data/reports.json` and `data/reports.csv`.
    private(set) var dataKeys: [String] = []

    init(site: SiteModel, theme: Theme, writer: OutputWriter, info: SiteInfo, content: URL, jobs: Int,
         progress: (@Sendable (BuildProgress) -> Void)? = nil) throws {
        self.jobs = jobs
        self.progress = progress
        self.content = content
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
    static func badgePath(_ e: ReportEntry) -> String { "badges/\(e.agencySlug)/\(e.report.year)\(e.version.map { "-v\($0)" } ?? "").svg" }

    /// The badge's text alternative, e.g. `校验：错误 2`.
    static func badgeAlt(_ e: ReportEntry) -> String {
        "校验：" + Badge.text(status: e.status, errors: e.errorCount, warnings: e.warningCount)
    }

    /// A chart as the theme's `charts` partial expects it.
    static func chartContext(_ c: Chart) -> [String: Any] {
        ["svg": c.svg, "table": c.tableHTML, "title": c.title]
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

    /// Counts of pass / warn / fail for a status-counts partial.
    static func statusCounts(_ list: [ReportEntry]) -> [String: Any] {
        let counts = tally(list)
        return ["pass": counts.pass, "warn": counts.warn, "fail": counts.fail]
    }

    /// How many of `list` pass, warn and fail.
    static func tally(_ list: [ReportEntry]) -> (pass: Int, warn: Int, fail: Int) {
        var counts = (pass: 0, warn: 0, fail: 0)
        // Indices, not elements: a closure over the elements copies each entry.
        for i in list.indices {
            switch list[i].status {
            case .pass: counts.pass += 1
            case .warn: counts.warn += 1
            case .fail: counts.fail += 1
            }
        }
        return counts
    }

    mutating func writeAll() throws {
        dataKeys = Parallel.map(site.entries, jobs: jobs) { unitKey($0) }
        unitKeys = Dictionary(zip(site.entries.map(\.report.source), dataKeys)) { first, _ in first }
        try writeEverything()
    }

    private func writeEverything() throws {
        let counter = ProgressCounter(phase: "write", total: site.entries.count, report: progress)
        // Every page is independent of the others, so all go to one pool: the costly site-wide pages first, so none
        // is left running alone at the end, then the report units, then the many small index pages.
        var tasks: [() throws -> Void] = [
            { try writeData() }, { try writeOffice() }, { try writeValidation() }, { try writeHome() },
            { try writeAgencies() }, { try writeRegions() }, { try writeSearch() }, { try writeNotFound() },
            { try writer.write(portalBadge.svg, to: "badges/portal.svg") },
        ]
        tasks += site.years.map { year in { try writeYear(year) } }
        tasks += site.entries.map { entry in
            {
                let key = madeUnitKey(entry)
                if try !reuseUnit(entry, key: key) {
                    try writeReport(entry, unitKey: key)
                    try writer.write(Badge(entry: entry).svg, to: Self.badgePath(entry), key: key)
                }
                counter.tick()
            }
        }
        tasks += site.agencies.map { agency in { try writeAgency(agency) } }
        tasks += site.regions.map { region in { try writeRegion(region) } }
        for (path, url) in theme.assets {
            tasks.append { try writer.write(try Data(contentsOf: url), to: "assets/" + path) }
        }
        try Parallel.forEach(tasks, jobs: jobs) { try $0() }
    }

    /// Renders a page unless the published site holds the same page rendered from the same key.
    ///
    /// `keyExtra` stands for what `late` will add to the context (a report's Markdown for its rendered body),
    /// so costly parts are made only when the page must be rendered.
    func writePage(folder: String, kind: String, title: String, breadcrumbs: [(String, String?)], context: [String: Any],
                   keyExtra: [String] = [], late: (() -> [String: Any])? = nil) throws {
        let root = Self.root(of: folder)
        let crumbs = breadcrumbs.map { ($0.0, $0.1.map { root + $0 }) }
        let path = folder + "index.html"
        var context = context
        context["canonical"] = canonicalURL(folder: folder)
        let key = contextKey(path, kind: kind, title: title, root: root, crumbs: crumbs, context: context, extra: keyExtra)
        if previous[path]?.key == key, try reuse(path, recordedAs: key) { return }
        if let late { context.merge(late()) { _, new in new } }
        try write(path, kind: kind, title: title, root: root, crumbs: crumbs, key: key, context: context)
    }

    /// Renders a page whose context is made only when needed: `identity` stands for everything the context is made
    /// from (the unit keys of the reports it shows and the other values it uses), so an unchanged page is reused without
    /// making its context at all.
    ///
    /// The page's key is the identity's digest and the context's, joined by a space: when the identity changed but not
    /// the context (an edit to a report's prose changes its unit key, not the rows that list it), the page is still
    /// reused, at the cost of making the context but without rendering it.
    func writePage(folder: String, kind: String, title: String, breadcrumbs: [(String, String?)], identity: [String],
                   context: () -> [String: Any]) throws {
        let root = Self.root(of: folder)
        let crumbs = breadcrumbs.map { ($0.0, $0.1.map { root + $0 }) }
        let path = folder + "index.html"
        let canonical = canonicalURL(folder: folder)
        let identityKey = BuildCache.digest([keySeed, path, kind, title, root, canonical ?? "-", "identity"]
                                            + crumbs.flatMap { [$0.0, $0.1 ?? "-"] } + identity)
        // The published page's two parts: what it listed, and what it was rendered from.
        // Split as bytes: as characters, this took a noticeable part of an edit's rebuild.
        let old = previous[path]?.key.map { key in
            key.utf8.firstIndex(of: UInt8(ascii: " ")).map { [String(key[..<$0]), String(key[key.utf8.index(after: $0)...])] } ?? [key]
        } ?? []
        if old.count == 2, old[0] == identityKey, try reuse(path, recordedAs: identityKey + " " + old[1]) { return }
        var made = context()
        made["canonical"] = canonical
        let rendered = contextKey(path, kind: kind, title: title, root: root, crumbs: crumbs, context: made, extra: [])
        // Only the identity differs: the published page is what this context renders to.
        if old.count == 2, old[1] == rendered, try reuse(path, recordedAs: identityKey + " " + rendered) { return }
        try write(path, kind: kind, title: title, root: root, crumbs: crumbs, key: identityKey + " " + rendered, context: made)
    }

    /// The key of a page rendered from `context`: its path, kind, title, breadcrumbs and every value of the context.
    private func contextKey(_ path: String, kind: String, title: String, root: String, crumbs: [(String, String?)],
                            context: [String: Any], extra: [String]) -> String {
        var bytes: [UInt8] = []
        ContextDigest.append(context, to: &bytes)
        ContextDigest.append(crumbs.map { [$0.0, $0.1 ?? ""] }, to: &bytes)
        return BuildCache.digest([keySeed, path, kind, title, root, SHA256.hex(bytes)] + extra)
    }

    /// Takes the page at `path` from the published site (the caller has checked its key), recorded as made from `key`;
    /// false when it must be rendered.
    private func reuse(_ path: String, recordedAs key: String) throws -> Bool {
        guard var old = previous[path] else { return false }
        old.key = key
        guard try writer.reuse(path, old) else { return false }
        reused.add()
        return true
    }

    /// Renders a page and writes it, marked as made from `key`.
    private func write(_ path: String, kind: String, title: String, root: String, crumbs: [(String, String?)], key: String,
                       context: [String: Any]) throws {
        let html = theme.page(kind: kind, title: title, root: root, breadcrumbs: crumbs, context: context, site: info)
        try writer.write(html, to: path, key: key)
    }

    /// The unit key of `e`, made once for every published report by `writeAll`.
    func madeUnitKey(_ e: ReportEntry) -> String {
        unitKeys[e.report.source] ?? unitKey(e)
    }

    /// The unit keys of `entries`, in order, for a page's identity.
    func identity(of entries: some Sequence<ReportEntry>) -> [String] {
        entries.map(madeUnitKey)
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

    /// The report's narrative: kept from parsing, or read again from the input (parsing keeps only what the index pages
    /// need, and narratives only within the store's budget).
    func narrative(of e: ReportEntry) -> Narrative {
        if let kept = narratives?.take(e.report.source) { return kept }
        let url = content.appendingPathComponent(e.report.source)
        guard let full = InputReader.read(InputFile(path: e.report.source, url: url), hashing: false, legacy: legacy).outcome.report else {
            return Narrative(of: e.report)
        }
        return Narrative(of: full)
    }

    /// The files of a report's unit: its page, Markdown, JSON, original and badge.
    static func unitFiles(_ e: ReportEntry) -> [String] {
        let page = e.page
        return [page + "report.md", page + "index.html", page + "report.json", page + e.originalName, badgePath(e)]
    }

    /// A digest of everything a report's files are made from: the input's and its sidecar's bytes (which the parser
    /// and gxsite's version turn into the report), where it came from, its findings, slugs, and the key seed.
    func unitKey(_ e: ReportEntry) -> String {
        // Every stored property of the entry but the parsed report, which the digests above stand for, spelled out field
        // by field (tests check that ReportEntry and Finding have no others): reflection cost more than the rest of an edit.
        var parts = [keySeed, "unit", parseKeys[e.report.source] ?? SiteBuilder.parseKey(e.report.source, inputDigests),
                     String(e.findings.count)]
        parts.reserveCapacity(parts.count + e.findings.count * 9 + 5 + e.earlierVersions.count)
        for f in e.findings {
            parts += [f.rule, f.severity.rawValue, f.file, String(f.line), String(f.column), String(f.page), f.message, f.where ?? "\u{0}",
                      f.acceptance ?? "\u{0}"]
        }
        parts += [e.agencySlug, e.regionSlug ?? "\u{0}", e.version.map(String.init) ?? "\u{0}", e.offersOriginal ? "1" : "0",
                  String(e.earlierVersions.count)]
        parts += e.earlierVersions.map(unitKey)
        return BuildCache.digest(parts)
    }

    /// Takes a report's files from the published site when they were made from the same key; false when they must be made.
    func reuseUnit(_ e: ReportEntry, key: String) throws -> Bool {
        let paths = Self.unitFiles(e)
        guard previous[paths[0]]?.key == key else { return false }
        let files = paths.compactMap { previous[$0] }
        guard files.count == paths.count, try writer.reuse(Array(zip(paths, files))) else { return false }
        reused.add()
        return true
    }

    /// Writes a report's page and files; `unitKey` marks them as made from it (nil for a superseded version, whose page
    /// also shows the current report's date).
    func writeReport(_ e: ReportEntry, unitKey: String? = nil) throws {
        let composer = ReportMarkdown(entry: e, narrative: narrative(of: e))
        let markdown = composer.compose()
        let markdownDigest = try writer.write(markdown, to: e.page + "report.md", key: unitKey)
        let json = ReportJSON.object(for: e).serialized()
        let jsonDigest = try writer.write(json, to: e.page + "report.json", key: unitKey)
        // The original is offered under a fixed name so no input name reaches a path.
        let offered = try writeOriginal(e, key: unitKey)
        let root = Self.root(of: e.page)
        var context: [String: Any] = [
            "agency": e.report.agency, "year": e.report.year,
            "agency_href": root + "agencies/\(e.agencySlug)/index.html", "year_href": root + "years/\(e.report.year)/index.html",
            "description": "\(e.report.agency)\(e.report.year)年度政府信息公开工作年度报告",
            "badge_src": root + Self.badgePath(e), "badge_alt": Self.badgeAlt(e),
            "original_href": e.originalName, "format": Self.formatName(e.report.format),
        ]
        if let url = e.report.sourceURL { context["source_url"] = url }
        if let published = e.report.published { context["published"] = published }
        context.merge(Self.reportSearchContext(e, root: root)) { current, _ in current }
        addOfficeContext(to: &context, e, root: root, originalOffered: offered)
        try writePage(folder: e.page, kind: "report", title: Self.reportTitle(e), breadcrumbs: Self.reportBreadcrumbs(e),
                      // The Markdown and the data by their digests, taken as they were written, not hashed again.
                      context: context, keyExtra: [inputDigests[e.report.source] ?? "", markdownDigest.hex, jsonDigest.hex]) {
            ["body": composer.marks.apply(to: markdownClock.measure { renderer.html(markdown) })]
        }
    }

    func writeAgency(_ a: SiteModel.Agency) throws {
        let folder = "agencies/\(a.slug)/"
        let root = Self.root(of: folder)
        try writePage(folder: folder, kind: "agency", title: a.name,
                      breadcrumbs: [("首页", "index.html"), ("机关", "agencies/index.html"), (a.name, nil)],
                      identity: [a.name, a.slug, a.region, a.regionSlug ?? "-"] + identity(of: a.entries)) {
            agencyContext(a, root: root)
        }
    }

    /// The agency page's context: its reports by year, figures over the years, charts.
    func agencyContext(_ a: SiteModel.Agency, root: String) -> [String: Any] {
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
        context.merge(Self.agencySearchContext(a)) { current, _ in current }
        addNames(to: &context, a)
        let years = a.entries.map(\.report.year)
        context["charts"] = [
            Chart.agencyTrend(id: "trend", years: years, series: [
                (name: "新收申请", values: a.entries.map { $0.figure(.new) }),
                (name: "办结", values: a.entries.map { $0.figure(.total) }),
            ]),
            Chart.outcomeMix(id: "outcomes", title: "历年申请办理结果构成",
                             bars: a.entries.map { (label: "\($0.report.year)年", values: Chart.outcomeValues([$0])) }),
            Chart.reviewResults(id: "review", title: "行政复议、行政诉讼结果（历年合计）", rows: Chart.reviewRows(a.entries)),
        ].map(Self.chartContext)
        return context
    }

    /// The charts of a year: busiest agencies, the mix of outcomes, review and litigation results.
    static func yearCharts(year: Int, list: [ReportEntry]) -> [Chart] {
        let busiest = list.compactMap { e in e.figure(.new).map { (name: e.report.agency, value: $0) } }
        return [
            Chart.topAgencies(id: "top-\(year)", year: year, rows: busiest),
            Chart.outcomeMix(id: "outcomes-\(year)", title: "\(year)年度申请办理结果构成", bars: [(label: "\(year)年度合计", values: Chart.outcomeValues(list))]),
            Chart.reviewResults(id: "review-\(year)", title: "\(year)年度行政复议、行政诉讼结果", rows: Chart.reviewRows(list)),
        ]
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

    func writeYear(_ year: Int) throws {
        let unsorted = site.entries.filter { $0.report.year == year }
        // The page shows what its reports are made from, in an order they determine: sorted only when a page is made.
        // Their keys are digested once for all the year's pages, not hashed again for each of them (quadratic at scale).
        let keys = BuildCache.digest(identity(of: unsorted))
        var sorted: [ReportEntry]?
        let pager = Pager(folder: "years/\(year)/", count: unsorted.count, perPage: pageSize)
        for n in 1...pager.pages {
            let folder = pager.folder(of: n)
            let root = Self.root(of: folder)
            try writePage(folder: folder, kind: "year", title: "\(year)年度" + Self.pageNote(pager, n),
                          breadcrumbs: [("首页", "index.html"), ("\(year)年度", nil)],
                          identity: [String(year), String(n), String(pageSize), keys]) {
                if sorted == nil { sorted = site.sortedForTable(unsorted) }
                return yearContext(year, list: sorted!, pager: pager, page: n, root: root)
            }
        }
    }

    /// The context of page `n` of a year's reports.
    func yearContext(_ year: Int, list: [ReportEntry], pager: Pager, page n: Int, root: String) -> [String: Any] {
        var context: [String: Any] = [
            "year": year, "count": list.count, "caption": "\(year)年度各机关报告" + Self.pageNote(pager, n), "status": Self.statusCounts(list),
            "rows": list[pager.range(of: n)].map { tableRow($0, root: root) },
            "description": "\(year)年度各机关政府信息公开工作年度报告",
        ]
        context["pager"] = pager.context(of: n)
        if n == 1 {
            context["charts"] = Self.yearCharts(year: year, list: list).map(Self.chartContext)
            context["has_charts"] = true
        }
        return context
    }

    /// `（第2页）` after a title or caption on the second and later pages of a list.
    static func pageNote(_ pager: Pager, _ n: Int) -> String { n == 1 ? "" : "（第\(n)页）" }

    func writeRegion(_ r: SiteModel.Region) throws {
        let keys = BuildCache.digest(identity(of: r.entries))
        var sorted: [ReportEntry]?
        let pager = Pager(folder: "regions/\(r.slug)/", count: r.entries.count, perPage: pageSize)
        for n in 1...pager.pages {
            let folder = pager.folder(of: n)
            let root = Self.root(of: folder)
            try writePage(folder: folder, kind: "region", title: r.name + Self.pageNote(pager, n),
                          breadcrumbs: [("首页", "index.html"), ("地区", "regions/index.html"), (r.display, nil)],
                          identity: [r.name, r.display, r.slug, String(n), String(pageSize)] + r.agencies + ["reports", keys]) {
                if sorted == nil { sorted = site.sortedForTable(r.entries) }
                let list = sorted!
                var context: [String: Any] = [
                    "name": r.display, "agency_count": r.agencies.count, "report_count": list.count, "status": Self.statusCounts(list),
                    "caption": "\(r.display)各机关报告" + Self.pageNote(pager, n), "rows": list[pager.range(of: n)].map { tableRow($0, root: root) },
                    "description": "\(r.name)各机关政府信息公开工作年度报告",
                ]
                context["pager"] = pager.context(of: n)
                return context
            }
        }
    }

    func writeAgencies() throws {
        let pager = Pager(folder: "agencies/", count: site.agencies.count, perPage: pageSize)
        // What the pages list: every agency's name, region, slugs and report pages, which an edit to a report's text
        // leaves as they were; digested once for all the pages, so an unchanged page is reused without its context.
        var listed = [String(site.agencies.count)]
        listed.reserveCapacity(site.agencies.count * 6 + site.entries.count + 1)
        for a in site.agencies {
            listed += [a.name, a.slug, a.region, a.regionSlug ?? "-", String(a.entries.count)]
            listed += a.entries.map(\.page)
        }
        let keys = BuildCache.digest(listed)
        for n in 1...pager.pages {
            let folder = pager.folder(of: n)
            let root = Self.root(of: folder)
            try writePage(folder: folder, kind: "agencies", title: "全部机关" + Self.pageNote(pager, n),
                          breadcrumbs: [("首页", "index.html"), ("机关", nil)], identity: [String(n), String(pageSize), keys]) {
                agenciesContext(pager, page: n, root: root)
            }
        }
    }

    /// The context of page `n` of the list of agencies.
    func agenciesContext(_ pager: Pager, page n: Int, root: String) -> [String: Any] {
        var context: [String: Any] = [
            "count": site.agencies.count,
            "agencies": site.agencies[pager.range(of: n)].map { a -> [String: Any] in
                var item: [String: Any] = [
                    "name": a.name, "href": root + "agencies/\(a.slug)/index.html", "region": a.region.isEmpty ? "—" : a.region,
                    "years": a.entries.map { ["year": $0.report.year, "href": root + $0.page + "index.html"] as [String: Any] },
                ]
                if let slug = a.regionSlug { item["region_href"] = root + "regions/\(slug)/index.html" }
                return item
            },
        ]
        context["pager"] = pager.context(of: n)
        return context
    }

    func regionChips(root: String) -> [[String: Any]] {
        site.regions.map { r in
            ["name": r.display, "href": root + "regions/\(r.slug)/index.html", "count": r.agencies.count, "reports": r.entries.count]
                .merging(Self.statusCounts(r.entries)) { a, _ in a }
        }
    }

    func writeRegions() throws {
        try writePage(folder: "regions/", kind: "regions", title: "全部地区",
                      breadcrumbs: [("首页", "index.html"), ("地区", nil)], context: ["regions": regionChips(root: "../")])
    }

    func writeHome() throws {
        var context: [String: Any] = [
            "agency_count": site.agencies.count, "report_count": site.entries.count, "year_count": site.years.count,
            "years": site.years.reversed().map { y in
                let list = site.entries.filter { $0.report.year == y }
                return (["year": y, "href": "years/\(y)/index.html", "count": list.count] as [String: Any]).merging(Self.statusCounts(list)) { a, _ in a }
            },
            "status": Self.statusCounts(site.entries),
            "charts": site.years.last.map { y in
                Self.yearCharts(year: y, list: site.entries.filter { $0.report.year == y }).prefix(2).map(Self.chartContext)
            } ?? [],
            "badge_src": "badges/portal.svg", "badge_alt": "\(portalBadge.label)：\(portalBadge.value)",
            "regions": regionChips(root: ""),
            "description": "各机关政府信息公开工作年度报告的汇总、校验与开放数据",
        ]
        addSubmissionsLink(to: &context)
        if let latest = site.years.last {
            let list = site.sortedForTable(site.entries.filter { $0.report.year == latest })
            // The home page shows one page's worth and links the year's own pages for the rest.
            var latestContext: [String: Any] = ["year": latest, "caption": "\(latest)年度各机关报告",
                                                "rows": list.prefix(pageSize).map { tableRow($0, root: "") }]
            if list.count > pageSize {
                latestContext["more_href"] = "years/\(latest)/index.html"
                latestContext["more_label"] = "\(latest)年度全部报告"
                latestContext["more_count"] = list.count
            }
            context["latest"] = latestContext
        }
        try writePage(folder: "", kind: "home", title: "首页", breadcrumbs: [], context: context)
    }

    /// The portal's badge: the share of reports without errors, coloured by the worst status.
    var portalBadge: Badge {
        let (_, warning, failing) = Self.tally(site.entries)
        let status: ReportEntry.Status = failing > 0 ? .fail : warning > 0 ? .warn : .pass
        return Badge(label: "校验", value: "\(site.entries.count - failing)/\(site.entries.count) 无错误", status: status)
    }

    /// A report's line of the open data files: taken from the published file (mapped), or made by this build.
    private enum DataLine {
        case published(Data)
        case made([UInt8])

        /// Appends the line to `file`.
        func append(to file: StreamedFile) throws {
            switch self {
            case .published(let data): try data.withUnsafeBytes { try file.append($0) }
            case .made(let bytes): try bytes.withUnsafeBytes { try file.append($0) }
            }
        }
    }

    func writeData() throws {
        // Each report is serialised once, one compact object per line, and shared by reports.json and the year files;
        // an unchanged report's line (same unit key) is taken from the published files. Lines stay bytes: the files
        // are tens of megabytes.
        let keys = dataKeys
        let byYear = Dictionary(grouping: site.entries.indices) { site.entries[$0].report.year }
        // A file made of the same reports' lines, in the same order, as the published one is that file: it is taken as
        // it is (an edit rewrites one year's file, not every year's, which at 100,000 reports are 200 MB).
        var previousByYear: [Int: [String]] = [:]
        if previousDataYears.count == previousDataKeys.count {
            for (key, year) in zip(previousDataKeys, previousDataYears) { previousByYear[year, default: []].append(key) }
        }
        func unchanged(_ path: String, _ now: [String], _ before: [String]?) throws -> Bool {
            guard !now.isEmpty, now == before, let file = previous[path] else { return false }
            return try writer.reuse(path, file)
        }
        let sameReports = !keys.isEmpty && keys == previousDataKeys
        let changedYears = try site.years.filter { year in
            try !unchanged("data/\(year).json", byYear[year, default: []].map { keys[$0] }, previousByYear[year])
        }
        let jsonSame = try sameReports && unchanged("data/reports.json", keys, previousDataKeys)
        let csvSame = try sameReports && unchanged("data/reports.csv", keys, previousDataKeys)
        let old: PublishedLines
        if jsonSame && csvSame && changedYears.isEmpty {
            // Read for nothing (a rebuild that changed no report): taken, so it is freed now rather than with the pages.
            _ = publishedData?.wait()
            old = ([:], [:])
        } else {
            old = publishedData?.wait() ?? previousDataLines()
        }
        var head = "{\n  \"generator\": "
        JSONValue.writeString(info.generator, into: &head)
        head += ",\n  \"reports\": ["
        // The files are written as their lines are made, in batches made in parallel: never whole in memory (reports.json
        // alone is 200 MB at 100,000 reports). Each report is serialised once, for reports.json and its year's file.
        let json = jsonSame ? nil : try writer.stream(to: "data/reports.json")
        let csv = csvSame ? nil : try writer.stream(to: "data/reports.csv")
        var yearFiles: [Int: StreamedFile] = [:]
        for year in changedYears { yearFiles[year] = try writer.stream(to: "data/\(year).json") }
        var yearLines: [Int: Int] = [:]
        try json?.append(head)
        try csv?.append(ReportsCSV.header)
        for file in yearFiles.values { try file.append(head) }
        let needsJSON = json != nil || !yearFiles.isEmpty
        for batch in stride(from: 0, to: needsJSON || csv != nil ? site.entries.count : 0, by: 2048) {
            let indices = Array(batch..<min(batch + 2048, site.entries.count))
            let lines = Parallel.map(indices, jobs: jobs) { i -> (json: DataLine, csv: DataLine) in
                let e = site.entries[i]
                let jsonLine = !needsJSON ? .made([]) : old.json[keys[i]].map(DataLine.published)
                    ?? .made(ReportJSON.object(for: e).serializedBytes(pretty: false))
                let csvLine = csv == nil ? .made([]) : old.csv[keys[i]].map(DataLine.published) ?? .made(Array(ReportsCSV.row(e).utf8))
                return (jsonLine, csvLine)
            }
            for (i, line) in zip(indices, lines) {
                if let json {
                    try json.append(i == 0 ? "\n    " : ",\n    ")
                    try line.json.append(to: json)
                }
                let year = site.entries[i].report.year
                if let file = yearFiles[year] {
                    let n = yearLines[year, default: 0]
                    try file.append(n == 0 ? "\n    " : ",\n    ")
                    try line.json.append(to: file)
                    yearLines[year] = n + 1
                }
                if let csv { try line.csv.append(to: csv) }
            }
        }
        if let json {
            try json.append(site.entries.isEmpty ? "]\n}\n" : "\n  ]\n}\n")
            try writer.finish(json, key: Self.contentKey)
        }
        for year in changedYears {
            guard let file = yearFiles[year] else { continue }
            try file.append(yearLines[year, default: 0] == 0 ? "]\n}\n" : "\n  ]\n}\n")
            try writer.finish(file)
        }
        if let csv { try writer.finish(csv, key: Self.contentKey) }
        let context: [String: Any] = [
            "years": site.years.map { ["year": $0, "href": "\($0).json"] },
            "report_count": site.entries.count,
            "columns": ReportsCSV.columns().map { ["key": $0.key, "description": $0.description] },
            "licence": info.licence,
            "description": "开放数据：各机关政府信息公开工作年度报告的全部数字",
            "finding_columns": FindingsCSV.columns.map { ["key": $0.key, "description": $0.description] },
        ]
        try writePage(folder: "data/", kind: "data", title: "开放数据",
                      breadcrumbs: [("首页", "index.html"), ("开放数据", nil)], context: context)
    }

    /// The bytes of the file at `path` when it holds exactly `size` of them, mapped rather than read (the published data
    /// files are tens of megabytes, which read would be copied into memory the build must first clear); nil otherwise or
    /// when it cannot be read.
    static func contents(of path: String, size: Int) -> Data? {
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped), data.count == size else { return nil }
        return data
    }

    /// The key `data/reports.json` and `data/reports.csv` are recorded with: their bytes' checksum, so the next build
    /// tells the files it wrote from edited ones without hashing tens of megabytes with SHA-256.
    static func contentKey(_ checksum: Checksum) -> String {
        "checksum " + checksum.hex
    }

    /// The published site's report lines of `data/reports.json` and `data/reports.csv` by unit key (CSV lines with their
    /// line break); empty unless the files are exactly those the last build wrote (same checksum, or same SHA-256 for
    /// files recorded without one) and split into one line per report as written.
    func previousDataLines() -> PublishedLines {
        Self.publishedLines(in: writer.output.path, files: previous, keys: previousDataKeys)
    }

    /// The report lines of `data/reports.json` and `data/reports.csv` by unit key, as `previousDataLines` describes.
    typealias PublishedLines = (json: [String: Data], csv: [String: Data])

    /// `previousDataLines` of the site in `folder`, which holds `files` and whose data lines were made from `keys`.
    static func publishedLines(in folder: String, files: [String: BuildCache.OutputFile], keys previousDataKeys: [String])
        -> PublishedLines {
        guard !previousDataKeys.isEmpty else { return ([:], [:]) }
        let n = previousDataKeys.count
        func lines(_ path: String) -> (bytes: Data, lines: [Range<Int>])? {
            guard let file = files[path], let bytes = Self.contents(of: folder + "/" + path, size: file.size),
                  bytes.withUnsafeBytes({ bytes in file.key.map { $0 == Self.contentKey(Checksum(bytes)) } ?? (SHA256.Digest(of: bytes) == file.sha256) })
            else { return nil }
            return (bytes, bytes.withUnsafeBytes { $0.lineRanges() })
        }
        var json: [String: Data] = [:]
        let opening = Array("    {".utf8)
        // `{`, generator, `"reports": [`, a line per report, `]`, `}` and the empty rest after the last newline.
        if let (bytes, all) = lines("data/reports.json"), all.count == n + 6 {
            for (i, key) in previousDataKeys.enumerated() {
                var line = bytes[all[3 + i]]
                guard line.starts(with: opening) else { return ([:], [:]) }
                line = line.dropFirst(4)
                if i < n - 1 {
                    guard line.last == UInt8(ascii: ",") else { return ([:], [:]) }
                    line = line.dropLast()
                }
                json[key] = line
            }
        }
        var csv: [String: Data] = [:]
        // The header, a line per report, the empty rest; a field holding a line break would add a piece: nothing is taken.
        if let (bytes, all) = lines("data/reports.csv"), all.count == n + 2 {
            for (i, key) in previousDataKeys.enumerated() {
                let range = all[1 + i]
                guard range.upperBound > range.lowerBound, bytes[range.upperBound - 1] == 0x0D else { return (json, [:]) }
                csv[key] = bytes[range.lowerBound...range.upperBound]
            }
        }
        return (json, csv)
    }

    /// sitemap.xml, feed.xml and robots.txt; the first two need the public base URL.
    func writeFeeds(baseURL: String?) throws {
        try writer.write(Feeds.robots(baseURL: baseURL), to: "robots.txt")
        guard let baseURL else { return }
        let pages = writer.written.filter { $0.hasSuffix("index.html") }.sorted()
        for (path, xml) in Feeds.sitemaps(baseURL: baseURL, paths: pages) { try writer.write(xml, to: path) }
        try writer.write(Feeds.atom(baseURL: baseURL, title: info.title, entries: site.entries), to: "feed.xml")
    }

    /// The page a static host shows for a missing path; its links are absolute to the site root when known.
    func writeNotFound() throws {
        let html = theme.page(kind: "notfound", title: "页面未找到", root: info.rootForErrors, breadcrumbs: [],
                              context: ["description": "页面未找到"], site: info)
        try writer.write(html, to: "404.html")
    }
}
