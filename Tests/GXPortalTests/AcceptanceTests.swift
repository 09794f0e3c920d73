import Foundation
import Testing
import GXReport
@testable import GXPortal

/// Accepted findings (已说明): shown with the reason, not counted in the status; stale ones reported.
@Suite struct AcceptanceTests {
    /// d.txt: 本年新收·自然人 25 breaks the 勾稽关系 (an error at 四、结转下年度·自然人, line 345 column 2).
    static func site(_ config: String) throws -> OfficeTestSite {
        try OfficeTestSite("accept", files: [
            "a.txt": OfficeTestSite.shuyang(),
            "d.txt": OfficeTestSite.shuyang([88: "\t25"]), "d.meta.toml": OfficeTestSite.sidecar(agency: "沭阳县教育局"),
        ], config: config)
    }

    static let acceptError = """
        [[accept]]
        rule = "reconciliation"
        agency = "沭阳县教育局"
        year = 2023
        cell = "t3-carriedForward-natural_person"
        reason = "原表自然人列有笔误，已书面说明"
        """

    @Test func acceptedErrorNoLongerFailsTheReport() throws {
        let site = try Self.site(Self.acceptError)
        defer { site.remove() }
        let summary = try site.build()
        let finding = try #require(summary.findings.first { $0.rule == "reconciliation" })
        #expect(finding.acceptance == "原表自然人列有笔误，已书面说明")
        let json = try #require(try JSONSerialization.jsonObject(with: site.data("agencies/shu-yang-xian-jiao-yu-ju/2023/report.json")) as? [String: Any])
        #expect(json["status"] as? String == "warn")
        let findings = try #require(json["findings"] as? [[String: Any]])
        #expect(findings.first { $0["rule"] as? String == "reconciliation" }?["accepted"] as? String == "原表自然人列有笔误，已书面说明")
        let page = try site.text("agencies/shu-yang-xian-jiao-yu-ju/2023/index.html")
        // One warning is the other report, which is the same text under another name (text-shared).
        #expect(page.contains("发现 0 个错误、26 个警告。另有 1 个问题已说明，不计入校验结果。"))
        #expect(page.contains("已说明（错误）：自然人列：第一项+第二项=25，第三项+第四项=26（第345行第2列，规则 reconciliation ） 说明：原表自然人列有笔误，已书面说明 定位"))
        #expect(try site.file("agencies/shu-yang-xian-jiao-yu-ju/2023/index.html").contains("class=\"num flag flag-accepted\" id=\"t3-carriedForward-natural_person\""))
        #expect(try site.file("badges/shu-yang-xian-jiao-yu-ju/2023.svg").contains("警告"))
        let validation = try site.text("validation/index.html").components(separatedBy: "\n")
        #expect(validation.contains("勾稽关系不成立 （错误， reconciliation ） 1 1"))
        // The count links to exactly its finding, shown with the office's reason.
        let list = try site.text("validation/findings/reconciliation/shu-yang-xian/index.html").components(separatedBy: "\n")
        #expect(list.contains { $0.hasPrefix("沭阳县教育局 沭阳县 2023 错误 d.txt:345:2 自然人列：第一项+第二项=25，第三项+第四项=26 已说明 ：原表自然人列有笔误，已书面说明") })
    }

    @Test(arguments: [nil, "t3-new-commercial_enterprise", "89:2"] as [String?])
    func acceptanceCoversTheNamedCellOrTheWholeRule(_ cell: String?) throws {
        let config = """
            [[accept]]
            rule = "blank-cell"
            agency = "沭阳县发展和改革局"
            year = 2023
            \(cell.map { "cell = \"\($0)\"" } ?? "")
            reason = "该局无法人申请，空白处均为0"
            """
        let site = try Self.site(config)
        defer { site.remove() }
        let load = try site.load()
        let report = try #require(load.reports.first { $0.0.agency == "沭阳县发展和改革局" })
        let blanks = report.1.filter { $0.rule == "blank-cell" }
        #expect(blanks.count == 25)
        #expect(blanks.filter(\.isAccepted).count == (cell == nil ? 25 : 1))
        if cell != nil { #expect(blanks.first { $0.isAccepted }?.location == SourceLocation(line: 89, column: 2)) }
        #expect(!report.1.contains { $0.rule == "stale-acceptance" })
        #expect(load.configFindings.isEmpty)
    }

    @Test func staleAcceptanceIsReportedOnTheReport() throws {
        let config = """
            title = "x"

            [[accept]]
            rule = "row-sum"
            agency = "沭阳县发展和改革局"
            year = 2023
            reason = "旧的说明"
            """
        let site = try Self.site(config)
        defer { site.remove() }
        let summary = try site.build()
        let stale = summary.findings.filter { $0.rule == "stale-acceptance" }
        #expect(stale.map(\.message) == ["gxsite.toml第3行接受的问题（规则 row-sum，沭阳县发展和改革局2023年度）已不再出现，请删除或改正这条说明"])
        #expect(stale.first?.severity == .warning)
        #expect(stale.first?.file == "a.txt")
        #expect(stale.first?.where == "配置文件")
        #expect(try site.text("agencies/shu-yang-xian-fa-zhan-he-gai-ge-ju/2023/index.html").contains("警告：gxsite.toml第3行接受的问题"))
        #expect(try site.text("validation/rules/index.html").contains("已说明的问题不再出现 stale-acceptance"))
    }

    @Test func staleAcceptanceWithoutReportIsAConfigFinding() throws {
        let config = """
            [[accept]]
            rule = "late-publication"
            agency = "沭阳县发展和改革局"
            year = 2020
            cell = "t4-review-total"
            reason = "说明"
            """
        let site = try Self.site(config)
        defer { site.remove() }
        let summary = try site.build()
        #expect(summary.configFindings.map(\.message) == ["gxsite.toml第1行接受的问题（规则 late-publication，沭阳县发展和改革局2020年度，单元格 t4-review-total）已不再出现，请删除或改正这条说明"])
        #expect(summary.configFindings.first?.file == "gxsite.toml")
        #expect(summary.configFindings.first?.location == SourceLocation(line: 1, column: 1))
        #expect(!summary.findings.contains { $0.rule == "stale-acceptance" })
    }

    @Test func findingsCSVHasOneRowPerFindingWithAcceptance() throws {
        let site = try Self.site(Self.acceptError)
        defer { site.remove() }
        try site.build()
        let data = try site.data("data/findings.csv")
        #expect(data.prefix(3) == Data([0xEF, 0xBB, 0xBF]))
        let rows = String(decoding: data.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")
        #expect(rows[0] == "id,agency,region,year,rule,severity,cell,where,file,line,column,page,message,accepted,reason")
        // The two reports are one text under two names: each names the other (text-shared).
        #expect(rows.count == 1 + 25 + 26 + 1 + 2)
        #expect(rows.contains("shu-yang-xian-jiao-yu-ju/2023,沭阳县教育局,沭阳县,2023,reconciliation,error,t3-carriedForward-natural_person,"
                              + "表三 第四项（结转下年度） 自然人列,d.txt,345,2,,自然人列：第一项+第二项=25，第三项+第四项=26,yes,原表自然人列有笔误，已书面说明"))
        #expect(rows.contains("shu-yang-xian-fa-zhan-he-gai-ge-ju/2023,沭阳县发展和改革局,沭阳县,2023,blank-cell,warning,t3-new-commercial_enterprise,"
                              + "表三 第一项（本年新收） 商业企业列,a.txt,89,2,,一、本年新收政府信息公开申请数量：商业企业、科研机构、社会公益组织、法律服务机构、法人或其他组织·其他为空白（未填写不同于0）,no,"))
        let dataPage = try site.text("data/index.html")
        #expect(dataPage.contains("findings.csv ：全部校验发现，每行一项"))
        #expect(dataPage.contains("accepted 是否已由公开办说明接受：yes 或 no；已说明的问题不计入报告的校验结果"))
    }

    @Test func findingsCSVIsFormulaSafe() throws {
        let site = try OfficeTestSite("accept-csv", files: [
            "a.txt": OfficeTestSite.shuyang([88: "\t25"]), "a.meta.toml": OfficeTestSite.sidecar(agency: "=cmd|' /C calc'!A0", extra: "region = \"+x\""),
        ])
        defer { site.remove() }
        try site.build()
        let rows = String(decoding: try site.data("data/findings.csv").dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")
        #expect(rows[1].contains(",'=cmd|' /C calc'!A0,'+x,2023,"))
    }

    @Test func regionSummaryCountsFindingsPerRule() throws {
        let site = try Self.site(Self.acceptError)
        defer { site.remove() }
        try site.build()
        let lines = try site.text("validation/index.html").components(separatedBy: "\n")
        #expect(lines.contains("问题数（含已说明的问题），点击数字查看对应问题清单；规则左侧红线为错误，橙线为警告"))
        #expect(lines.contains("规则 沭阳县 合计"))
        #expect(lines.contains("勾稽关系不成立 （错误， reconciliation ） 1 1"))
        #expect(lines.contains("数字单元格未填写 （警告， blank-cell ） 50 50"))
        #expect(lines.contains("与其他机关报告文字相同 （警告， text-shared ） 2 2"))
        let csv = String(decoding: try site.data("validation/matrix.csv"), as: UTF8.self)
        #expect(csv == "\u{FEFF}规则,规则名称,沭阳县,合计\r\nreconciliation,勾稽关系不成立,1,1\r\nblank-cell,数字单元格未填写,50,50\r\n"
                + "text-shared,与其他机关报告文字相同,2,2\r\n")
    }
}
