import Foundation
import Testing
import GXReport
@testable import GXPortal

/// Aliases and renames: one identity, page and slug across names; duplicates and carry-over use it.
@Suite struct AliasTests {
    static let config = """
        [[aliases]]
        agency = "沭阳县发展和改革局"
        names = ["沐阳县发展和改革局", "沭阳县发改局"]

        [[aliases]]
        agency = "沭阳县发展和改革局"
        names = ["沭阳县发展计划委员会"]
        renamed = 2019
        """

    @Test(arguments: [true, false])
    func duplicateCheckUsesTheMappedIdentity(_ aliased: Bool) throws {
        // An OCR slip (沐 for 沭) of the same report.
        let site = try OfficeTestSite("alias-duplicate", files: [
            "a.txt": OfficeTestSite.shuyang(),
            "b.txt": OfficeTestSite.shuyang(), "b.meta.toml": OfficeTestSite.sidecar(agency: "沐阳县发展和改革局"),
        ], config: aliased ? Self.config : "")
        defer { site.remove() }
        let load = try site.load()
        if aliased {
            #expect(load.reports.count == 1)
            #expect(load.reports[0].0.agency == "沭阳县发展和改革局")
            #expect(load.reports[0].1.filter { $0.rule == "duplicate-report" }.map(\.message) == ["同一机关同一年度还有其他文件：b.txt；只发布本文件"])
        } else {
            #expect(load.reports.map(\.0.agency).sorted() == ["沐阳县发展和改革局", "沭阳县发展和改革局"])
            #expect(!load.reports.flatMap(\.1).contains { $0.rule == "duplicate-report" })
        }
    }

    @Test(arguments: [true, false])
    func carryOverUsesTheMappedIdentity(_ aliased: Bool) throws {
        // 2022 under the short name; 2023 says 3 were carried over, 2022 carried 0 forward.
        let site = try OfficeTestSite("alias-carry", files: [
            "2022.txt": OfficeTestSite.shuyang(), "2022.meta.toml": OfficeTestSite.sidecar(agency: "沭阳县发改局", year: 2022, published: "2023-01-20"),
            "2023.txt": OfficeTestSite.shuyang([97: "\t3", 103: "\t3"]),
        ], config: aliased ? Self.config : "")
        defer { site.remove() }
        let load = try site.load()
        let current = try #require(load.reports.first { $0.0.year == 2023 })
        let carry = current.1.filter { $0.rule == "carry-over" }
        if aliased {
            #expect(carry.map(\.message) == ["自然人列：2023年“二、上年结转”=3，2022年报告（2022.txt）“四、结转下年度继续办理”=0",
                                             "总计列：2023年“二、上年结转”=3，2022年报告（2022.txt）“四、结转下年度继续办理”=0"])
        } else {
            #expect(carry.isEmpty)
        }
    }

    @Test func agencyKeepsOnePageAndSlugAndShowsItsNames() throws {
        let site = try OfficeTestSite("alias-pages", files: [
            "2022.txt": OfficeTestSite.shuyang(), "2022.meta.toml": OfficeTestSite.sidecar(agency: "沭阳县发改局", year: 2022),
            "2023.txt": OfficeTestSite.shuyang(),
        ], config: Self.config)
        defer { site.remove() }
        let summary = try site.build()
        #expect(summary.reports == 2)
        #expect(site.exists("agencies/shu-yang-xian-fa-zhan-he-gai-ge-ju/2022/index.html"))
        #expect(site.exists("agencies/shu-yang-xian-fa-zhan-he-gai-ge-ju/2023/index.html"))
        #expect(!site.exists("agencies/shu-yang-xian-fa-gai-ju"))
        let agency = try site.text("agencies/shu-yang-xian-fa-zhan-he-gai-ge-ju/index.html").components(separatedBy: "\n")
        #expect(agency.contains("地区： 沭阳县 。已发布 2 个年度的报告。"))
        #expect(agency.contains("沭阳县发展计划委员会（曾用名，2019年机构改革前使用）"))
        #expect(agency.contains("沭阳县发改局（别名；2022年度报告使用此名称）"))
        #expect(agency.contains("沐阳县发展和改革局（别名）"))
        let report = try site.text("agencies/shu-yang-xian-fa-zhan-he-gai-ge-ju/2022/index.html")
        #expect(report.contains("报告中的机关名称为“沭阳县发改局”，系本机关的别名或曾用名。"))
        // Two report objects name the agency (links to other reports name it too, without a region after it).
        #expect(try site.file("data/reports.json").components(separatedBy: "\"agency\":\"沭阳县发展和改革局\",\"region\"").count == 3)
    }

    @Test func messagesWordForWord() {
        #expect(SiteMessages.aliasNote(renamed: nil, years: []) == "别名")
        #expect(SiteMessages.aliasNote(renamed: 2019, years: [2017, 2018]) == "曾用名，2019年机构改革前使用；2017、2018年度报告使用此名称")
    }
}
