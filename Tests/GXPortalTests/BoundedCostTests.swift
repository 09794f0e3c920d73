import Foundation
import Testing
@testable import GXReport
@testable import GXPortal
@testable import GXBuild

/// Pathological inputs finish through the real reader path, and hostile names never escape the output.
@Suite struct BoundedCostTests {
    static let seed = SiteTestData.root.appendingPathComponent("Content/003_096eb810ffb81dcc.txt")

    static func seedLines() throws -> [String] {
        try String(contentsOf: seed, encoding: .utf8).components(separatedBy: "\n")
    }

    /// The seed with `insert` placed after the line `after`.
    static func seed(inserting insert: String, after heading: String) throws -> String {
        var lines = try seedLines()
        let index = try #require(lines.firstIndex(of: heading))
        lines.insert(insert, at: index + 1)
        return lines.joined(separator: "\n")
    }

    enum Input: String, CaseIterable, Sendable {
        case millionLines, tenThousandColumns, deepNesting, thirtyThousandRows, unclosedBookmarks, unclosedBookmarkLines

        func text() throws -> String {
            switch self {
            case .millionLines:
                return (1...1_000_000).lazy.map { "第\($0)行。" }.joined(separator: "\n")
            case .tenThousandColumns:
                let row = (1...10_000).map { "\t\($0)" }.joined(separator: "\n") + "\n"
                return try BoundedCostTests.seed(inserting: row, after: "三、收到和处理政府信息公开申请情况")
            case .deepNesting:
                let lines = (1...100_000).map { "（一）第\($0)项" }.joined(separator: "\n")
                return try BoundedCostTests.seed(inserting: lines, after: "一、总体情况")
            case .thirtyThousandRows:
                let rows = (1...30_000).map { "\t第\($0)行\n\t\($0)\n\t1\n" }.joined(separator: "\n")
                return try BoundedCostTests.seed(inserting: rows, after: "三、收到和处理政府信息公开申请情况")
            case .unclosedBookmarks:
                let line = String(repeating: "[bookmark: ", count: 100_000)
                return try BoundedCostTests.seed(inserting: line, after: "一、总体情况")
            case .unclosedBookmarkLines:
                let lines = Array(repeating: "[bookmark: _GoBack", count: 100_000).joined(separator: "\n")
                return try BoundedCostTests.seed(inserting: lines, after: "一、总体情况")
            }
        }
    }

    @Test(arguments: Input.allCases)
    func pathologicalInputFinishes(input: Input) throws {
        let folder = SiteTestData.scratch("bounded")
        let url = folder.appendingPathComponent("\(input.rawValue).txt")
        try input.text().write(to: url, atomically: true, encoding: .utf8)
        let start = Date()
        let outcome = InputReader.read(InputFile(path: url.lastPathComponent, url: url))
        let seconds = Date().timeIntervalSince(start)
        print("BoundedCostTests \(input.rawValue): \(String(format: "%.2f", seconds)) s, report: \(outcome.report != nil), findings: \(outcome.findings.count)")
        #expect(outcome.report != nil || outcome.findings.count == 1, "\(input): \(outcome.findings.prefix(3).map(\.message))")
        for finding in outcome.findings {
            #expect(finding.line >= 1 && finding.column >= 1, "\(input): \(finding)")
        }
        if input != .millionLines {
            // A seed with noise added is still the seed's report.
            let report = try #require(outcome.report, "\(input)")
            #expect(report.year == 2021)
            #expect(report.agency == "宁波市镇海区经济和信息化局")
        }
        try? FileManager.default.removeItem(at: folder)
    }

    /// A copy of the seed whose agency line is `agency`.
    static func report(agency: String) throws -> String {
        var lines = try seedLines()
        lines[0] = agency
        return lines.joined(separator: "\n")
    }

    static func reportPages(_ output: URL) throws -> [String: String] {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("data/reports.json")))
            as? [String: Any])
        let reports = try #require(json["reports"] as? [[String: Any]])
        var pages: [String: String] = [:]
        for object in reports { pages[object["agency"] as! String] = object["page"] as? String }
        return pages
    }

    @Test func collidingSlugsGetDistinctStableURLs() throws {
        let scratch = SiteTestData.scratch("collide")
        let content = scratch.appendingPathComponent("Content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        try Self.report(agency: "公示局").write(to: content.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try Self.report(agency: "公式局").write(to: content.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        var builds: [[String: String]] = []
        for n in 1...2 {
            let output = scratch.appendingPathComponent("Site\(n)")
            _ = try SiteBuilder(options: BuildOptions(content: content, output: output, themeDirectories: [SiteTestData.defaultTheme])).build()
            let pages = try Self.reportPages(output)
            #expect(Set(pages.keys) == ["公示局", "公式局"])
            #expect(Set(pages.values).count == 2, "\(pages)")
            for page in pages.values {
                #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(page + "index.html").path), "\(page)")
            }
            let home0 = try String(contentsOf: output.appendingPathComponent(pages["公示局"]! + "index.html"), encoding: .utf8)
            let home1 = try String(contentsOf: output.appendingPathComponent(pages["公式局"]! + "index.html"), encoding: .utf8)
            #expect(home0.contains("公示局") && home1.contains("公式局"))
            builds.append(pages)
        }
        #expect(builds[0] == builds[1])
        // Adding an unrelated agency does not move either page.
        try Self.report(agency: "宁海县商务局").write(to: content.appendingPathComponent("c.txt"), atomically: true, encoding: .utf8)
        let output = scratch.appendingPathComponent("Site3")
        _ = try SiteBuilder(options: BuildOptions(content: content, output: output, themeDirectories: [SiteTestData.defaultTheme])).build()
        let third = try Self.reportPages(output)
        #expect(third["公示局"] == builds[0]["公示局"])
        #expect(third["公式局"] == builds[0]["公式局"])
    }

    static let hostileNames: [String] = [
        "../../../逃逸局",
        "镇海区/../../逃逸局",
        "/etc/passwd局",
        "..",
        "镇海区\u{0}逃逸局",
        "镇海区" + String(repeating: "经济和信息化", count: 50) + "局",
        String(repeating: "逃", count: 300),
        String(repeating: "a/", count: 150),
    ]

    /// Indices rather than names: a NUL in a test argument would cut the test log short.
    @Test(arguments: hostileNames.indices)
    func hostileAgencyNamesStayInsideTheOutput(index: Int) throws {
        let agency = Self.hostileNames[index]
        let scratch = SiteTestData.scratch("escape")
        let content = scratch.appendingPathComponent("Content")
        let parent = scratch.appendingPathComponent("out")
        let output = parent.appendingPathComponent("Site")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        try Self.report(agency: agency).write(to: content.appendingPathComponent("x.txt"), atomically: true, encoding: .utf8)
        _ = try SiteBuilder(options: BuildOptions(content: content, output: output, themeDirectories: [SiteTestData.defaultTheme],
                                                  baseURL: "https://example.gov.cn/nianbao/")).build()
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path).sorted() == [".gxsite-cache", "Site"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.appendingPathComponent(".gxsite-cache").path) == ["Site"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).sorted() == ["Content", "out"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: content.path) == ["x.txt"])
        let root = output.resolvingSymlinksInPath().standardizedFileURL.path + "/"
        let files = SiteTestData.files(in: output)
        #expect(files.contains("index.html"))
        for file in files {
            let resolved = output.appendingPathComponent(file).resolvingSymlinksInPath().standardizedFileURL.path
            #expect(resolved.hasPrefix(root), "\(file)")
            #expect(!file.split(separator: "/").contains(".."), "\(file)")
            #expect(!file.contains("\u{0}"), "\(file)")
            for component in file.split(separator: "/") {
                #expect(component.utf8.count <= 255, "\(file)")
            }
        }
        let pages = try Self.reportPages(output)
        // A NUL makes the input look binary: it is skipped with one diagnostic, not published.
        #expect(pages.count == (agency.contains("\u{0}") ? 0 : 1), "\(pages)")
        for page in pages.values {
            #expect(page.hasPrefix("agencies/") && page.split(separator: "/").count == 3, "\(page)")
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(page + "index.html").path), "\(page)")
        }
        try? FileManager.default.removeItem(at: scratch)
    }
}
