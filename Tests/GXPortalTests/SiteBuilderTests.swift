import Foundation
import Testing
@testable import GXReport
@testable import GXPortal
@testable import GXBuild

@Suite struct SiteBuilderTests {
    static func build(content: URL = SiteTestData.root.appendingPathComponent("Content"), themes: [URL] = [SiteTestData.defaultTheme]) throws -> (URL, BuildSummary) {
        let output = SiteTestData.scratch("site").appendingPathComponent("Site")
        let summary = try SiteBuilder(options: BuildOptions(content: content, output: output, themeDirectories: themes)).build()
        return (output, summary)
    }

    @Test func seedsBuildEveryRequiredPage() throws {
        let (output, summary) = try Self.build()
        // Five seeds, a copy of 000 for 2021 under a short name, and a corrected 003 (its first version at v1/).
        #expect(summary.reports == 6)
        let files = Set(SiteTestData.files(in: output))
        let agencies = ["yu-yao-shi-jing-ji-he-xin-xi-hua-ju", "ning-hai-xian-shang-wu-ju", "er-qi-qu-gong-ye-he-xin-xi-hua-ju",
                        "ning-bo-shi-zhen-hai-qu-jing-ji-he-xin-xi-hua-ju", "jiao-jiang-qu-ren-min-zheng-fu-xing-zheng-fu-wu-zhong-xin"]
        for slug in agencies {
            #expect(files.contains("agencies/\(slug)/index.html"), "\(slug)")
        }
        #expect(files.filter { $0.hasSuffix("/report.md") }.count == 7)
        #expect(files.filter { $0.hasPrefix("agencies/") && $0.hasSuffix("/report.json") }.count == 7)
        #expect(files.contains("agencies/ning-bo-shi-zhen-hai-qu-jing-ji-he-xin-xi-hua-ju/2021/v1/index.html"))
        for page in ["index.html", "years/2020/index.html", "years/2021/index.html", "agencies/index.html", "regions/index.html",
                     "regions/yu-yao-shi/index.html", "regions/ning-bo-shi-zhen-hai-qu/index.html", "regions/er-qi-qu/index.html",
                     "regions/jiao-jiang-qu/index.html", "regions/ning-hai-xian/index.html", "data/reports.json", "assets/style.css"] {
            #expect(files.contains(page), "\(page)")
        }
    }

    @Test func reportsJSONMatchesTheParsedCells() throws {
        let (output, _) = try Self.build()
        let data = try Data(contentsOf: output.appendingPathComponent("data/reports.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let reports = try #require(json["reports"] as? [[String: Any]])
        #expect(reports.count == 6)
        for object in reports {
            let source = try #require(object["source"] as? String)
            let parsed = try #require(ReportParser(source: source, format: "text").parse(text: String(contentsOf: SiteTestData.root.appendingPathComponent("Content/\(source)"), encoding: .utf8)).report)
            let applications = try #require(object["applications"] as? [String: Any])
            let table = try #require(parsed.applications)
            for row in table.rows {
                var node: Any? = applications
                for key in row.jsonPath { node = (node as? [String: Any])?[key] }
                let values = try #require(node as? [Any], "\(source) \(row)")
                let expected: [Int?] = table.cells[row]!.map(\.number)
                #expect(values.map { $0 as? Int } == expected, "\(source) \(row)")
            }
            let review = try #require(object["review_litigation"] as? [String: [Any]])
            for block in ReviewBlock.allCases {
                #expect(review[block.key]!.map { $0 as? Int } == ReviewOutcome.allCases.map { parsed.review![block, $0].number })
            }
            #expect(object["id"] as? String == "\(object["page"]! as! String)".replacingOccurrences(of: "agencies/", with: "").dropLast().description)
        }
    }

    /// Every relative link and asset of every page resolves to a file of the site.
    @Test func allInternalLinksResolve() throws {
        let (output, _) = try Self.build()
        var checked = 0
        // 404.html is served at any depth, so its links are root-absolute by design (checked below).
        for page in SiteTestData.files(in: output) where page.hasSuffix(".html") && page != "404.html" {
            let html = try String(contentsOf: output.appendingPathComponent(page), encoding: .utf8)
            let folder = output.appendingPathComponent(page).deletingLastPathComponent()
            for match in html.matches(of: /(?:href|src)="([^"#]+)"/) {
                let target = String(match.1)
                #expect(!target.hasPrefix("/"), "absolute link \(target) in \(page)")
                if target.contains("://") { continue }
                let url = folder.appendingPathComponent(target).standardizedFileURL
                #expect(FileManager.default.fileExists(atPath: url.path), "\(page) links to missing \(target)")
                checked += 1
            }
        }
        #expect(checked > 100)
        let notFound = try String(contentsOf: output.appendingPathComponent("404.html"), encoding: .utf8)
        #expect(notFound.contains("<h1>页面未找到</h1>"))
        #expect(notFound.contains("href=\"/index.html\""))
    }

    @Test func hostileTextStaysText() throws {
        let (output, _) = try Self.build(content: SiteTestData.siteFixture.appendingPathComponent("content"))
        for file in SiteTestData.files(in: output) where file.hasSuffix(".html") {
            var html = try String(contentsOf: output.appendingPathComponent(file), encoding: .utf8)
            // The one script of the site is the theme's, on the search page.
            if file == "search/index.html" { html = html.replacingOccurrences(of: "<script src=\"../assets/search.js\"></script>", with: "") }
            #expect(!html.contains("<script"), "\(file)")
            // The theme's own badges are the only images a page may hold.
            #expect(html.components(separatedBy: "<img").count == html.components(separatedBy: "<img class=\"badge\" src=\"").count, "\(file)")
            #expect(!html.contains("href=\"javascript:"), "\(file)")
        }
        let reportPage = try String(contentsOf: output.appendingPathComponent("agencies/er-qi-qu-script-alert-1-script-ju/2020/index.html"), encoding: .utf8)
        #expect(reportPage.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(reportPage.contains("{{title}}"))
        #expect(reportPage.contains("[点我](javascript:alert(1))"))
    }

    @Test func outputReadmeIsKept() throws {
        let output = SiteTestData.scratch("readme").appendingPathComponent("Site")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try "keep me\n".write(to: output.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        try "stale\n".write(to: output.appendingPathComponent("stale.html"), atomically: true, encoding: .utf8)
        _ = try SiteBuilder(options: BuildOptions(content: SiteTestData.root.appendingPathComponent("Content"), output: output,
                                                  themeDirectories: [SiteTestData.defaultTheme])).build()
        #expect(try String(contentsOf: output.appendingPathComponent("README.md"), encoding: .utf8) == "keep me\n")
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("stale.html").path))
    }

    @Test func customThemeOverridesByFileNameAndFallsBack() throws {
        let theme = SiteTestData.scratch("theme")
        try "<footer>自定义页脚</footer>\n".write(to: theme.appendingPathComponent("footer.mustache"), atomically: true, encoding: .utf8)
        let (output, _) = try Self.build(themes: [theme, SiteTestData.defaultTheme])
        let home = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(home.contains("<footer>自定义页脚</footer>"))
        #expect(home.contains("<h2 id=\"years-heading\">按年度浏览</h2>"))
    }

    @Test func brokenTemplateIsNamedWithItsOwnLine() throws {
        let text = "<footer>\n{{#open}}\n</footer>\n"
        let theme = SiteTestData.scratch("broken-theme")
        try text.write(to: theme.appendingPathComponent("footer.mustache"), atomically: true, encoding: .utf8)
        let asWritten = try #require(Theme.parseError(text))
        // Templates are registered with the escaping pragma on a line before: that message names a line one further down.
        #expect(asWritten != Theme.parseError(HTMLEscaping.pragma + text))
        #expect(Theme.parseError("<footer>{{name}}</footer>") == nil)
        #expect(throws: BuildFailure(step: "load", error: .badTemplate(name: "footer", detail: asWritten))) {
            _ = try Self.build(themes: [theme, SiteTestData.defaultTheme])
        }
    }

    @Test(arguments: [
        (BuildError.missingContent("/x/Content"), "content folder not found: /x/Content"),
        (BuildError.missingTheme("/x/theme"), "theme folder not found: /x/theme"),
        (BuildError.missingTemplate(name: "base", directories: ["/t"]), "template 'base.mustache' not found in /t"),
        (BuildError.unwritableOutput("/ro/Site", detail: "Permission denied"), "cannot write output folder /ro/Site: Permission denied"),
    ])
    func errorMessages(error: BuildError, message: String) {
        #expect(error.description == message)
        #expect(BuildFailure(step: "write", error: error).description == "write: " + message)
    }

    @Test func missingContentIsAnError() throws {
        #expect(throws: BuildFailure(step: "load", error: .missingContent("/nonexistent/Content"))) {
            try SiteBuilder(options: BuildOptions(content: URL(fileURLWithPath: "/nonexistent/Content"), output: SiteTestData.scratch("x"),
                                                  themeDirectories: [SiteTestData.defaultTheme])).build()
        }
    }

    @Test func missingThemeIsAnError() throws {
        #expect(throws: BuildFailure(step: "load", error: .missingTheme("/nonexistent/theme"))) {
            try SiteBuilder(options: BuildOptions(content: SiteTestData.root.appendingPathComponent("Content"), output: SiteTestData.scratch("x"),
                                                  themeDirectories: [URL(fileURLWithPath: "/nonexistent/theme")])).build()
        }
    }
}
