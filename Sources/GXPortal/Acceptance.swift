import GXReport

/// A finding the disclosure office has accepted, with its reason (`[[accept]]` in the config): shown
/// as 已说明, no longer counted toward the report's status.
public struct Acceptance: Sendable, Equatable {
    /// The rule id of the accepted finding.
    public var rule: String
    /// The agency (full name; an alias is mapped).
    public var agency: String
    /// The report's year.
    public var year: Int
    /// The cell, when only one cell's finding is accepted: a `CellKey` (`t3-new-total`) or `line:column`.
    public var cell: String?
    /// Why the finding is accepted, shown with it.
    public var reason: String
    /// The config line of the entry, for the stale-acceptance message.
    public var line: Int?

    /// Whether this acceptance covers finding `f` of `report`, whose cells have `keys`.
    func covers(_ f: Finding, of report: Report, keys: [SourceLocation: String]) -> Bool {
        guard f.rule == rule, report.agency == agency, report.year == year else { return false }
        guard let cell else { return true }
        return keys[f.location] == cell || "\(f.line):\(f.column)" == cell
    }

    /// Marks the findings the acceptances cover, and adds a `stale-acceptance` finding for each
    /// acceptance that covers nothing: on the agency's report for the year when there is one, else
    /// in the returned list (against the config file `configName`).
    static func apply(_ acceptances: [Acceptance], to reports: inout [(Report, [Finding])], configName: String) -> [Finding] {
        guard !acceptances.isEmpty else { return [] }
        var used = Array(repeating: false, count: acceptances.count)
        var indexOf: [String: Int] = [:]
        for (i, (report, _)) in reports.enumerated() { indexOf["\(report.year)\u{0}\(report.agency)"] = i }
        for i in reports.indices {
            let report = reports[i].0
            let candidates = acceptances.indices.filter { acceptances[$0].agency == report.agency && acceptances[$0].year == report.year }
            guard !candidates.isEmpty else { continue }
            let keys = CellKey.keys(of: report)
            for j in reports[i].1.indices {
                let f = reports[i].1[j]
                guard f.rule != Rule.staleAcceptance.id,
                      let a = candidates.first(where: { acceptances[$0].covers(f, of: report, keys: keys) }) else { continue }
                used[a] = true
                reports[i].1[j].acceptance = acceptances[a].reason
            }
        }
        var loose: [Finding] = []
        for (a, acceptance) in acceptances.enumerated() where !used[a] {
            let message = SiteMessages.staleAcceptance(acceptance, configName: configName)
            if let i = indexOf["\(acceptance.year)\u{0}\(acceptance.agency)"] {
                let report = reports[i].0
                reports[i].1.append(Finding(rule: Rule.staleAcceptance.id, severity: Rule.staleAcceptance.severity,
                                            file: report.source, location: report.titleLocation, message: message,
                                            where: SiteMessages.whereConfig))
                reports[i].1.sort(by: SiteBuilder.order)
            } else {
                loose.append(Finding(rule: Rule.staleAcceptance.id, severity: Rule.staleAcceptance.severity,
                                     file: configName, location: SourceLocation(line: acceptance.line ?? 1, column: 1),
                                     message: message, where: SiteMessages.whereConfig))
            }
        }
        return loose
    }
}
