import Foundation
import Testing
@testable import GXPortal

/// What the pages give the search and crawlers: Pagefind's body, filters and metadata, the search page, canonical URLs.
@Suite struct SearchPagesTests {
    static func build(_ output: URL, baseURL: String? = nil) throws {
        _ = try SiteBuilder(options: BuildOptions(content: SiteTestData.siteFixture.appendingPathComponent("content"), output: output,
                                                  themeDirectories: [SiteTestData.defaultTheme], baseURL: baseURL)).build()
    }

    @Test func canonicalLinksOnlyWithABaseURL() throws {
        let dir = SiteTestData.scratch("canonical")
        defer { try? FileManager.default.removeItem(at: dir) }
        let with = dir.appendingPathComponent("with"), without = dir.appendingPathComponent("without")
        _ = try Self.build(with, baseURL: "https://www.example.gov.cn/nianbao")
        _ = try Self.build(without)
        let pages = SiteTestData.files(in: with).filter { $0.hasSuffix(".html") }
        #expect(pages.count > 15)
        for page in pages {
            let html = try String(contentsOf: with.appendingPathComponent(page), encoding: .utf8)
            let links = html.components(separatedBy: "<link rel=\"canonical\"").count - 1
            if page == "404.html" {
                #expect(links == 0, "404.html is served at any path: no canonical URL")
                continue
            }
            let folder = page == "index.html" ? "" : String(page.dropLast("index.html".count))
            #expect(links == 1, "\(page)")
            #expect(html.contains("<link rel=\"canonical\" href=\"https://www.example.gov.cn/nianbao/\(folder)\">"), "\(page)")
            let plain = try String(contentsOf: without.appendingPathComponent(page), encoding: .utf8)
            #expect(!plain.contains("rel=\"canonical\""), "\(page)")
        }
    }

    @Test func reportAndAgencyPagesCarryFiltersAndMetadata() throws {
        let dir = SiteTestData.scratch("facets")
        defer { try? FileManager.default.removeItem(at: dir) }
        let output = dir.appendingPathComponent("Site")
        _ = try Self.build(output)
        let report = try String(contentsOf: output.appendingPathComponent("agencies/shu-yang-xian-fa-zhan-he-gai-ge-ju/2023/index.html"), encoding: .utf8)
        for snippet in ["<article class=\"report\" data-pagefind-body>",
                        "<span data-pagefind-meta=\"title\">沭阳县发展和改革局 2023年度报告</span>",
                        "data-pagefind-filter=\"机关\">沭阳县发展和改革局</a>",
                        "data-pagefind-filter=\"地区\">沭阳县</a>",
                        "data-pagefind-filter=\"年度:2023\"",
                        "<span data-pagefind-filter=\"校验状态\">",
                        "<dd data-pagefind-meta=\"新收申请\">"] {
            #expect(report.contains(snippet), "\(snippet)")
        }
        let agency = try String(contentsOf: output.appendingPathComponent("agencies/shu-yang-xian-fa-zhan-he-gai-ge-ju/index.html"), encoding: .utf8)
        for snippet in ["<div class=\"agency\" data-pagefind-body>", "<h1 data-pagefind-filter=\"机关\">沭阳县发展和改革局</h1>",
                        "<span data-pagefind-filter=\"年度\">2023</span>", "<span data-pagefind-meta=\"最新年度\">2023</span>"] {
            #expect(agency.contains(snippet), "\(snippet)")
        }
        // Index and listing pages are not search results.
        for page in ["index.html", "agencies/index.html", "years/2023/index.html", "validation/index.html", "search/index.html"] {
            let html = try String(contentsOf: output.appendingPathComponent(page), encoding: .utf8)
            #expect(!html.contains("data-pagefind-body"), "\(page)")
            #expect(html.contains("search/index.html\">搜索</a>"), "\(page) links the search page")
        }
        let search = try String(contentsOf: output.appendingPathComponent("search/index.html"), encoding: .utf8)
        #expect(search.contains("<script src=\"../assets/search.js\"></script>"))
        #expect(search.contains("<noscript>"))
        #expect(search.contains("id=\"search-unavailable\""))
    }
}
