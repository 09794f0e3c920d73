/// Checks rules that compare reports with each other: `duplicate-report` and `carry-over`, and tells a
/// corrected republication (a later version) from a duplicate.
///
/// Reports are addressed by their index in the input array, so callers keep their own order
/// and can attach the findings to whatever they built from each report.
public struct CrossReportValidator: Sendable {
    /// What the cross-report rules decided.
    public struct Outcome: Sendable, Hashable {
        /// Indices of the reports to publish, ascending: every report except the dropped copies.
        public var kept: [Int]
        /// Each dropped copy's index, mapped to the index of the copy published instead.
        public var dropped: [Int: Int]
        /// Findings by report index (kept reports only), sorted by line, column and rule id.
        public var findings: [Int: [Finding]]
        /// Corrected reports: the published copy's index → one index per earlier version, oldest first.
        /// Earlier versions are neither kept nor dropped: they stay reachable as superseded versions.
        public var earlierVersions: [Int: [Int]] = [:]
    }

    /// Splits each agency-year into versions, runs duplicate detection on the current version, then
    /// carry-over between the kept reports of consecutive years.
    public static func validate(_ reports: [Report]) -> Outcome {
        var findings: [Int: [Finding]] = [:]
        var dropped: [Int: Int] = [:]
        // An agency is identified by its full name (aliases map to it; docs/configuration.md). Grouped by agency, then by year within it: a Chinese
        // name is hashed (normalised first) once a report, where keys of agency and year hashed it at every step.
        var byAgency: [String: [Int]] = [:]
        byAgency.reserveCapacity(reports.count)
        // Indices, not elements: the groups stay arrays of integers, and findings are filed by index.
        for index in reports.indices {
            byAgency[reports[index].agency, default: []].append(index)
        }
        var earlierVersions: [Int: [Int]] = [:]
        var superseded: Set<Int> = []
        for indices in byAgency.values {
            var byYear: [Int: [Int]] = [:]
            for index in indices { byYear[reports[index].year, default: []].append(index) }
            var keptByYear: [Int: Int] = [:]
            for (year, indices) in byYear {
                let versions = versions(of: indices, in: reports)
                let ordered = versions.last!.sorted { preference(reports[$0], $0) < preference(reports[$1], $1) }
                let keep = ordered[0]
                keptByYear[year] = keep
                // Copies of an earlier version are not reported: only the current version is the agency's report.
                for version in versions.dropLast() {
                    let copies = version.sorted { preference(reports[$0], $0) < preference(reports[$1], $1) }
                    earlierVersions[keep, default: []].append(copies[0])
                    superseded.insert(copies[0])
                    for other in copies.dropFirst() { dropped[other] = copies[0] }
                }
                guard ordered.count > 1 else { continue }
                let others = ordered.dropFirst()
                for other in others { dropped[other] = keep }
                findings[keep, default: []].append(Rule.duplicateReport.finding(
                    file: reports[keep].source, at: SourceLocation(line: 1, column: 1),
                    Messages.duplicateReport(others: others.map { reports[$0].source }),
                    where: Messages.whereWholeFile))
            }
            for (year, index) in keptByYear {
                guard let previous = keptByYear[year - 1] else { continue }
                let carryOver = carryOverFindings(reports[index], lastYear: reports[previous])
                if !carryOver.isEmpty { findings[index, default: []] += carryOver }
            }
        }
        for key in findings.keys { findings[key]?.sort(by: ReportValidator.order) }
        let kept = reports.indices.filter { dropped[$0] == nil && !superseded.contains($0) }
        return Outcome(kept: kept, dropped: dropped, findings: findings, earlierVersions: earlierVersions)
    }

    /// The versions among one agency's inputs for one year, oldest first; each version lists its copies.
    ///
    /// A file marked as a correction (sidecar `correction = true` or `replaces`) is later than every
    /// unmarked one. Among files of the same marking, files that state different publication dates are
    /// different versions, in date order; a file without a date is a copy of the earliest version, so a
    /// DOCX and its web page (which alone shows the date) stay one report.
    static func versions(of indices: [Int], in reports: [Report]) -> [[Int]] {
        // The common case, one file for an agency's year: one version of one copy.
        if indices.count == 1 { return [indices] }
        var result: [[Int]] = []
        for marked in [false, true] {
            let list = indices.filter { reports[$0].isCorrection == marked }
            guard !list.isEmpty else { continue }
            var byDate: [String: [Int]] = [:]
            for index in list { if let date = reports[index].published { byDate[date, default: []].append(index) } }
            var groups = byDate.keys.sorted().map { byDate[$0]! }
            let undated = list.filter { reports[$0].published == nil }
            if groups.isEmpty { groups = [undated] } else { groups[0] += undated }
            result += groups
        }
        return result
    }

    /// The published copy is the richest source: DOCX, then HTML, then text, then path order.
    static func preference(_ report: Report, _ index: Int) -> Preference {
        let rank = ["docx": 0, "html": 1, "text": 2][report.format] ?? 3
        return Preference(rank: rank, source: report.source, index: index)
    }

    /// Sort key of `preference`; the index keeps the order total when paths repeat.
    struct Preference: Comparable {
        var rank: Int
        var source: String
        var index: Int

        static func < (a: Preference, b: Preference) -> Bool {
            (a.rank, a.source, a.index) < (b.rank, b.source, b.index)
        }
    }

    /// `carry-over`: per column where both are numbers, 二、上年结转 = last year's 四、结转下年度, on this year's cell.
    static func carryOverFindings(_ report: Report, lastYear: Report) -> [Finding] {
        guard let carriedRow = report.applications?.cells[.carriedOver], let forwardRow = lastYear.applications?.cells[.carriedForward]
        else { return [] }
        return ApplicantColumn.allCases.compactMap { column in
            guard column.rawValue < carriedRow.count, column.rawValue < forwardRow.count else { return nil }
            let cell = carriedRow[column.rawValue]
            guard let carried = cell.number, let forward = forwardRow[column.rawValue].number, carried != forward else { return nil }
            return Rule.carryOver.finding(
                file: report.source, at: cell.location,
                Messages.carryOver(column, year: report.year, carriedOver: carried,
                                   lastYearSource: lastYear.source, carriedForward: forward),
                where: Messages.whereApplication(.carriedOver, column))
        }
    }
}
