import Foundation
import GXBuild
import GXReport

/// What the disclosure office's features add to the site: superseded versions of corrected reports, cleaned originals
/// and the findings file (their notes on the pages are made by `ReportPageContext` and `AgencyPageContext`).
extension SitePages {
    /// The superseded versions' pages and badges, the submissions pages, `data/findings.csv` and `data/text-reuse.csv`.
    func writeOffice() throws {
        let versions = site.entries.flatMap(\.earlierVersions)
        try Parallel.forEach(versions, jobs: jobs) { v in
            try producer.make { sink in
                try writeReport(v, sink: sink)
                try sink.write(Badge(entry: v).svg, to: Self.badgePath(v))
            }
        }
        try writeSubmissions()
        try writer.write(FindingsCSV.csv(site.entries), to: "data/findings.csv")
        try writer.write(TextReuseCSV.csv(site.entries, site: site), to: "data/text-reuse.csv")
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
    func writeOriginal(_ e: ReportEntry, sink: OutputSink) throws -> Bool {
        guard e.offersOriginal else { return false }
        let source = content.appendingPathComponent(e.report.source)
        guard info.originals == .clean, e.report.format == "docx" else {
            // Offered as submitted: the input's digest is the file's, so an unchanged original is not even read.
            guard FileManager.default.isReadableFile(atPath: source.path) else { return false }
            try sink.copy(input: e.report.source, from: source, to: e.page + e.originalName)
            return true
        }
        // A file that cannot be cleaned is not offered: it could still carry what cleaning removes.
        guard let data = try? Data(contentsOf: source), let cleaned = try? DocxCleaner.clean(data) else { return false }
        try sink.write(cleaned, to: e.page + e.originalName)
        return true
    }
}
