import Foundation
import GXBuild
import GXMarkdown
import GXReport

/// Renders and writes every page and data file of the site.
struct SitePages {
    let site: SiteModel
    let theme: Theme
    /// Makes each output unless the published site holds it made from what it declares.
    let producer: PageProducer
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
    /// Rows an index page holds at most.
    var pageSize = Pager.size
    /// Narratives kept from parsing; nil reads every report's input again for its page.
    var narratives: NarrativeStore?
    /// Reads legacy inputs again for their narratives, from the converted files the build keeps where it can.
    var legacy: LegacyBatch?
    /// The published site's open data files and their lines, which the data files take from where reports are unchanged.
    var publishedData = LineFiles.Published()
    /// Each published report's unit key by its source, derived once: index pages depend on their reports' units.
    private(set) var unitKeys: [String: DerivedKey] = [:]
    /// Every published report's unit key in site order, the order of `data/reports.json` and `data/reports.csv`.
    private(set) var dataKeys: [String] = []

    init(site: SiteModel, theme: Theme, producer: PageProducer, info: SiteInfo, content: URL, jobs: Int,
         progress: (@Sendable (BuildProgress) -> Void)? = nil) throws {
        self.jobs = jobs
        self.progress = progress
        self.content = content
        self.site = site
        self.theme = theme
        self.producer = producer
        self.info = info
    }

    /// Where every file is written.
    var writer: OutputWriter { producer.writer }

    /// Pages and report units taken from the published site rather than made.
    var reused: Tally { producer.reused }

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

    mutating func writeAll() throws {
        let keys = Parallel.map(site.entries, jobs: jobs) { unitKey($0) }
        unitKeys = Dictionary(zip(site.entries.map(\.report.source), keys)) { first, _ in first }
        dataKeys = keys.map(\.text)
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
                try producer.produce(Self.unitFiles(entry), key: madeUnitKey(entry)) { sink in
                    try writeReport(entry, sink: sink)
                    try sink.write(Badge(entry: entry).svg, to: Self.badgePath(entry))
                }
                counter.tick()
            }
        }
        tasks += site.agencies.map { agency in { try writeAgency(agency) } }
        tasks += site.regions.map { region in { try writeRegion(region) } }
        for (path, asset) in theme.assets {
            tasks.append { try writer.write(try asset.bytes(), to: "assets/" + path) }
        }
        try Parallel.forEach(tasks, jobs: jobs) { try $0() }
    }

    /// Where a page sits and how it is framed (path, template, title, root, canonical URL, breadcrumbs), declared as what
    /// every page depends on.
    private func frame<Page: PageContext>(_ page: Page.Type, folder: String, title: String, breadcrumbs: [(String, String?)])
        -> (path: String, root: String, crumbs: [(String, String?)], canonical: String?, dependencies: Dependencies) {
        let root = Self.root(of: folder)
        let crumbs = breadcrumbs.map { ($0.0, $0.1.map { root + $0 }) }
        let path = folder + "index.html"
        let canonical = canonicalURL(folder: folder)
        var dependencies = Dependencies([path, Page.kind, title, root, canonical ?? "\u{0}", String(crumbs.count)])
        dependencies.values(crumbs.flatMap { [$0.0, $0.1 ?? "\u{0}"] })
        return (path, root, crumbs, canonical, dependencies)
    }

    /// Renders a page unless the published site holds it made from the same context.
    ///
    /// `extra` declares what `late` will add to the context (a report's Markdown for its rendered body), so costly parts
    /// are made only when the page must be rendered.
    func writePage<Page: PageContext>(folder: String, title: String, breadcrumbs: [(String, String?)], context: Page,
                                      extra: Dependencies = Dependencies(), late: ((inout Page) -> Void)? = nil) throws {
        let frame = frame(Page.self, folder: folder, title: title, breadcrumbs: breadcrumbs)
        var dependencies = frame.dependencies
        dependencies.context(context)
        dependencies.append(extra)
        try producer.produce([frame.path], key: producer.key(of: dependencies)) { sink in
            var context = context
            late?(&context)
            let html = theme.page(title: title, root: frame.root, breadcrumbs: frame.crumbs, context: context,
                                  canonical: frame.canonical, site: info)
            try sink.write(html, to: frame.path)
        }
    }

    /// Renders a page whose context is made only when needed: `shown` declares everything the context is made from (the
    /// units of the reports it shows and the other values it uses), so an unchanged page is taken without making its
    /// context at all, and one whose context came out the same without rendering it (see `PageProducer.page`).
    func writePage<Page: PageContext>(folder: String, title: String, breadcrumbs: [(String, String?)], shown: Dependencies,
                                      context: () -> Page) throws {
        let frame = frame(Page.self, folder: folder, title: title, breadcrumbs: breadcrumbs)
        try producer.page(frame.path, frame: frame.dependencies, shown: shown, context: context) { made in
            theme.page(title: title, root: frame.root, breadcrumbs: frame.crumbs, context: made, canonical: frame.canonical, site: info)
        }
    }

    /// The unit key of `e`, derived once for every published report by `writeAll`.
    func madeUnitKey(_ e: ReportEntry) -> DerivedKey {
        unitKeys[e.report.source] ?? unitKey(e)
    }

    /// The reports `entries` as what a page shows: their units, in order.
    func units(of entries: some Sequence<ReportEntry>) -> Dependencies {
        var shown = Dependencies()
        shown.outputs(entries.map(madeUnitKey))
        return shown
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

    /// What a report's files are made from: its input (bytes, sidecars, parser), its findings, its slugs and version,
    /// whether its original is offered, its earlier versions' units and its text reuse (which other reports change).
    /// Every stored property of the entry but the parsed report, which the input stands for (tests check that
    /// `ReportEntry` has no others).
    func unitDependencies(_ e: ReportEntry) -> Dependencies {
        var made = Dependencies(["unit"])
        made.input(e.report.source)
        made.findings(e.findings)
        made.values([e.agencySlug, e.regionSlug ?? "\u{0}", e.version.map(String.init) ?? "\u{0}", e.offersOriginal ? "1" : "0",
                     String(e.earlierVersions.count)])
        made.outputs(e.earlierVersions.map(unitKey))
        if let reuse = site.reuse(of: e) { made.value(reuse.digest) }
        return made
    }

    /// The key the engine derives for a report's files.
    func unitKey(_ e: ReportEntry) -> DerivedKey {
        producer.key(of: unitDependencies(e))
    }

    /// Writes a report's page and files through `sink` (the unit's, or an unkeyed one for a superseded version, whose
    /// page also shows the current report's date).
    func writeReport(_ e: ReportEntry, sink: OutputSink) throws {
        let composer = ReportMarkdown(entry: e, narrative: narrative(of: e))
        let markdown = composer.compose()
        let markdownDigest = try sink.write(markdown, to: e.page + "report.md")
        let reuse = site.reuse(of: e)
        let json = ReportJSON.object(for: e, reuse: reuse).serialized()
        let jsonDigest = try sink.write(json, to: e.page + "report.json")
        // The original is offered under a fixed name so no input name reaches a path.
        let offered = try writeOriginal(e, sink: sink)
        let context = ReportPageContext(e, site: site, originals: info.originals, originalOffered: offered)
        // The body is rendered from the input and the Markdown: declared by the input and the Markdown's and the data's
        // digests, taken as they were written, not hashed again.
        var body = Dependencies([markdownDigest.hex, jsonDigest.hex])
        body.input(e.report.source)
        // The reuse note and the marks of reused text (whose common wording the data does not show), made from the
        // reuse, the page's root and the settings, which the key declares.
        if let reuse { body.value(reuse.digest) }
        try writePage(folder: e.page, title: Self.reportTitle(e), breadcrumbs: Self.reportBreadcrumbs(e), context: context, extra: body) {
            let tables = ReportTableHTML(marks: composer.marks)
            let html = markdownClock.measure { renderer.html(markdown, tables: tables.render) }
            let root = $0.root
            $0.body = reuse.map { ReuseHighlighter(reuse: $0, root: root).mark(html) } ?? html
            $0.reuse = reuse.map { ReportReusePanel($0, root: root, settings: site.config.reuse).html }
        }
    }

    func writeAgency(_ a: SiteModel.Agency) throws {
        let folder = "agencies/\(a.slug)/"
        let root = Self.root(of: folder)
        try writePage(folder: folder, title: a.name,
                      breadcrumbs: [("首页", "index.html"), ("机关", "agencies/index.html"), (a.name, nil)],
                      shown: agencyShown(a)) {
            AgencyPageContext(agency: a, aliases: site.config.aliases, root: root)
        }
    }

    /// What an agency's page shows: the agency and its reports' units.
    private func agencyShown(_ a: SiteModel.Agency) -> Dependencies {
        var shown = Dependencies([a.name, a.slug, a.region, a.regionSlug ?? "\u{0}"])
        shown.append(units(of: a.entries))
        return shown
    }

    func writeYear(_ year: Int) throws {
        let unsorted = site.entries.filter { $0.report.year == year }
        // The page shows what its reports are made from, in an order they determine: sorted only when a page is made.
        // Their units are keyed once for all the year's pages, not hashed again for each of them (quadratic at scale).
        let reports = producer.key(of: units(of: unsorted))
        var sorted: [ReportEntry]?
        let pager = Pager(folder: "years/\(year)/", count: unsorted.count, perPage: pageSize)
        for n in 1...pager.pages {
            let folder = pager.folder(of: n)
            let root = Self.root(of: folder)
            try writePage(folder: folder, title: "\(year)年度" + Self.pageNote(pager, n),
                          breadcrumbs: [("首页", "index.html"), ("\(year)年度", nil)],
                          shown: shown([String(year), String(n), String(pageSize)], reports)) {
                if sorted == nil { sorted = site.sortedForTable(unsorted) }
                return YearPageContext(year: year, list: sorted!, pager: pager, page: n, root: root, site: site)
            }
        }
    }

    /// `values` and the reports a page of a list shows, keyed once for all its pages.
    private func shown(_ values: [String], _ reports: DerivedKey) -> Dependencies {
        var shown = Dependencies(values)
        shown.output(reports)
        return shown
    }

    /// `（第2页）` after a title or caption on the second and later pages of a list.
    static func pageNote(_ pager: Pager, _ n: Int) -> String { n == 1 ? "" : "（第\(n)页）" }

    func writeRegion(_ r: SiteModel.Region) throws {
        let reports = producer.key(of: units(of: r.entries))
        var sorted: [ReportEntry]?
        let pager = Pager(folder: "regions/\(r.slug)/", count: r.entries.count, perPage: pageSize)
        for n in 1...pager.pages {
            let folder = pager.folder(of: n)
            let root = Self.root(of: folder)
            try writePage(folder: folder, title: r.name + Self.pageNote(pager, n),
                          breadcrumbs: [("首页", "index.html"), ("地区", "regions/index.html"), (r.display, nil)],
                          shown: shown([r.name, r.display, r.slug, String(n), String(pageSize)] + r.agencies, reports)) {
                if sorted == nil { sorted = site.sortedForTable(r.entries) }
                return RegionPageContext(region: r, list: sorted!, pager: pager, page: n, root: root, site: site)
            }
        }
    }

    func writeAgencies() throws {
        let pager = Pager(folder: "agencies/", count: site.agencies.count, perPage: pageSize)
        // What the pages list: every agency's name, region, slugs and report pages, which an edit to a report's text
        // leaves as they were; keyed once for all the pages, so an unchanged page is taken without its context.
        var listed = [String(site.agencies.count)]
        listed.reserveCapacity(site.agencies.count * 6 + site.entries.count + 1)
        for a in site.agencies {
            listed += [a.name, a.slug, a.region, a.regionSlug ?? "-", String(a.entries.count)]
            listed += a.entries.map(\.page)
        }
        let agencies = producer.key(of: Dependencies(listed))
        for n in 1...pager.pages {
            let folder = pager.folder(of: n)
            let root = Self.root(of: folder)
            try writePage(folder: folder, title: "全部机关" + Self.pageNote(pager, n),
                          breadcrumbs: [("首页", "index.html"), ("机关", nil)], shown: shown([String(n), String(pageSize)], agencies)) {
                AgenciesPageContext(site: site, pager: pager, page: n, root: root)
            }
        }
    }

    func writeRegions() throws {
        try writePage(folder: "regions/", title: "全部地区", breadcrumbs: [("首页", "index.html"), ("地区", nil)],
                      context: RegionsPageContext(site: site, root: "../"))
    }

    func writeHome() throws {
        try writePage(folder: "", title: "首页", breadcrumbs: [], context: HomePageContext(site: site, badge: portalBadge, pageSize: pageSize))
    }

    /// The portal's badge: the share of reports without errors, coloured by the worst status.
    var portalBadge: Badge {
        let counts = StatusCounts(site.entries)
        let status: ReportEntry.Status = counts.fail > 0 ? .fail : counts.warn > 0 ? .warn : .pass
        return Badge(label: "校验", value: "\(site.entries.count - counts.fail)/\(site.entries.count) 无错误", status: status)
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
        let html = theme.page(title: "页面未找到", root: info.rootForErrors, breadcrumbs: [], context: NotFoundPageContext(),
                              canonical: nil, site: info)
        try writer.write(html, to: "404.html")
    }
}
