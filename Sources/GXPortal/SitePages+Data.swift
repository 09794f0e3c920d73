import Foundation
import GXBuild

/// The open data files (`data/reports.json`, `data/reports.csv` and a JSON file per year) and the page describing them.
extension SitePages {
    /// The formats of the open data's lines, in the order of `dataLayouts`: a report as a compact JSON object, or as a
    /// CSV row.
    private enum DataFormat: Int {
        case json, csv
    }

    /// How the open data files frame their lines: JSON files hold a report object per line in a `reports` array,
    /// `data/reports.csv` a row per line under its header.
    static func dataLayouts(generator: String) -> [LineLayout] {
        var head = "{\n  \"generator\": "
        JSONValue.writeString(generator, into: &head)
        head += ",\n  \"reports\": ["
        return [
            LineLayout(head: head, first: "\n    ", between: ",\n    ", tail: "\n  ]\n}\n", emptyTail: "]\n}\n"),
            LineLayout(head: ReportsCSV.header),
        ]
    }

    /// The files of every report, whose lines a rebuild reads ahead from the published site, with their layouts.
    static func publishedDataSources(generator: String) -> [(path: String, layout: LineLayout)] {
        Array(zip(["data/reports.json", "data/reports.csv"], dataLayouts(generator: generator)))
    }

    func writeData() throws {
        try writeDataFiles()
        try writePage(folder: "data/", title: "开放数据", breadcrumbs: [("首页", "index.html"), ("开放数据", nil)],
                      context: DataPageContext(site: site, licence: info.licence))
    }

    /// Writes the open data through the engine, which takes unchanged files and lines from the published site: each
    /// report's line is keyed by its unit key and grouped by its year.
    private func writeDataFiles() throws {
        var files = [LineFiles.File("data/reports.json", format: DataFormat.json.rawValue),
                     LineFiles.File("data/reports.csv", format: DataFormat.csv.rawValue)]
        files += site.years.map { LineFiles.File("data/\($0).json", format: DataFormat.json.rawValue, group: $0) }
        let lineFiles = LineFiles(writer: writer, keys: dataKeys, groups: site.entries.map(\.report.year),
                                  published: publishedData, jobs: jobs)
        try lineFiles.write(files, layouts: Self.dataLayouts(generator: info.generator)) { [site] i, format in
            let e = site.entries[i]
            let reuse = site.reuse(of: e)
            return format == DataFormat.json.rawValue
                ? ReportJSON.object(for: e, reuse: reuse).serializedBytes(pretty: false) : Array(ReportsCSV.row(e, reuse: reuse).utf8)
        }
    }
}
