import Foundation
import GXBuild

/// The open data files (`data/reports.json`, `data/reports.csv` and a JSON file per year) and the page describing them.
extension SitePages {
    /// A report's line of the open data files: taken from the published file (mapped), or made by this build.
    private enum DataLine {
        case published(Data)
        case made([UInt8])

        /// Appends the line to `file`.
        func append(to file: StreamedFile) throws {
            switch self {
            case .published(let data): try data.withUnsafeBytes { try file.append($0) }
            case .made(let bytes): try bytes.withUnsafeBytes { try file.append($0) }
            }
        }
    }

    /// Which data files the published site already holds as this build would write them, and the published lines the
    /// others can take.
    private struct DataPlan {
        /// The years whose file must be written.
        var changedYears: [Int]
        /// Whether `data/reports.json` was taken from the published site.
        var jsonSame: Bool
        /// Whether `data/reports.csv` was taken from the published site.
        var csvSame: Bool
        /// The published site's report lines by unit key.
        var old: PublishedLines
    }

    func writeData() throws {
        try writeDataFiles(dataPlan())
        try writePage(folder: "data/", title: "开放数据", breadcrumbs: [("首页", "index.html"), ("开放数据", nil)],
                      context: DataPageContext(site: site, licence: info.licence))
    }

    /// Takes each data file that the published site holds as made from the same reports' lines, and reads the published
    /// lines the other files can take.
    private func dataPlan() throws -> DataPlan {
        let keys = dataKeys
        let byYear = Dictionary(grouping: site.entries.indices) { site.entries[$0].report.year }
        // A file made of the same reports' lines, in the same order, as the published one is that file: it is taken as
        // it is (an edit rewrites one year's file, not every year's, which at 100,000 reports are 200 MB).
        var previousByYear: [Int: [String]] = [:]
        if previousDataYears.count == previousDataKeys.count {
            for (key, year) in zip(previousDataKeys, previousDataYears) { previousByYear[year, default: []].append(key) }
        }
        func unchanged(_ path: String, _ now: [String], _ before: [String]?) throws -> Bool {
            guard !now.isEmpty, now == before, let file = previous[path] else { return false }
            return try writer.reuse(path, file)
        }
        let sameReports = !keys.isEmpty && keys == previousDataKeys
        let changedYears = try site.years.filter { year in
            try !unchanged("data/\(year).json", byYear[year, default: []].map { keys[$0] }, previousByYear[year])
        }
        let jsonSame = try sameReports && unchanged("data/reports.json", keys, previousDataKeys)
        let csvSame = try sameReports && unchanged("data/reports.csv", keys, previousDataKeys)
        let old: PublishedLines
        if jsonSame && csvSame && changedYears.isEmpty {
            // Read for nothing (a rebuild that changed no report): taken, so it is freed now rather than with the pages.
            _ = publishedData?.wait()
            old = ([:], [:])
        } else {
            old = publishedData?.wait() ?? previousDataLines()
        }
        return DataPlan(changedYears: changedYears, jsonSame: jsonSame, csvSame: csvSame, old: old)
    }

    /// Writes the data files that `plan` did not take from the published site.
    private func writeDataFiles(_ plan: DataPlan) throws {
        // Each report is serialised once, one compact object per line, and shared by reports.json and the year files;
        // an unchanged report's line (same unit key) is taken from the published files. Lines stay bytes: the files
        // are tens of megabytes.
        let keys = dataKeys
        var head = "{\n  \"generator\": "
        JSONValue.writeString(info.generator, into: &head)
        head += ",\n  \"reports\": ["
        // The files are written as their lines are made, in batches made in parallel: never whole in memory (reports.json
        // alone is 200 MB at 100,000 reports). Each report is serialised once, for reports.json and its year's file.
        let json = plan.jsonSame ? nil : try writer.stream(to: "data/reports.json")
        let csv = plan.csvSame ? nil : try writer.stream(to: "data/reports.csv")
        var yearFiles: [Int: StreamedFile] = [:]
        for year in plan.changedYears { yearFiles[year] = try writer.stream(to: "data/\(year).json") }
        var yearLines: [Int: Int] = [:]
        try json?.append(head)
        try csv?.append(ReportsCSV.header)
        for file in yearFiles.values { try file.append(head) }
        let needsJSON = json != nil || !yearFiles.isEmpty
        for batch in stride(from: 0, to: needsJSON || csv != nil ? site.entries.count : 0, by: 2048) {
            let indices = Array(batch..<min(batch + 2048, site.entries.count))
            let lines = Parallel.map(indices, jobs: jobs) { i -> (json: DataLine, csv: DataLine) in
                let e = site.entries[i]
                let jsonLine = !needsJSON ? .made([]) : plan.old.json[keys[i]].map(DataLine.published)
                    ?? .made(ReportJSON.object(for: e).serializedBytes(pretty: false))
                let csvLine = csv == nil ? .made([]) : plan.old.csv[keys[i]].map(DataLine.published) ?? .made(Array(ReportsCSV.row(e).utf8))
                return (jsonLine, csvLine)
            }
            for (i, line) in zip(indices, lines) {
                if let json {
                    try json.append(i == 0 ? "\n    " : ",\n    ")
                    try line.json.append(to: json)
                }
                let year = site.entries[i].report.year
                if let file = yearFiles[year] {
                    let n = yearLines[year, default: 0]
                    try file.append(n == 0 ? "\n    " : ",\n    ")
                    try line.json.append(to: file)
                    yearLines[year] = n + 1
                }
                if let csv { try line.csv.append(to: csv) }
            }
        }
        if let json {
            try json.append(site.entries.isEmpty ? "]\n}\n" : "\n  ]\n}\n")
            try writer.finish(json, key: Self.contentKey)
        }
        for year in plan.changedYears {
            guard let file = yearFiles[year] else { continue }
            try file.append(yearLines[year, default: 0] == 0 ? "]\n}\n" : "\n  ]\n}\n")
            try writer.finish(file)
        }
        if let csv { try writer.finish(csv, key: Self.contentKey) }
    }

    /// The bytes of the file at `path` when it holds exactly `size` of them, mapped rather than read (the published data
    /// files are tens of megabytes, which read would be copied into memory the build must first clear); nil otherwise or
    /// when it cannot be read.
    static func contents(of path: String, size: Int) -> Data? {
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped), data.count == size else { return nil }
        return data
    }

    /// The key `data/reports.json` and `data/reports.csv` are recorded with: their bytes' checksum, so the next build
    /// tells the files it wrote from edited ones without hashing tens of megabytes with SHA-256.
    static func contentKey(_ checksum: Checksum) -> String {
        "checksum " + checksum.hex
    }

    /// The published site's report lines of `data/reports.json` and `data/reports.csv` by unit key (CSV lines with their
    /// line break); empty unless the files are exactly those the last build wrote (same checksum, or same SHA-256 for
    /// files recorded without one) and split into one line per report as written.
    func previousDataLines() -> PublishedLines {
        Self.publishedLines(in: writer.output.path, files: previous, keys: previousDataKeys)
    }

    /// The report lines of `data/reports.json` and `data/reports.csv` by unit key, as `previousDataLines` describes.
    typealias PublishedLines = (json: [String: Data], csv: [String: Data])

    /// `previousDataLines` of the site in `folder`, which holds `files` and whose data lines were made from `keys`.
    static func publishedLines(in folder: String, files: [String: BuildCache.OutputFile], keys previousDataKeys: [String])
        -> PublishedLines {
        guard !previousDataKeys.isEmpty else { return ([:], [:]) }
        let n = previousDataKeys.count
        func lines(_ path: String) -> (bytes: Data, lines: [Range<Int>])? {
            guard let file = files[path], let bytes = Self.contents(of: folder + "/" + path, size: file.size),
                  bytes.withUnsafeBytes({ bytes in file.key.map { $0 == Self.contentKey(Checksum(bytes)) } ?? (SHA256.Digest(of: bytes) == file.sha256) })
            else { return nil }
            return (bytes, bytes.withUnsafeBytes { $0.lineRanges() })
        }
        var json: [String: Data] = [:]
        let opening = Array("    {".utf8)
        // `{`, generator, `"reports": [`, a line per report, `]`, `}` and the empty rest after the last newline.
        if let (bytes, all) = lines("data/reports.json"), all.count == n + 6 {
            for (i, key) in previousDataKeys.enumerated() {
                var line = bytes[all[3 + i]]
                guard line.starts(with: opening) else { return ([:], [:]) }
                line = line.dropFirst(4)
                if i < n - 1 {
                    guard line.last == UInt8(ascii: ",") else { return ([:], [:]) }
                    line = line.dropLast()
                }
                json[key] = line
            }
        }
        var csv: [String: Data] = [:]
        // The header, a line per report, the empty rest; a field holding a line break would add a piece: nothing is taken.
        if let (bytes, all) = lines("data/reports.csv"), all.count == n + 2 {
            for (i, key) in previousDataKeys.enumerated() {
                let range = all[1 + i]
                guard range.upperBound > range.lowerBound, bytes[range.upperBound - 1] == 0x0D else { return (json, [:]) }
                csv[key] = bytes[range.lowerBound...range.upperBound]
            }
        }
        return (json, csv)
    }
}
