import Foundation
import Testing
import GXBuild
import GXReport
import GXReuse
@testable import GXPortal

/// Where text reuse shows, on the sample portal: its 余姚市经济和信息化局 2021 report repeats the 2020 report (written
/// under an alias, 余姚市经信局) but for the figures.
@Suite struct TextReuseOutputTests {
    static let site: URL = {
        let output = SiteTestData.scratch("reuse-output").appendingPathComponent("Site")
        let config = try! SiteConfig.load(SiteTestData.root.appendingPathComponent("gxsite.toml"))
        let options = BuildOptions(content: SiteTestData.root.appendingPathComponent("Content"), output: output,
                                   themeDirectories: [SiteTestData.defaultTheme], jobs: 2, config: config)
        _ = try! SiteBuilder(options: options).build()
        return output
    }()

    static func text(_ path: String) throws -> String {
        try String(contentsOf: site.appendingPathComponent(path), encoding: .utf8)
    }

    static let copy = "agencies/yu-yao-shi-jing-ji-he-xin-xi-hua-ju/2021/"
    static let original = "agencies/yu-yao-shi-jing-ji-he-xin-xi-hua-ju/2020/"

    @Test func theReportsDataGivesItsShareAndPassages() throws {
        let json = try #require(JSONSerialization.jsonObject(with: Data(Self.text(Self.copy + "report.json").utf8)) as? [String: Any])
        let reuse = try #require(json["reuse"] as? [String: Any])
        #expect(reuse["own_chars"] as? Int == 1026)
        #expect(reuse["reused_chars"] as? Int == 1025)
        #expect(reuse["percent"] as? Int == 99)
        #expect((reuse["previous"] as? [String: Any])?["id"] as? String == "yu-yao-shi-jing-ji-he-xin-xi-hua-ju/2020")
        let passages = try #require(reuse["passages"] as? [[String: Any]])
        #expect(!passages.isEmpty && passages.allSatisfy { $0["previous"] as? Bool == true })
        #expect(passages.allSatisfy { ($0["own_chars"] as? Int ?? 0) >= Shingles.length })
        let first = try #require(json["findings"] as? [[String: Any]]).first
        #expect(first?["rule"] as? String == "text-reuse")
        // The 2020 report, the first, has nothing to be measured against.
        let earlier = try #require(JSONSerialization.jsonObject(with: Data(Self.text(Self.original + "report.json").utf8)) as? [String: Any])
        #expect((earlier["reuse"] as? [String: Any])?["percent"] is NSNull)
    }

    @Test func theReportPageMarksThePassagesAndLinksTheirSource() throws {
        let page = try Self.text(Self.copy + "index.html")
        #expect(page.contains("<p>一、五、六部分中本机关自己的文字（通用表述以外）共 1026 字，其中 1025 字（99%）与本机关<a href=\"../../../"
                              + Self.original + "index.html\">2020年度报告</a>相同，达到提示比例 50%。</p>"))
        let marks = page.matches(of: /<mark class="reuse reuse-previous" title="与本机关2020年度报告相同">/).count
        let links = page.matches(of: /<\/mark><a class="reuse-source" data-pagefind-ignore href="..\/..\/..\/agencies\/yu-yao-shi-jing-ji-he-xin-xi-hua-ju\/2020\/index.html" title="与本机关2020年度报告相同">〔2020年〕<\/a>/).count
        // A passage running across paragraphs is marked in each, and linked once, after its last letter.
        #expect(marks > 0 && links > 0 && links < marks)
        // The marked letters are exactly the passages' letters: as many as the passages cover, each passage among them.
        let marked = page.matches(of: /<mark class="reuse reuse-previous" title="[^"]*">(.*?)<\/mark>/).map { String($0.output.1) }.joined()
        let letters = String(decoding: ComparableText.normalized(marked.replacing(/<[^>]*>/, with: "")), as: UTF16.self)
        let json = try #require(JSONSerialization.jsonObject(with: Data(Self.text(Self.copy + "report.json").utf8)) as? [String: Any])
        let passages = try #require((json["reuse"] as? [String: Any])?["passages"] as? [[String: Any]])
        var covered = Set<Int>()
        for p in passages { if let start = p["start"] as? Int, let length = p["length"] as? Int { covered.formUnion(start..<(start + length)) } }
        #expect(letters.utf16.count == covered.count)
        #expect(passages.allSatisfy { letters.contains($0["text"] as? String ?? "—") })
    }

    @Test func theDataFilesListTheShareAndTheFlaggedPair() throws {
        let csv = try Self.text("data/reports.csv").components(separatedBy: "\r\n")
        let row = try #require(csv.first { $0.hasPrefix("yu-yao-shi-jing-ji-he-xin-xi-hua-ju/2021,") })
        #expect(row.contains(",0,2,99,0,"))
        let reuse = try Self.text("data/text-reuse.csv").components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
        #expect(!reuse.isEmpty)
        #expect(reuse.allSatisfy {
            $0.hasPrefix("yu-yao-shi-jing-ji-he-xin-xi-hua-ju/2021,余姚市经济和信息化局,2021,text-reuse,yu-yao-shi-jing-ji-he-xin-xi-hua-ju/2020,余姚市经济和信息化局,2020,99,")
        })
    }

    @Test func theYearPageAndTheDashboardShowTheShare() throws {
        let year = try Self.text("years/2021/index.html")
        #expect(year.contains("<td class=\"num\">99%</td>"))
        #expect(year.contains("2021年度各报告与上一份报告文字重复比例分布"))
        let dashboard = try Self.text("validation/2021/index.html")
        #expect(dashboard.contains("<tr class=\"total\"><th scope=\"row\">合计</th><td class=\"num\">2</td><td class=\"num\">1</td><td class=\"num\">1</td><td class=\"num\">99%</td></tr>"))
        #expect(dashboard.contains("全部年度") && dashboard.contains("各报告与上一份报告文字重复比例分布"))
    }
}
