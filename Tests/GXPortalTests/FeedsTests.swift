import Foundation
import Testing
@testable import GXReport
@testable import GXPortal

@Suite struct FeedsTests {
    static let base = "https://gk.example.gov.cn/nianbao"

    @Test func sitemapListsPrettyAbsoluteURLs() throws {
        let xml = Feeds.sitemap(baseURL: Self.base, paths: [
            "", "index.html", "agencies/", "/agencies/shu-yang/2023/index.html", "agencies/shu-yang/2023",
            "data/reports.csv", "years/2023/", "regions/a&b/", "agencies/沭阳/",
        ])
        let check = try #require(XMLCheck.parse(xml))
        #expect(check.texts("loc") == [
            "https://gk.example.gov.cn/nianbao/",
            "https://gk.example.gov.cn/nianbao/agencies/",
            "https://gk.example.gov.cn/nianbao/agencies/shu-yang/2023/",
            "https://gk.example.gov.cn/nianbao/data/reports.csv",
            "https://gk.example.gov.cn/nianbao/years/2023/",
            "https://gk.example.gov.cn/nianbao/regions/a%26b/",
            "https://gk.example.gov.cn/nianbao/agencies/%E6%B2%AD%E9%98%B3/",
        ])
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"))
        #expect(Feeds.sitemaps(baseURL: Self.base + "/", paths: ["a/"]).map { $0.path } == ["sitemap.xml"])
    }

    @Test(arguments: [
        ("", ""), ("index.html", ""), ("/", ""), ("agencies/x/2023/index.html", "agencies/x/2023/"), ("agencies/x", "agencies/x/"),
        ("feed.xml", "feed.xml"), ("a b/", "a%20b/"), ("q?x=<1>", "q%3Fx%3D%3C1%3E/"), ("mainindex.html", "mainindex.html"),
    ])
    func prettyPaths(path: String, expected: String) {
        #expect(Feeds.prettyPath(path) == expected)
    }

    @Test(arguments: [("https://x.gov.cn", "https://x.gov.cn/"), ("https://x.gov.cn/a/", "https://x.gov.cn/a/"), (" https://x.gov.cn/a \n", "https://x.gov.cn/a/")])
    func baseURLsEndWithASlash(raw: String, expected: String) {
        #expect(Feeds.normalizedBase(raw) == expected)
    }

    @Test func aBaseURLWithAnAmpersandIsEscaped() throws {
        let xml = Feeds.sitemap(baseURL: "https://x.gov.cn/?a=1&b=2", paths: ["a/"])
        #expect(xml.contains("https://x.gov.cn/?a=1&amp;b=2/a/"))
        #expect(XMLCheck.wellFormed(xml))
    }

    @Test func moreThanFiftyThousandURLsMakeAnIndex() throws {
        let paths = (1...50_001).map { "agencies/a\($0)/" }
        let files = Feeds.sitemaps(baseURL: Self.base, paths: paths)
        #expect(files.map { $0.path } == ["sitemap.xml", "sitemaps/sitemap-1.xml", "sitemaps/sitemap-2.xml"])
        let index = try #require(XMLCheck.parse(files[0].xml))
        #expect(files[0].xml.contains("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"))
        #expect(index.texts("loc") == [Self.base + "/sitemaps/sitemap-1.xml", Self.base + "/sitemaps/sitemap-2.xml"])
        let first = try #require(XMLCheck.parse(files[1].xml))
        #expect(first.texts("loc").count == 50_000)
        #expect(first.texts("loc").first == Self.base + "/agencies/a1/")
        #expect(try #require(XMLCheck.parse(files[2].xml)).texts("loc") == [Self.base + "/agencies/a50001/"])
        // Exactly the limit stays one file.
        #expect(Feeds.sitemaps(baseURL: Self.base, paths: Array(paths.prefix(50_000))).map { $0.path } == ["sitemap.xml"])
    }

    /// Shuyang 2023 (published 2024-01-17), an undated 2022 report, and a 2024 report published 2025-03-01.
    static func entries() throws -> [ReportEntry] {
        let shuyang = try ReportsCSVTests.shuyang()
        let older = shuyang.with(findings: [], agencySlug: "script-alert-1-script-ju") { report in
            report.year = 2022
            report.published = nil
            report.agency = "<script>alert(1)</script>局"
        }
        let newer = shuyang.with { report in
            report.year = 2024
            report.published = "2025-03-01"
        }
        return [older, shuyang, newer]
    }

    @Test func atomFeedIsNewestFirstWithDatesFromTheReports() throws {
        let xml = Feeds.atom(baseURL: Self.base, title: "沭阳县政府信息公开年度报告 & 数据", entries: try Self.entries())
        let check = try #require(XMLCheck.parse(xml), "\(xml)")
        #expect(!xml.contains("<script"))
        #expect(xml.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"zh-CN\">"))
        #expect(check.texts("id") == [
            Self.base + "/",
            Self.base + "/agencies/shu-yang-xian-fa-zhan-he-gai-ge-ju/2024/",
            Self.base + "/agencies/shu-yang-xian-fa-zhan-he-gai-ge-ju/2023/",
            Self.base + "/agencies/script-alert-1-script-ju/2022/",
        ])
        #expect(check.texts("updated") == ["2025-03-01T00:00:00+08:00", "2025-03-01T00:00:00+08:00",
                                           "2024-01-17T00:00:00+08:00", "2022-12-31T00:00:00+08:00"])
        #expect(check.texts("title") == [
            "沭阳县政府信息公开年度报告 & 数据",
            "沭阳县发展和改革局 2024年度政府信息公开工作年度报告",
            "沭阳县发展和改革局 2023年度政府信息公开工作年度报告",
            "<script>alert(1)</script>局 2022年度政府信息公开工作年度报告",
        ])
        #expect(check.texts("summary")[1] == "本年新收政府信息公开申请 26 件，办理结果总计 26 件，结转下年度 0 件；行政复议 1 件，行政诉讼 0 件；校验：错误 1。")
        #expect(check.texts("summary")[2].hasSuffix("校验：通过。"))
        let links = check.attributes.filter { $0.name == "link" }.map { $0.attributes["href"] ?? "" }
        #expect(links.prefix(2) == [Self.base + "/feed.xml", Self.base + "/"])
        #expect(xml == Feeds.atom(baseURL: Self.base + "/", title: "沭阳县政府信息公开年度报告 & 数据", entries: try Self.entries().reversed()))
    }

    @Test func atomHonoursTheLimitAndBlanks() throws {
        var entries = try Self.entries()
        entries[1] = entries[1].with { report in
            report.applications = nil
            report.review = nil
        }
        let xml = Feeds.atom(baseURL: Self.base, title: "年报", entries: entries, limit: 2)
        let check = try #require(XMLCheck.parse(xml))
        #expect(check.texts("entry").count == 2)
        #expect(check.texts("summary")[1].hasPrefix("本年新收政府信息公开申请 未填，办理结果总计 未填"))
        let empty = Feeds.atom(baseURL: Self.base, title: "年报", entries: [])
        #expect(XMLCheck.wellFormed(empty))
        #expect(empty.contains("<updated>1970-01-01T00:00:00Z</updated>"))
    }

    @Test(arguments: [("2024-01-17", "2024-01-17"), ("2024-1-17", nil), ("2024-13-01", nil), ("二〇二四年", nil), ("2024-01-17T08", nil)] as [(String, String?)])
    func publicationDates(raw: String, expected: String?) {
        #expect(Feeds.validDay(raw) == expected)
    }

    @Test func robots() {
        #expect(Feeds.robots(baseURL: nil) == "User-agent: *\nAllow: /\n")
        #expect(Feeds.robots(baseURL: "  ") == "User-agent: *\nAllow: /\n")
        #expect(Feeds.robots(baseURL: "https://x.gov.cn/gk") == "User-agent: *\nAllow: /\n\nSitemap: https://x.gov.cn/gk/sitemap.xml\n")
    }
}
