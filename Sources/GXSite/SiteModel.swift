import GXReport

/// The published reports with their slugs, grouped the ways the index pages need.
struct SiteModel {
    var entries: [ReportEntry]
    var agencies: [Agency]
    var regions: [Region]
    var years: [Int]
    /// The config the model was built with (aliases, roster, originals), for the office's pages.
    var config = SiteConfig()
    /// Each agency's position in `agencies` (pinyin order), by name.
    private var agencyRank: [String: Int] = [:]

    /// An agency and its reports, newest year last.
    struct Agency {
        var name: String
        var slug: String
        var region: String
        var regionSlug: String?
        var entries: [ReportEntry]
    }

    /// A region and its agencies.
    struct Region {
        var name: String
        /// The name shown on pages (configurable, e.g. 镇海区 for 宁波市镇海区).
        var display: String
        var slug: String
        var agencies: [String]
        var entries: [ReportEntry]
    }

    /// `earlier` holds the superseded versions of corrected reports, by the current report's source.
    init(entries input: [(Report, [Finding])], config: SiteConfig, earlier: [String: [(Report, [Finding])]] = [:]) {
        self.config = config
        let agencySlugs = SlugRegistry(names: Set(input.map(\.0.agency)))
        let regionSlugs = SlugRegistry(names: Set(input.map(\.0.region).filter { !$0.isEmpty }))
        func entry(_ report: Report, _ findings: [Finding], version: Int? = nil, earlierVersions: [ReportEntry] = []) -> ReportEntry {
            // Most reports have one finding or none: nothing to sort.
            ReportEntry(report: report, findings: findings.count > 1 ? findings.sorted(by: SiteBuilder.order) : findings,
                        agencySlug: agencySlugs.slug(for: report.agency),
                        regionSlug: report.region.isEmpty ? nil : regionSlugs.slug(for: report.region), version: version,
                        earlierVersions: earlierVersions, offersOriginal: config.originals != .none)
        }
        var entries: [ReportEntry] = input.map { report, findings in
            entry(report, findings,
                  earlierVersions: (earlier[report.source] ?? []).enumerated().map { n, old in entry(old.0, old.1, version: n + 1) })
        }
        entries.sort { ($0.agencySlug, $0.report.year, $0.report.source) < ($1.agencySlug, $1.report.year, $1.report.source) }
        self.entries = entries

        // Entries are sorted by agency slug, one slug a name: each agency's reports are one run of them.
        var runs: [Range<Int>] = []
        var runStart = 0
        for i in entries.indices.dropFirst() where entries[i].agencySlug != entries[i - 1].agencySlug {
            runs.append(runStart..<i)
            runStart = i
        }
        if !entries.isEmpty { runs.append(runStart..<entries.count) }
        // Each pinyin sort key once: the transliteration costs far more than a comparison.
        agencies = runs.map { run in
            let first = entries[run.lowerBound]
            let name = first.report.agency
            return (key: Slug.sortKey(for: name), Agency(name: name, slug: first.agencySlug, region: first.report.region,
                                                         regionSlug: first.regionSlug, entries: Array(entries[run])))
        }.sorted { ($0.key, $0.1.name) < ($1.key, $1.1.name) }.map(\.1)

        var byRegion: [String: [ReportEntry]] = [:]
        for e in entries where !e.report.region.isEmpty { byRegion[e.report.region, default: []].append(e) }
        // Configured regions come first in the configured order, the rest by pinyin.
        let rank = Dictionary(config.regionOrder.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        regions = byRegion.map { name, list in
            (key: Slug.sortKey(for: name), Region(name: name, display: config.regionNames[name] ?? name, slug: list[0].regionSlug!,
                                                  agencies: Array(Set(list.map(\.report.agency))).sorted(), entries: list))
        }.sorted { (rank[$0.1.name] ?? Int.max, $0.key, $0.1.name) < (rank[$1.1.name] ?? Int.max, $1.key, $1.1.name) }.map(\.1)
        years = Array(Set(entries.map(\.report.year))).sorted()
        agencyRank = Dictionary(agencies.enumerated().map { ($1.name, $0) }) { first, _ in first }
    }

    /// Orders entries for a table: by agency pinyin, then year.
    func sortedForTable(_ list: [ReportEntry]) -> [ReportEntry] {
        // Each entry's rank looked up once, not at every comparison; equal keys keep their order.
        let keys = list.map { (agencyRank[$0.report.agency] ?? 0, $0.report.year) }
        return list.indices.sorted { (keys[$0].0, keys[$0].1, $0) < (keys[$1].0, keys[$1].1, $1) }.map { list[$0] }
    }
}
