import GXBuild
import GXReport

/// The validation dashboard (`validation/`) and the rule pages (`validation/rules/`).
extension SitePages {
    static func severityName(_ s: Finding.Severity) -> String { s == .error ? "错误" : "警告" }

    /// Link to the finding's cell when it has one, else to the report page.
    func findingLink(_ f: Finding, _ e: ReportEntry, root: String) -> String {
        let page = root + e.page + "index.html"
        // The cell's anchor: CellMarks anchors every cell a finding of the report sits on, this one included.
        return CellKey.key(at: f.location, in: e.report).map { page + "#" + $0 } ?? page
    }

    func writeValidation() throws {
        let folder = "validation/"
        let root = Self.root(of: folder)
        var perRule: [String: [(Finding, ReportEntry)]] = [:]
        for e in site.entries { for f in e.findings { perRule[f.rule, default: []].append((f, e)) } }
        let known = Rule.all.map(\.id)
        let extra = perRule.keys.filter { !known.contains($0) }.sorted()
        let ruleIDs = known + extra
        func title(_ id: String) -> String { Rule.named(id)?.title ?? id }
        let rules: [[String: Any]] = ruleIDs.compactMap { id in
            let list = perRule[id] ?? []
            return ["id": id, "title": title(id), "href": "rules/index.html#\(id)",
                    "severity": Rule.named(id).map { Self.severityName($0.severity) } ?? "—",
                    "count": list.count, "reports": Set(list.map(\.1.id)).count, "accepted": list.count { $0.0.isAccepted }]
        }
        let groups: [[String: Any]] = ruleIDs.compactMap { id in
            guard let list = perRule[id], !list.isEmpty else { return nil }
            // A long list shows its first page's worth; data/findings.csv holds every finding.
            var group: [String: Any] = ["id": id, "title": title(id), "count": list.count, "findings": list.prefix(pageSize).map { f, e in
                Self.withAcceptance(f, ["agency": e.report.agency, "year": e.report.year, "file": f.file, "line": f.line, "column": f.column,
                                        "message": f.message, "href": findingLink(f, e, root: root)])
            }]
            if list.count > pageSize { group["more"] = list.count - pageSize }
            return group
        }
        let withFindings = site.agencies.filter { a in a.entries.contains { !$0.findings.isEmpty } }
        let agencies: [[String: Any]] = withFindings.prefix(pageSize).compactMap { a in
            let items = a.entries.flatMap { e in e.findings.map { (f: $0, e: e) } }
            guard !items.isEmpty else { return nil }
            return ["name": a.name, "findings": items.map { item in
                Self.withAcceptance(item.f, ["year": item.e.report.year, "severity": Self.severityName(item.f.severity), "rule": item.f.rule,
                                             "message": item.f.message, "href": findingLink(item.f, item.e, root: root)])
            }]
        }
        let regions: [[String: Any]] = site.regions.map { r in
            (["name": r.display, "reports": r.entries.count, "findings": r.entries.reduce(0) { $0 + $1.findings.count }] as [String: Any])
                .merging(Self.statusCounts(r.entries)) { a, _ in a }
        }
        let occurring = ruleIDs.filter { perRule[$0] != nil }
        var context: [String: Any] = [
            "report_count": site.entries.count, "status": Self.statusCounts(site.entries),
            "rules": rules, "groups": groups, "agencies": agencies, "regions": regions,
            "region_rules": occurring.map { ["id": $0, "title": title($0)] },
            "region_matrix": regionRuleMatrix(rules: occurring),
            "description": "各机关政府信息公开工作年度报告的校验结果",
        ]
        if withFindings.count > pageSize { context["agencies_more"] = withFindings.count - pageSize }
        try writePage(folder: folder, kind: "validation", title: "校验结果",
                      breadcrumbs: [("首页", "index.html"), ("校验结果", nil)], context: context)

        let ruleContext: [String: Any] = [
            "rules": Rule.all.map { ["id": $0.id, "title": $0.title, "severity": Self.severityName($0.severity), "explanation": $0.explanation] },
            "description": "校验规则说明",
        ]
        try writePage(folder: "validation/rules/", kind: "rules", title: "校验规则",
                      breadcrumbs: [("首页", "index.html"), ("校验结果", "validation/index.html"), ("校验规则", nil)], context: ruleContext)
    }

    /// A finding's row of a list, marked 已说明 with the reason when the office accepted it.
    static func withAcceptance(_ f: Finding, _ item: [String: Any]) -> [String: Any] {
        guard let reason = f.acceptance else { return item }
        return item.merging(["accepted": reason]) { a, _ in a }
    }

    /// Per region: reports, pass/warn/fail, accepted findings and the findings of each rule in `rules`.
    func regionRuleMatrix(rules: [String]) -> [[String: Any]] {
        site.regions.map { r in
            var counts: [String: Int] = [:]
            for e in r.entries { for f in e.findings { counts[f.rule, default: 0] += 1 } }
            return (["name": r.display, "reports": r.entries.count,
                     "accepted": r.entries.reduce(0) { $0 + $1.acceptedCount },
                     "counts": rules.map { counts[$0] ?? 0 }] as [String: Any])
                .merging(Self.statusCounts(r.entries)) { a, _ in a }
        }
    }
}
