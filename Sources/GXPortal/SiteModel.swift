import GXBuild
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
    /// The published entries by source.
    private var bySource: [String: ReportEntry] = [:]
    /// Each report's text reuse with its sources resolved, by source: made once, as every output of a report shows it.
    private var resolved: [String: ReportReuse] = [:]

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

    /// `earlier` holds the superseded versions of corrected reports, by the current report's source; `reuse` what text
    /// reuse found for each report, by source, resolved on up to `jobs` threads.
    init(entries input: [(Report, [Finding])], config: SiteConfig, earlier: [String: [(Report, [Finding])]] = [:],
         reuse: [String: TextReuse] = [:], jobs: Int = 1) {
        self.config = config
        // Reports grouped by agency once: slugs, order and regions then work a name at a time, not a report at a time
        // (hashing a Chinese name means normalising it first).
        var byAgency: [String: [Int]] = [:]
        byAgency.reserveCapacity(input.count)
        for i in input.indices { byAgency[input[i].0.agency, default: []].append(i) }
        let slugs = Slugs(agencies: SlugRegistry(names: byAgency.keys),
                          regions: SlugRegistry(names: Self.regionNames(input, byAgency: byAgency)))
        let (entries, runs) = Self.orderedEntries(input, byAgency: byAgency, slugs: slugs, earlier: earlier,
                                                  offersOriginal: config.originals != .none)
        self.entries = entries
        agencies = Self.agencyList(entries, runs: runs)
        regions = Self.regionList(entries, config: config)
        years = Array(Set(entries.map(\.report.year))).sorted()
        agencyRank = Dictionary(agencies.enumerated().map { ($1.name, $0) }) { first, _ in first }
        if !reuse.isEmpty {
            bySource = Dictionary(entries.map { ($0.report.source, $0) }) { first, _ in first }
            // Side by side: each report's links and digest are its own, and every published report has them.
            let found = Array(reuse), site = self
            let made = Parallel.map(found, jobs: jobs) { ReportReuse($0.value, site: site) }
            resolved = Dictionary(uniqueKeysWithValues: zip(found.lazy.map(\.key), made))
        }
    }

    /// The share in whole percent of entry `e`'s own words repeating its agency's previous report; nil when none was
    /// measured.
    func reusePercent(of e: ReportEntry) -> Int? {
        reuse(of: e)?.percent
    }

    /// The published entry of `source`.
    func entry(source: String) -> ReportEntry? { bySource[source] }

    /// The text reuse of entry `e` with its sources resolved; nil for a report nothing was compared for (a superseded
    /// version).
    func reuse(of e: ReportEntry) -> ReportReuse? {
        e.version == nil ? resolved[e.report.source] : nil
    }

    /// The slugs of every agency and region name.
    private struct Slugs {
        let agencies: SlugRegistry
        let regions: SlugRegistry

        /// The slug of a region; nil for a report whose region is unknown.
        func region(_ name: String) -> String? { name.isEmpty ? nil : regions.slug(for: name) }
    }

    /// Every region some report names.
    private static func regionNames(_ input: [(Report, [Finding])], byAgency: [String: [Int]]) -> Set<String> {
        var regionNames: Set<String> = []
        for indices in byAgency.values {
            var last: String?
            for i in indices where input[i].0.region != last {
                last = input[i].0.region
                if !input[i].0.region.isEmpty { regionNames.insert(input[i].0.region) }
            }
        }
        return regionNames
    }

    /// The entries in (agency slug, year, source) order, with the range of each agency's entries.
    private static func orderedEntries(
        _ input: [(Report, [Finding])], byAgency: [String: [Int]], slugs: Slugs,
        earlier: [String: [(Report, [Finding])]], offersOriginal: Bool
    ) -> (entries: [ReportEntry], runs: [Range<Int>]) {
        // Each name has its own slug, so agencies are never tied.
        let groups = byAgency.map { (slug: slugs.agencies.slug(for: $0.key), indices: $0.value) }.sorted { $0.slug < $1.slug }
        var entries: [ReportEntry] = []
        entries.reserveCapacity(input.count)
        var runs: [Range<Int>] = []
        runs.reserveCapacity(groups.count)
        for group in groups {
            let start = entries.count
            let indices = group.indices.count == 1 ? group.indices : group.indices.sorted {
                (input[$0].0.year, input[$0].0.source) < (input[$1].0.year, input[$1].0.source)
            }
            // An agency's reports nearly always name one region: its slug is looked up once.
            var region: (name: String, slug: String?)?
            for i in indices {
                let (report, findings) = input[i]
                if region?.name != report.region {
                    region = (report.region, slugs.region(report.region))
                }
                let slug = region!.slug
                let versions = (earlier[report.source] ?? []).enumerated().map { n, old in
                    entry(old.0, old.1, agencySlug: slugs.agencies.slug(for: old.0.agency),
                          regionSlug: slugs.region(old.0.region), version: n + 1, offersOriginal: offersOriginal)
                }
                entries.append(entry(report, findings, agencySlug: group.slug, regionSlug: slug, earlierVersions: versions,
                                     offersOriginal: offersOriginal))
            }
            runs.append(start..<entries.count)
        }
        return (entries, runs)
    }

    /// The entry of one report (or of an earlier `version` of it), its findings in page order.
    private static func entry(_ report: Report, _ findings: [Finding], agencySlug: String, regionSlug: String?, version: Int? = nil,
                              earlierVersions: [ReportEntry] = [], offersOriginal: Bool) -> ReportEntry {
        // Most reports have one finding or none: nothing to sort.
        ReportEntry(report: report, findings: findings.count > 1 ? findings.sorted(by: SiteBuilder.order) : findings,
                    agencySlug: agencySlug, regionSlug: regionSlug, version: version,
                    earlierVersions: earlierVersions, offersOriginal: offersOriginal)
    }

    /// The agencies in pinyin order, each with its run of entries.
    private static func agencyList(_ entries: [ReportEntry], runs: [Range<Int>]) -> [Agency] {
        // Each pinyin sort key once: the transliteration costs far more than a comparison.
        runs.map { run in
            let first = entries[run.lowerBound]
            let name = first.report.agency
            return (key: Slug.sortKey(for: name), Agency(name: name, slug: first.agencySlug, region: first.report.region,
                                                         regionSlug: first.regionSlug, entries: Array(entries[run])))
        }.sorted { ($0.key, $0.1.name) < ($1.key, $1.1.name) }.map(\.1)
    }

    /// The regions with their agencies and entries: the configured ones first in the configured order, the rest by pinyin.
    private static func regionList(_ entries: [ReportEntry], config: SiteConfig) -> [Region] {
        // Runs of one region (an agency's reports, mostly) are filed at once, in entry order.
        var byRegion: [String: [ReportEntry]] = [:]
        var runStart = 0
        for i in entries.indices where i == entries.count - 1 || entries[i + 1].report.region != entries[runStart].report.region {
            let region = entries[runStart].report.region
            if !region.isEmpty { byRegion[region, default: []] += entries[runStart...i] }
            runStart = i + 1
        }
        let rank = Dictionary(config.regionOrder.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        return byRegion.map { name, list in
            // An agency's entries are consecutive in the list: its name is kept once per run.
            var names: [String] = []
            for e in list where names.last != e.report.agency { names.append(e.report.agency) }
            return (key: Slug.sortKey(for: name), Region(name: name, display: config.regionNames[name] ?? name, slug: list[0].regionSlug!,
                                                         agencies: Array(Set(names)).sorted(), entries: list))
        }.sorted { (rank[$0.1.name] ?? Int.max, $0.key, $0.1.name) < (rank[$1.1.name] ?? Int.max, $1.key, $1.1.name) }.map(\.1)
    }

    /// Orders entries for a table: by agency pinyin, then year.
    func sortedForTable(_ list: [ReportEntry]) -> [ReportEntry] {
        // Each entry's rank looked up once, not at every comparison; equal keys keep their order.
        let keys = list.map { (agencyRank[$0.report.agency] ?? 0, $0.report.year) }
        return list.indices.sorted { (keys[$0].0, keys[$0].1, $0) < (keys[$1].0, keys[$1].1, $1) }.map { list[$0] }
    }
}
