import Foundation
import GXBuild
import GXReport

/// What the disclosure office's features add to the pages: superseded versions of corrected reports,
/// cleaned originals, the names an agency has used, accepted findings and the findings file.
extension SitePages {
    /// The superseded versions' pages and badges, the submissions pages and `data/findings.csv`.
    func writeOffice() throws {
        let versions = site.entries.flatMap(\.earlierVersions)
        try Parallel.forEach(versions, jobs: jobs) { v in
            try writeReport(v)
            try writer.write(Badge(entry: v).svg, to: Self.badgePath(v))
        }
        try writeSubmissions()
        try writer.write(FindingsCSV.csv(site.entries), to: "data/findings.csv")
    }

    /// The page title; a superseded version says which.
    static func reportTitle(_ e: ReportEntry) -> String {
        "\(e.report.agency) \(e.report.year)年度报告" + (e.version.map { "（更正前版本v\($0)）" } ?? "")
    }

    /// The breadcrumbs of a report page; a superseded version sits under the current report.
    static func reportBreadcrumbs(_ e: ReportEntry) -> [(String, String?)] {
        let agency: [(String, String?)] = [("首页", "index.html"), ("机关", "agencies/index.html"),
                                           (e.report.agency, "agencies/\(e.agencySlug)/index.html")]
        guard let version = e.version else { return agency + [("\(e.report.year)年度", nil)] }
        return agency + [("\(e.report.year)年度", "agencies/\(e.agencySlug)/\(e.report.year)/index.html"), ("更正前版本v\(version)", nil)]
    }

    /// Writes the original file when it is offered: a DOCX cleaned of its editing traces unless the config
    /// says `as-submitted`, anything else as submitted. Returns whether a file was written.
    func writeOriginal(_ e: ReportEntry, key: String? = nil) throws -> Bool {
        guard e.offersOriginal else { return false }
        let source = content.appendingPathComponent(e.report.source)
        guard info.originals == .clean, e.report.format == "docx" else {
            // Offered as submitted: the input's digest is the file's, so an unchanged original is not even read.
            guard FileManager.default.isReadableFile(atPath: source.path) else { return false }
            try writer.copy(source, sha256: inputDigests[e.report.source], to: e.page + e.originalName, key: key)
            return true
        }
        // A file that cannot be cleaned is not offered: it could still carry what cleaning removes.
        guard let data = try? Data(contentsOf: source), let cleaned = try? DocxCleaner.clean(data) else { return false }
        try writer.write(cleaned, to: e.page + e.originalName, key: key)
        return true
    }

    /// The report page's notes: the original's download, the name the report used, corrections and versions.
    func addOfficeContext(to context: inout [String: Any], _ e: ReportEntry, root: String, originalOffered: Bool) {
        if originalOffered {
            context["original_note"] = info.originals == .clean && e.report.format == "docx"
                ? SiteMessages.originalCleaned : SiteMessages.originalAsSubmitted
        } else {
            context.removeValue(forKey: "original_href")
        }
        if let written = e.report.agencyAsWritten { context["written_as"] = written }
        let current = "agencies/\(e.agencySlug)/\(e.report.year)/"
        if let version = e.version {
            var superseded: [String: Any] = ["version": version, "current_href": root + current + "index.html"]
            if let published = e.report.published { superseded["published"] = published }
            if let now = site.entries.first(where: { $0.id == e.id }), let date = now.report.published { superseded["corrected"] = date }
            context["superseded"] = superseded
        }
        guard !e.earlierVersions.isEmpty else { return }
        let chain = e.earlierVersions + [e]
        var correction: [String: Any] = [
            "versions": e.earlierVersions.map { v -> [String: Any] in
                var item: [String: Any] = ["version": v.version ?? 0, "href": root + v.page + "index.html"]
                if let published = v.report.published { item["published"] = published }
                return item
            },
            "steps": (0..<(chain.count - 1)).map { n -> [String: Any] in
                let changes = FigureChange.between(chain[n].report, chain[n + 1].report)
                return ["from": "v\(n + 1)", "to": n + 1 == e.earlierVersions.count ? "现行版本" : "v\(n + 2)",
                        "count": changes.count,
                        "changes": changes.map { ["name": $0.name, "old": $0.old, "new": $0.new] }]
            },
        ]
        if let date = e.report.published { correction["date"] = date }
        context["correction"] = correction
    }

    /// The names an agency has used besides its own (曾用名, 别名), with the years its reports used them.
    func addNames(to context: inout [String: Any], _ a: SiteModel.Agency) {
        let configured = site.config.aliases.names(of: a.name)
        guard !configured.isEmpty else { return }
        context["has_names"] = true
        context["names"] = configured.map { alias -> [String: Any] in
            let years = a.entries.filter { $0.report.agencyAsWritten == alias.name }.map(\.report.year)
                + a.entries.flatMap(\.earlierVersions).filter { $0.report.agencyAsWritten == alias.name }.map(\.report.year)
            return ["name": alias.name, "note": SiteMessages.aliasNote(renamed: alias.renamed, years: Array(Set(years)).sorted())]
        }
    }
}
