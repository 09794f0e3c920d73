import Foundation
import Testing
import GXCorpus
@testable import GXPortal

/// Long lists are split over pages of at most `Pager.size` rows; a small page size shows it on a small corpus.
@Suite struct PaginationTests {
    @Test(arguments: [(1, 1, nil, nil), (3, 1, nil, "years/2021/page/2/index.html"), (4, 4, "years/2021/page/3/index.html", nil)] as [(Int, Int, String?, String?)])
    func pagerLinksAreRelativeToEachPage(count: Int, page: Int, prev: String?, next: String?) {
        let pager = Pager(folder: "years/2021/", count: count * 10, perPage: 10)
        let context = pager.context(of: page)
        if count == 1 {
            #expect(context == nil)
            return
        }
        let root = SitePages.root(of: pager.folder(of: page))
        #expect(context?.prevHref == prev.map { root + $0 })
        #expect(context?.nextHref == next.map { root + $0 })
        #expect(pager.range(of: page) == (page - 1) * 10 ..< page * 10)
    }

    @Test func windowedPageListShowsFirstLastAndNeighbours() throws {
        let pager = Pager(folder: "agencies/", count: 200, perPage: 10)
        let items = try #require(pager.context(of: 10)?.items)
        let labels = items.map { $0.gap ? "…" : "\($0.number)" }
        #expect(labels == ["1", "…", "8", "9", "10", "11", "12", "…", "20"])
        #expect(items.filter(\.isCurrent).map(\.number) == [10])
    }

    @Test func indexPagesSplitAndEveryPagerLinkResolves() throws {
        let base = SiteTestData.scratch("pages")
        let content = base.appendingPathComponent("Content")
        try CorpusGenerator(count: 90, errorRate: 0.3, seed: 9).write(to: content)
        try? FileManager.default.removeItem(at: content.appendingPathComponent("ground-truth.json"))
        let output = base.appendingPathComponent("Site")
        var options = BuildOptions(content: content, output: output, themeDirectories: [SiteTestData.defaultTheme], jobs: 2)
        options.pageSize = 5
        let summary = try SiteBuilder(options: options).build()
        let files = Set(SiteTestData.files(in: output))
        let agencyPages = files.filter { $0.hasPrefix("agencies/page/") }
        #expect(!agencyPages.isEmpty)
        var rowsSeen = 0
        let listed = ["years/", "regions/", "agencies/index", "agencies/page/", "validation/findings/"]
        for path in files where path.hasSuffix("index.html") && listed.contains(where: path.hasPrefix) {
            let html = try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
            // A report table's row ends in a 查看 link; the agency list's rows in their years; a finding's in its message.
            let marker = path.hasPrefix("agencies/") ? "<tr><th scope=\"row\">"
                : path.hasPrefix("validation/") ? "</td></tr>" : "查看<span class=\"visually-hidden\">"
            let rows = html.components(separatedBy: marker).count - 1
            #expect(rows <= 5, "\(path) has \(rows) rows")
            if path.hasPrefix("years/") { rowsSeen += rows }
            // Every link of the pager resolves to a page of the site.
            for match in html.matches(of: /<nav class="pager"[\s\S]*?<\/nav>/) {
                for link in match.output.matches(of: /href="([^"]+)"/) {
                    let folder = (path as NSString).deletingLastPathComponent
                    let target = URL(fileURLWithPath: "/" + folder).appendingPathComponent(String(link.output.1)).standardizedFileURL.path
                    #expect(files.contains(String(target.dropFirst())), "\(path) links \(link.output.1)")
                }
            }
        }
        // The year pages together list every report once.
        #expect(rowsSeen == summary.reports)
        #expect(files.contains { $0.hasPrefix("years/") && $0.contains("/page/2/") })
        // The home page shows the latest year's first page and links the rest when there is more.
        let latest = try #require(files.compactMap { $0.firstMatch(of: /^years\/(\d{4})\/index.html$/).map { Int($0.output.1)! } }.max())
        let home = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(home.contains("\(latest)年度全部报告（共 ") == files.contains("years/\(latest)/page/2/index.html"))
        // The findings behind a count of the validation dashboard are paginated like every long list (their pager links
        // are among those checked above).
        #expect(files.contains { $0.hasPrefix("validation/findings/") && $0.hasSuffix("/page/2/index.html") })
    }
}
