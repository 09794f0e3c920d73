import Foundation
import Testing
import GXReport
@testable import GXPortal

/// Corrected reports: the newer file is the report, the older stays at `…/<year>/v1/`, the changed figures are listed.
@Suite struct CorrectionTests {
    static let page = "agencies/shu-yang-xian-fa-zhan-he-gai-ge-ju/2023/"

    /// v1 as published on 2024-01-17 (its text says so); v2 republished with 27 instead of 26.
    static func site(_ sidecar: String = OfficeTestSite.sidecar(published: "2024-01-25")) throws -> OfficeTestSite {
        try OfficeTestSite("correction", files: [
            "a.txt": OfficeTestSite.shuyang(),
            "b.txt": OfficeTestSite.shuyang(applications: 27), "b.meta.toml": sidecar,
        ])
    }

    @Test(arguments: [
        OfficeTestSite.sidecar(published: "2024-01-25"),
        // Marked in the sidecar: a correction even with the same date in its text.
        OfficeTestSite.sidecar(extra: "correction = true"),
        OfficeTestSite.sidecar(extra: "replaces = \"a.txt\""),
    ])
    func newerVersionIsTheReportAndNotADuplicate(_ sidecar: String) throws {
        let site = try Self.site(sidecar)
        defer { site.remove() }
        let load = try site.load()
        #expect(load.reports.map(\.0.source) == ["b.txt"])
        #expect(!load.reports[0].1.contains { $0.rule == "duplicate-report" })
        #expect(load.earlier["b.txt"]?.map(\.0.source) == ["a.txt"])
    }

    @Test func sameDateUnmarkedIsStillADuplicate() throws {
        let site = try Self.site(OfficeTestSite.sidecar(published: "2024-01-17"))
        defer { site.remove() }
        let load = try site.load()
        #expect(load.reports.count == 1)
        #expect(load.reports[0].1.contains { $0.rule == "duplicate-report" })
        #expect(load.earlier.isEmpty)
    }

    @Test func pageSaysCorrectedAndListsChangedFigures() throws {
        let site = try Self.site()
        defer { site.remove() }
        try site.build()
        let lines = try site.text(Self.page + "index.html").components(separatedBy: "\n")
        #expect(lines.contains("本报告更正于 2024-01-25。更正前的版本： v1 （发布于 2024-01-17）"))
        #expect(lines.contains("v1 → 现行版本：6 个数字有变化"))
        #expect(lines.contains("表三 一、本年新收政府信息公开申请数量·自然人 26 27"))
        #expect(lines.contains("表三 一、本年新收政府信息公开申请数量·总计 26 27"))
        #expect(lines.contains("表三 （一）予以公开·自然人 26 27"))
        #expect(lines.contains("表三 （七）总计·总计 26 27"))
        #expect(try site.file(Self.page + "index.html").contains("<a href=\"../../../agencies/shu-yang-xian-fa-zhan-he-gai-ge-ju/2023/v1/index.html\">v1</a>"))
        // The earlier version stays reachable at a stable URL, with its own figures.
        let old = try site.text(Self.page + "v1/index.html")
        #expect(old.contains("本页是2023年度报告更正前的版本（v1，发布于 2024-01-17），仅供查阅。 查看现行版本 （更正于 2024-01-25）。"))
        #expect(try site.file(Self.page + "v1/report.json").contains("\"version\": 1"))
        #expect(try site.file(Self.page + "v1/report.md").contains("| 一、本年新收政府信息公开申请数量 | 26 |"))
        #expect(try site.file(Self.page + "report.md").contains("| 一、本年新收政府信息公开申请数量 | 27 |"))
        #expect(site.exists(Self.page + "v1/original.txt"))
        #expect(site.exists("badges/shu-yang-xian-fa-zhan-he-gai-ge-ju/2023-v1.svg"))
    }

    @Test func reportsJSONKeepsOneObjectWithItsCorrections() throws {
        let site = try Self.site()
        defer { site.remove() }
        try site.build()
        let json = try #require(try JSONSerialization.jsonObject(with: site.data("data/reports.json")) as? [String: Any])
        let reports = try #require(json["reports"] as? [[String: Any]])
        #expect(reports.count == 1)
        #expect(reports[0]["source"] as? String == "b.txt")
        let corrections = try #require(reports[0]["corrections"] as? [[String: Any]])
        #expect(corrections.count == 1)
        #expect(corrections[0]["version"] as? Int == 1)
        #expect(corrections[0]["page"] as? String == Self.page + "v1/")
        #expect(corrections[0]["published"] as? String == "2024-01-17")
        let changes = try #require(corrections[0]["changes"] as? [[String: String]])
        #expect(changes.count == 6)
        #expect(changes[0] == ["cell": "t3-new-natural_person", "name": "表三 一、本年新收政府信息公开申请数量·自然人", "old": "26", "new": "27"])
    }

    @Test func threeVersionsGetV1AndV2() throws {
        let site = try OfficeTestSite("correction-three", files: [
            "a.txt": OfficeTestSite.shuyang(),
            "b.txt": OfficeTestSite.shuyang(applications: 27), "b.meta.toml": OfficeTestSite.sidecar(published: "2024-01-25"),
            "c.txt": OfficeTestSite.shuyang(applications: 28), "c.meta.toml": OfficeTestSite.sidecar(published: "2024-02-02"),
        ])
        defer { site.remove() }
        try site.build()
        #expect(site.exists(Self.page + "v1/index.html") && site.exists(Self.page + "v2/index.html"))
        #expect(try site.file(Self.page + "v2/report.md").contains("| 一、本年新收政府信息公开申请数量 | 27 |"))
        let lines = try site.text(Self.page + "index.html").components(separatedBy: "\n")
        #expect(lines.contains("v1 → v2：6 个数字有变化"))
        #expect(lines.contains("v2 → 现行版本：6 个数字有变化"))
        #expect(lines.contains("表三 一、本年新收政府信息公开申请数量·自然人 27 28"))
    }

    @Test func figureChangesNameBlankAndText() throws {
        let old = try #require(ReportParser(source: "a", format: "text").parse(text: OfficeTestSite.shuyang()).report)
        let new = try #require(ReportParser(source: "b", format: "text").parse(text: OfficeTestSite.shuyang([89: "\t2", 94: "\t约26"])).report)
        #expect(FigureChange.between(old, new) == [
            FigureChange(cell: "t3-new-commercial_enterprise", name: "表三 一、本年新收政府信息公开申请数量·商业企业", old: "空白", new: "2"),
            FigureChange(cell: "t3-new-total", name: "表三 一、本年新收政府信息公开申请数量·总计", old: "26", new: "约26"),
        ])
    }
}
