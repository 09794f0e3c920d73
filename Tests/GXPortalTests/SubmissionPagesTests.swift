import Foundation
import Testing
@testable import GXPortal

/// The submissions pages (报送情况) built from a roster: states, deadlines, counts per region, CSV.
@Suite struct SubmissionPagesTests {
    static let roster = """
        [[roster]]
        agency = "沭阳县发展和改革局"
        contact = "王某 0527-83593059"
        years = [2023]

        [[roster]]
        agency = "沭阳县财政局"
        years = [2023]

        [[roster]]
        agency = "沭阳县人民政府"
        years = [2023]

        [[roster]]
        agency = "沭阳县教育局"
        years = [2023]

        [[roster]]
        agency = "沭阳县卫生健康委员会"
        contact = "=HYPERLINK(\\"x\\")"
        from = 2023
        """

    static func site(config: String = roster) throws -> OfficeTestSite {
        try OfficeTestSite("submissions", files: [
            "a.txt": OfficeTestSite.shuyang(),
            "b.txt": OfficeTestSite.shuyang(), "b.meta.toml": OfficeTestSite.sidecar(agency: "沭阳县财政局", published: "2024-02-05"),
            "c.txt": OfficeTestSite.shuyang(), "c.meta.toml": OfficeTestSite.sidecar(agency: "沭阳县人民政府", published: "2024-03-20"),
            // 本年新收·自然人 25 breaks the 勾稽关系: an error.
            "d.txt": OfficeTestSite.shuyang([88: "\t25"]), "d.meta.toml": OfficeTestSite.sidecar(agency: "沭阳县教育局"),
            "e.txt": OfficeTestSite.shuyang(), "e.meta.toml": OfficeTestSite.sidecar(agency: "泗阳县发展和改革局"),
        ], config: config)
    }

    @Test func yearPageShowsEveryExpectedAgencyWithItsStateAndDeadline() throws {
        let site = try Self.site()
        defer { site.remove() }
        try site.build()
        let text = try site.text("submissions/2023/index.html")
        let lines = text.components(separatedBy: "\n")
        #expect(lines.contains("应报送 5 个机关：已发布 2 个，逾期 1 个，有错误 1 个，未报送 1 个。法定期限：部门 2024-01-31，本级人民政府 2024-03-31。 下载本表（CSV）"))
        #expect(lines.contains("沭阳县发展和改革局 沭阳县 部门 已发布 2024-01-17 2024-01-31 王某 0527-83593059"))
        #expect(lines.contains("沭阳县财政局 沭阳县 部门 逾期 2024-02-05 2024-01-31"))
        // A government's own report has until 3月31日, as in the late-publication rule.
        #expect(lines.contains("沭阳县人民政府 沭阳县 本级政府 已发布 2024-03-20 2024-03-31"))
        #expect(lines.contains("沭阳县教育局 沭阳县 部门 有错误 2024-01-17 2024-01-31"))
        #expect(lines.contains("沭阳县卫生健康委员会 沭阳县 部门 未报送 — 2024-01-31 — =HYPERLINK(\"x\")"))
        #expect(lines.contains("沭阳县 5 2 1 1 1"))
        // Reports from agencies not on the roster are listed apart.
        let unlisted = try #require(text.range(of: "未列入名单的机关"))
        #expect(text[unlisted.upperBound...].contains("泗阳县发展和改革局 泗阳县 2024-01-17 2024-01-31"))
        #expect(!text[..<unlisted.lowerBound].contains("泗阳县发展和改革局"))
        let html = try site.file("submissions/2023/index.html")
        #expect(html.contains("<a href=\"../../agencies/shu-yang-xian-cai-zheng-ju/2023/index.html\">沭阳县财政局</a>"))
    }

    @Test func csvHasOneFormulaSafeRowPerAgency() throws {
        let site = try Self.site()
        defer { site.remove() }
        try site.build()
        #expect(try site.data("submissions/2023/submissions.csv").prefix(3) == Data([0xEF, 0xBB, 0xBF]))
        let raw = String(decoding: try site.data("submissions/2023/submissions.csv").dropFirst(3), as: UTF8.self)
        let rows = raw.components(separatedBy: "\r\n")
        #expect(rows[0] == "year,agency,region,kind,contact,state,state_label,published,deadline,page,errors,warnings")
        // The five reports are one text under five names: each names the four others (text-shared).
        #expect(rows[1] == "2023,沭阳县发展和改革局,沭阳县,department,王某 0527-83593059,published,已发布,2024-01-17,2024-01-31,agencies/shu-yang-xian-fa-zhan-he-gai-ge-ju/2023/,0,29")
        #expect(rows[2] == "2023,沭阳县财政局,沭阳县,department,,late,逾期,2024-02-05,2024-01-31,agencies/shu-yang-xian-cai-zheng-ju/2023/,0,30")
        #expect(rows[3] == "2023,沭阳县人民政府,沭阳县,government,,published,已发布,2024-03-20,2024-03-31,agencies/shu-yang-xian-ren-min-zheng-fu/2023/,0,29")
        #expect(rows[4].hasPrefix("2023,沭阳县教育局,沭阳县,department,,errors,有错误,2024-01-17,2024-01-31,agencies/shu-yang-xian-jiao-yu-ju/2023/,"))
        #expect(rows[5] == "2023,沭阳县卫生健康委员会,沭阳县,department,\"'=HYPERLINK(\"\"x\"\")\",missing,未报送,,2024-01-31,,,")
        #expect(rows[6] == "2023,泗阳县发展和改革局,泗阳县,,,unlisted,未列入名单,2024-01-17,2024-01-31,agencies/si-yang-xian-fa-zhan-he-gai-ge-ju/2023/,0,29")
        #expect(rows.count == 8 && rows[7].isEmpty)
    }

    @Test func indexListsYearsAndNavigationLinksIt() throws {
        let site = try Self.site(config: Self.roster + "\n\n[[roster]]\nagency = \"泗阳县人民政府\"\nyears = [2024]\n")
        defer { site.remove() }
        try site.build()
        // 2024 has no report yet, but the roster expects reports for it: a page of agencies still missing.
        #expect(site.exists("submissions/2024/index.html"))
        #expect(!site.exists("submissions/2022/index.html"))
        let index = try site.text("submissions/index.html").components(separatedBy: "\n")
        #expect(index.contains("2024年度 2 0 0 0 2 0"))
        #expect(index.contains("2023年度 5 2 1 1 1 1"))
        #expect(try site.file("index.html").contains("<li><a href=\"submissions/index.html\">报送情况</a></li>"))
        #expect(try site.file("agencies/index.html").contains("<li><a href=\"../submissions/index.html\">报送情况</a></li>"))
        #expect(try site.file("index.html").contains(" · <a href=\"submissions/2024/index.html\">2024年度报送情况</a>"))
    }

    @Test func withoutRosterNoSubmissionsPages() throws {
        let site = try Self.site(config: "")
        defer { site.remove() }
        try site.build()
        #expect(!site.exists("submissions"))
        #expect(!(try site.file("index.html")).contains("报送情况"))
    }

    @Test(arguments: Submission.State.allCases)
    func stateLabels(_ state: Submission.State) {
        let expected: [Submission.State: String] = [.published: "已发布", .late: "逾期", .errors: "有错误", .missing: "未报送", .unlisted: "未列入名单"]
        #expect(state.label == expected[state])
    }
}
