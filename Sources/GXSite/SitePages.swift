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
    func writePage<Page: PageContext>(folder: String, title: String, breadcrumbs: [(String, String?)], context: Page,
                                      keyExtra: [String] = [], late: ((inout Page) -> Void)? = nil) throws {
        let root = Self.root(of: folder)
        let crumbs = breadcrumbs.map { ($0.0, $0.1.map { root + $0 }) }
        let path = folder + "index.html"
        let canonical = canonicalURL(folder: folder)
        let key = contextKey(path, title: title, root: root, crumbs: crumbs, canonical: canonical, context: context, extra: keyExtra)
        if previous[path]?.key == key, try reuse(path, recordedAs: key) { return }
        var context = context
        late?(&context)
        try write(path, title: title, root: root, crumbs: crumbs, canonical: canonical, key: key, context: context)
    }

    /// Renders a page whose context is made only when needed: `identity` stands for everything the context is made
    /// from (the unit keys of the reports it shows and the other values it uses), so an unchanged page is reused without
    /// making its context at all.
    ///
    /// The page's key is the identity's digest and the context's, joined by a space: when the identity changed but not
    /// the context (an edit to a report's prose changes its unit key, not the rows that list it), the page is still
    /// reused, at the cost of making the context but without rendering it.
    func writePage<Page: PageContext>(folder: String, title: String, breadcrumbs: [(String, String?)], identity: [String],
                                      context: () -> Page) throws {
        let root = Self.root(of: folder)
        let crumbs = breadcrumbs.map { ($0.0, $0.1.map { root + $0 }) }
        let path = folder + "index.html"
        let canonical = canonicalURL(folder: folder)
        let identityKey = BuildCache.digest([keySeed, path, Page.kind, title, root, canonical ?? "-", "identity"]
                                            + crumbs.flatMap { [$0.0, $0.1 ?? "-"] } + identity)
        // The published page's two parts: what it listed, and what it was rendered from.
        // Split as bytes: as characters, this took a noticeable part of an edit's rebuild.
        let old = previous[path]?.key.map { key in
            key.utf8.firstIndex(of: UInt8(ascii: " ")).map { [String(key[..<$0]), String(key[key.utf8.index(after: $0)...])] } ?? [key]
        } ?? []
        if old.count == 2, old[0] == identityKey, try reuse(path, recordedAs: identityKey + " " + old[1]) { return }
        let made = context()
        let rendered = contextKey(path, title: title, root: root, crumbs: crumbs, canonical: canonical, context: made, extra: [])
        // Only the identity differs: the published page is what this context renders to.
        if old.count == 2, old[1] == rendered, try reuse(path, recordedAs: identityKey + " " + rendered) { return }
        try write(path, title: title, root: root, crumbs: crumbs, canonical: canonical, key: identityKey + " " + rendered, context: made)
    }

    /// The key of a page rendered from `context`: its path, kind, title, breadcrumbs, canonical URL and every value of
    /// the context.
    private func contextKey<Page: PageContext>(_ path: String, title: String, root: String, crumbs: [(String, String?)],
                                               canonical: String?, context: Page, extra: [String]) -> String {
        var bytes: [UInt8] = []
        context.appendDigest(to: &bytes)
        ContextDigest.append(canonical.map { [$0] } ?? [], to: &bytes)
        ContextDigest.append(crumbs.map { [$0.0, $0.1 ?? ""] }, to: &bytes)
        return BuildCache.digest([keySeed, path, Page.kind, title, root, SHA256.hex(bytes)] + extra)
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
    private func write<Page: PageContext>(_ path: String, title: String, root: String, crumbs: [(String, String?)],
                                          canonical: String?, key: String, context: Page) throws {
        let html = theme.page(title: title, root: root, breadcrumbs: crumbs, context: context, canonical: canonical, site: info)
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
        let context = ReportPageContext(e, site: site, originals: info.originals, originalOffered: offered)
        try writePage(folder: e.page, title: Self.reportTitle(e), breadcrumbs: Self.reportBreadcrumbs(e),
                      // The Markdown and the data by their digests, taken as they were written, not hashed again.
                      context: context, keyExtra: [inputDigests[e.report.source] ?? "", markdownDigest.hex, jsonDigest.hex]) {
            $0.body = composer.marks.apply(to: markdownClock.measure { renderer.html(markdown) })
        }
    }

    func writeAgency(_ a: SiteModel.Agency) throws {
        let folder = "agencies/\(a.slug)/"
        let root = Self.root(of: folder)
        try writePage(folder: folder, title: a.name,
                      breadcrumbs: [("首页", "index.html"), ("机关", "agencies/index.html"), (a.name, nil)],
                      identity: [a.name, a.slug, a.region, a.regionSlug ?? "-"] + identity(of: a.entries)) {
            AgencyPageContext(agency: a, aliases: site.config.aliases, root: root)
        }
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
            try writePage(folder: folder, title: "\(year)年度" + Self.pageNote(pager, n),
                          breadcrumbs: [("首页", "index.html"), ("\(year)年度", nil)],
                          identity: [String(year), String(n), String(pageSize), keys]) {
                if sorted == nil { sorted = site.sortedForTable(unsorted) }
                return YearPageContext(year: year, list: sorted!, pager: pager, page: n, root: root)
            }
        }
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
            try writePage(folder: folder, title: r.name + Self.pageNote(pager, n),
                          breadcrumbs: [("首页", "index.html"), ("地区", "regions/index.html"), (r.display, nil)],
                          identity: [r.name, r.display, r.slug, String(n), String(pageSize)] + r.agencies + ["reports", keys]) {
                if sorted == nil { sorted = site.sortedForTable(r.entries) }
                return RegionPageContext(region: r, list: sorted!, pager: pager, page: n, root: root)
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
            try writePage(folder: folder, title: "全部机关" + Self.pageNote(pager, n),
                          breadcrumbs: [("首页", "index.html"), ("机关", nil)], identity: [String(n), String(pageSize), keys]) {
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
