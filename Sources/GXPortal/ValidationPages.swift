import GXBuild

/// The validation dashboard (`validation/`, and `validation/<year>/` for each year), the finding lists behind its
/// counts, its matrix as CSV, and the rule pages (`validation/rules/`).
extension SitePages {
    func writeValidation() throws {
        try writeDashboard(year: nil)
        for year in site.years { try writeDashboard(year: year) }
        try writePage(folder: "validation/rules/", title: "校验规则",
                      breadcrumbs: [("首页", "index.html"), ("校验结果", "validation/index.html"), ("校验规则", nil)],
                      context: RulesPageContext())
    }

    /// The dashboard of `year` (every year when nil), its finding lists and its `matrix.csv`.
    private func writeDashboard(year: Int?) throws {
        let matrix = ValidationMatrix(site: site, year: year)
        let prefix = year.map { "validation/\($0)/" } ?? "validation/"
        let scope = year.map { "\($0)年度" } ?? "全部年度"
        var crumbs: [(String, String?)] = [("首页", "index.html"), ("校验结果", year == nil ? nil : "validation/index.html")]
        if year != nil { crumbs.append((scope, nil)) }
        // Declared by the reports it counts (their units hold their findings, names and regions) and the names it shows
        // besides, so an unchanged dashboard is taken without being modelled.
        let shown = matrix.leadingRegions(ValidationPageContext.shownRegions)
        var counted = units(of: matrix.entries)
        counted.append(Dependencies(site.years.map(String.init) + matrix.regions.flatMap { [$0.slug, $0.name] }))
        try writePage(folder: prefix, title: year == nil ? "校验结果" : "校验结果（\(scope)）", breadcrumbs: crumbs, shown: counted) {
            ValidationPageContext(site: site, matrix: matrix, shown: shown, prefix: prefix, root: Self.root(of: prefix))
        }
        // Keyed by its bytes, so an unchanged matrix is taken from the published site like any page.
        let csv = matrix.csv()
        try producer.produce([prefix + "matrix.csv"], key: producer.key(of: Dependencies([prefix + "matrix.csv", csv]))) { sink in
            _ = try sink.write(csv, to: prefix + "matrix.csv")
        }
        crumbs[crumbs.count - 1].1 = prefix + "index.html"
        for rule in matrix.rules {
            let lists = prefix + "findings/\(rule)/"
            // The lists the dashboard links to, and no others: all regions, each region it names, the others together.
            var parts: [(folder: String, heading: String, findings: [ValidationMatrix.Item])] = [(lists, "全部地区", matrix.findings(rule: rule))]
            parts += shown.map { (lists + $0.slug + "/", $0.name, matrix.findings(rule: rule, region: $0.slug)) }
            if shown.count < matrix.regions.count {
                parts.append((lists + ValidationMatrix.otherFolder, "其他地区", matrix.findings(rule: rule, outside: shown)))
            }
            for part in parts where !part.findings.isEmpty {
                try writeFindingList(rule: rule, heading: part.heading + " · " + scope, findings: part.findings, folder: part.folder,
                                     dashboard: prefix + "index.html", crumbs: crumbs)
            }
        }
    }

    /// The pages of one list of findings under `folder`, paginated like every long list.
    private func writeFindingList(rule: String, heading: String, findings: [ValidationMatrix.Item], folder: String,
                                  dashboard: String, crumbs: [(String, String?)]) throws {
        let pager = Pager(folder: folder, count: findings.count, perPage: pageSize)
        let title = ValidationPageContext.title(rule) + "：" + heading
        // Declared by the reports whose findings it lists, so an edit remakes only the lists that hold that report.
        let reports = producer.key(of: units(of: findings.map(\.entry)))
        for n in 1...pager.pages {
            let page = pager.folder(of: n)
            var shown = Dependencies([rule, heading, dashboard, String(n), String(pageSize)])
            shown.output(reports)
            try writePage(folder: page, title: title + Self.pageNote(pager, n), breadcrumbs: crumbs + [(title, nil)], shown: shown) {
                FindingListPageContext(rule: rule, heading: heading, findings: findings, pager: pager, page: n, dashboard: dashboard,
                                       root: Self.root(of: page))
            }
        }
    }
}
