import Foundation
import Testing
import GXCorpus
@testable import GXPortal

/// The validation dashboard: every count of its rule × region matrix links to a list of exactly that many findings (of
/// that rule, in that region, in that year), over as many pages as it takes; the matrix is also a CSV download.
@Suite struct ValidationDashboardTests {
    static let site: (output: URL, files: Set<String>) = {
        let base = SiteTestData.scratch("dashboard")
        let content = base.appendingPathComponent("Content")
        try! CorpusGenerator(count: 90, errorRate: 0.3, seed: 9).write(to: content)
        try? FileManager.default.removeItem(at: content.appendingPathComponent("ground-truth.json"))
        let output = base.appendingPathComponent("Site")
        var options = BuildOptions(content: content, output: output, themeDirectories: [SiteTestData.defaultTheme], jobs: 2)
        options.pageSize = 5
        _ = try! SiteBuilder(options: options).build()
        return (output, Set(SiteTestData.files(in: output)))
    }()

    static func html(_ path: String) throws -> String {
        try String(contentsOf: site.output.appendingPathComponent(path), encoding: .utf8)
    }

    /// The findings a list shows over all its pages, as (agency, region, year, location) rows.
    static func listed(_ folder: String) throws -> [[String]] {
        var rows: [[String]] = []
        var page = folder + "index.html", n = 1
        while site.files.contains(page) {
            let html = try html(page)
            let body = html[html.range(of: "<tbody>")!.upperBound..<html.range(of: "</tbody>")!.lowerBound]
            for row in body.matches(of: /<tr[^>]*><th scope="row"><a [^>]*>([^<]*)<\/a><\/th><td>([^<]*)<\/td><td>(\d+)<\/td><td>[^<]*<\/td><td><a [^>]*>([^<]*)<\/a>/) {
                rows.append([String(row.output.1), String(row.output.2), String(row.output.3), String(row.output.4)])
            }
            n += 1
            page = folder + "page/\(n)/index.html"
        }
        return rows
    }

    @Test(arguments: ["validation/", "validation/2021/", "validation/2022/"])
    func everyCountLinksToExactlyItsFindings(_ dashboard: String) throws {
        let html = try Self.html(dashboard + "index.html")
        let matrix = html[html.range(of: "<table class=\"data compact\">")!.lowerBound..<html.range(of: "</table>")!.upperBound]
        let headers = matrix.matches(of: /<th scope="col" class="num">(?:<a [^>]*>)?([^<]*)/).map { String($0.output.1) }
        #expect(headers.last == "合计" && headers.count >= 3)
        var links = 0
        for row in matrix.matches(of: /<tr><th scope="row"[^>]*>.*?<code>([a-z-]+)<\/code>）<\/span><\/th>(.*?)<\/tr>/) {
            let rule = String(row.output.1)
            let cells = row.output.2.matches(of: /<td class="num[^"]*">(?:<a href="([^"]+)">(\d+)<\/a>|<span class="zero">0<\/span>)<\/td>/)
            #expect(cells.count == headers.count, "\(rule): a cell per column")
            for (column, cell) in zip(headers, cells) {
                guard let href = cell.output.1, let count = cell.output.2.flatMap({ Int($0) }) else { continue }
                links += 1
                let folder = (URL(fileURLWithPath: "/" + dashboard).appendingPathComponent(String(href)).standardizedFileURL.path
                    .dropFirst() as Substring).replacingOccurrences(of: "index.html", with: "")
                #expect(folder.hasPrefix(dashboard + "findings/\(rule)/"), "\(href)")
                let rows = try Self.listed(folder)
                #expect(rows.count == count, "\(rule) · \(column): \(count) in the matrix, \(rows.count) listed at \(folder)")
                if let year = Int(dashboard.split(separator: "/").last ?? "") { #expect(rows.allSatisfy { $0[2] == String(year) }) }
                if column != "合计" && column != "其他地区" { #expect(rows.allSatisfy { column.hasSuffix($0[1]) || $0[1].hasSuffix(column) }) }
            }
        }
        #expect(links > 10)
    }

    /// Every finding list the build writes is one its dashboard links to: no page is made that nothing leads to (the
    /// regions the matrix does not name have their findings in the list of the other regions).
    @Test func everyFindingListIsLinkedFromItsDashboard() throws {
        var linked: Set<String> = []
        for page in Self.site.files where page.hasPrefix("validation/") && page.hasSuffix("index.html") && !page.contains("findings/") {
            let folder = String(page.dropLast("index.html".count))
            for href in try Self.html(page).matches(of: /href="([^"#]+)"/) {
                let path = URL(fileURLWithPath: "/" + folder).appendingPathComponent(String(href.output.1)).standardizedFileURL.path
                linked.insert(String(path.dropFirst()))
            }
        }
        let lists = Self.site.files.filter { $0.contains("/findings/") && $0.hasSuffix("index.html") && !$0.contains("/page/") }
        #expect(lists.count > 10)
        #expect(lists.filter { !linked.contains($0) }.sorted() == [])
        // The corpus has more regions than a matrix names, so some findings are listed only with the other regions'.
        #expect(lists.contains { $0.contains("/" + ValidationMatrix.otherFolder) })
    }

    @Test func theMatrixIsACSVOfEveryRegion() throws {
        let csv = String(decoding: try Data(contentsOf: Self.site.output.appendingPathComponent("validation/matrix.csv")), as: UTF8.self)
        let lines = csv.dropFirst().split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        #expect(lines[0].prefix(2) == ["规则", "规则名称"] && lines[0].last == "合计")
        for line in lines.dropFirst() {
            let counts = line.dropFirst(2).map { Int($0)! }
            #expect(counts.dropLast().reduce(0, +) == counts.last!)
            let listed = try Self.listed("validation/findings/\(line[0])/")
            #expect(listed.count == counts.last!, "\(line[0])")
        }
    }

    @Test func theDashboardNamesTheAgenciesWithTheMostErrorsAndEveryYear() throws {
        let html = try Self.html("validation/index.html")
        let top = html.matches(of: /<li><span class="count">错误 (\d+)<\/span> <a href="\.\.\/agencies\/[^"]+">[^<]+<\/a>/).map { Int($0.output.1)! }
        #expect(!top.isEmpty && top.count <= 10 && top == top.sorted(by: >))
        #expect(html.contains("<span aria-current=\"page\">全部年度</span>"))
        for year in 2020...2023 where Self.site.files.contains("years/\(year)/index.html") {
            #expect(html.contains("<a href=\"../validation/\(year)/index.html\">\(year)年度</a>"))
        }
        #expect(!html.contains("<script"), "the dashboard works without JavaScript")
    }
}
