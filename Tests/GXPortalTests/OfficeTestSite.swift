import Foundation
import GXReport
@testable import GXPortal
@testable import GXBuild

/// A scratch site for the disclosure office's features: report files (the real report 010 with
/// edited lines, identities set by sidecars), a config, a build, and the pages to read.
struct OfficeTestSite {
    /// The lines of `Tests/Fixtures/reports/010_shuyang_drc_2023.txt` (沭阳县发展和改革局 2023, published 2024-01-17).
    static let shuyangLines: [String] = ((try? String(contentsOf: SiteTestData.root.appendingPathComponent("Tests/Fixtures/reports/010_shuyang_drc_2023.txt"),
                                                      encoding: .utf8)) ?? "").components(separatedBy: "\n")

    /// Report 010 with some 1-based lines replaced (e.g. `[88: "\t27"]`).
    static func shuyang(_ edits: [Int: String] = [:]) -> String {
        var lines = shuyangLines
        for (line, text) in edits { lines[line - 1] = text }
        return lines.joined(separator: "\n")
    }

    /// 010 with its 本年新收, 予以公开 and （七）总计 at `n` instead of 26 (the sums still hold).
    static func shuyang(applications n: Int) -> String {
        shuyang([88: "\t\(n)", 94: "\t\(n)", 107: "\t\(n)", 113: "\t\(n)", 336: "\t\(n)", 342: "\t\(n)"])
    }

    /// A sidecar's text.
    static func sidecar(agency: String? = nil, year: Int? = nil, published: String? = nil, extra: String = "") -> String {
        var lines: [String] = []
        if let agency { lines.append("agency = \"\(agency)\"") }
        if let year { lines.append("year = \(year)") }
        if let published { lines.append("published = \(published)") }
        if !extra.isEmpty { lines.append(extra) }
        return lines.joined(separator: "\n") + "\n"
    }

    let root: URL
    var content: URL { root.appendingPathComponent("content") }
    var output: URL { root.appendingPathComponent("Site") }
    let config: SiteConfig

    /// Writes `files` (name → text) into a fresh content folder; `config` is gxsite.toml text.
    init(_ name: String, files: [String: String], binary: [String: Data] = [:], config: String = "") throws {
        root = SiteTestData.scratch(name)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("content"), withIntermediateDirectories: true)
        for (file, text) in files { try text.write(to: root.appendingPathComponent("content/\(file)"), atomically: true, encoding: .utf8) }
        for (file, data) in binary { try data.write(to: root.appendingPathComponent("content/\(file)")) }
        self.config = try SiteConfig.parse(config, path: "gxsite.toml")
    }

    @discardableResult
    func build() throws -> BuildSummary {
        try SiteBuilder(options: BuildOptions(content: content, output: output, themeDirectories: [SiteTestData.defaultTheme],
                                              jobs: 2, config: config)).build()
    }

    /// The published reports with their findings, as the pipeline hands them to the pages.
    func load() throws -> (reports: [(Report, [Finding])], earlier: [String: [(Report, [Finding])]], configFindings: [Finding]) {
        let load = ParseStep.parseAll(try ContentLoader.inputs(in: content), jobs: 2, config: config)
        return (load.reports, load.earlier, load.configFindings)
    }

    func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: output.appendingPathComponent(path).path) }

    func file(_ path: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    /// A page's `<main>` as text: tags removed, one line per table row, paragraph or list item, spaces collapsed.
    func text(_ path: String) throws -> String {
        var html = try file(path)
        if let start = html.range(of: "<main"), let end = html.range(of: "</main>") { html = String(html[start.lowerBound..<end.lowerBound]) }
        for tag in ["<tr", "<p", "<li", "<h1", "<h2", "<h3", "<caption"] { html = html.replacingOccurrences(of: tag, with: "\n" + tag) }
        let noTags = html.replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression)
            .replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
        return noTags.components(separatedBy: "\n")
            .map { $0.replacingOccurrences(of: "[ \t]+", with: " ", options: .regularExpression).trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.joined(separator: "\n")
    }

    /// The records of a CSV file written by the site (BOM dropped, CRLF split; no quoted line breaks in these tests).
    func csv(_ path: String) throws -> [[String]] {
        let data = try self.data(path)
        return String(decoding: data.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n").filter { !$0.isEmpty }
            .map { $0.components(separatedBy: ",") }
    }

    func data(_ path: String) throws -> Data { try Data(contentsOf: output.appendingPathComponent(path)) }

    func remove() { try? FileManager.default.removeItem(at: root) }
}
