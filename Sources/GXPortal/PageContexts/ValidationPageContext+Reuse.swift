extension ValidationPageContext {
    /// A row of the dashboard's text reuse table: a region's (or all regions') reports and how much of their own
    /// words repeat their previous reports.
    struct ReuseRow: TemplateContext {
        var name: String
        var reports, measured, flagged: Int
        /// The median share in percent, "—" when none was measured.
        var median: String
        var total: Bool

        static let fields = TemplateFields<Self>([
            .init("name", \.name), .init("reports", \.reports), .init("measured", \.measured), .init("flagged", \.flagged),
            .init("median", \.median), .init("total", \.total),
        ])

        /// The row of `entries`, named `name`.
        init(_ name: String, _ entries: [ReportEntry], site: SiteModel, total: Bool = false) {
            var percents: [Int] = []
            var flagged = 0
            for e in entries {
                guard let reuse = site.reuse(of: e) else { continue }
                if let percent = reuse.percent { percents.append(percent) }
                if reuse.reuse.reaches(site.config.reuse) { flagged += 1 }
            }
            percents.sort()
            self.name = name
            reports = entries.count
            measured = percents.count
            self.flagged = flagged
            median = percents.isEmpty ? "—" : "\(percents[(percents.count - 1) / 2])%"
            self.total = total
        }
    }

    /// The text reuse table of `matrix`'s reports: one row per region `shown`, the other regions together, and the total.
    static func reuseRows(_ matrix: ValidationMatrix, shown: [ValidationMatrix.Region], site: SiteModel) -> [ReuseRow] {
        var byRegion: [String: [ReportEntry]] = [:]
        for e in matrix.entries { byRegion[e.regionSlug ?? ValidationMatrix.unknown.slug, default: []].append(e) }
        var rows = shown.map { ReuseRow($0.name, byRegion[$0.slug] ?? [], site: site) }
        let named = Set(shown.map(\.slug))
        if shown.count < matrix.regions.count {
            rows.append(ReuseRow("其他地区", matrix.entries.filter { !named.contains($0.regionSlug ?? ValidationMatrix.unknown.slug) }, site: site))
        }
        rows.append(ReuseRow("合计", matrix.entries, site: site, total: true))
        return rows
    }
}
