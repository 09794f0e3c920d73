import Testing
@testable import GXMarkdown
@testable import GXReport
@testable import GXPortal

/// Figures recovered from crawled text are marked cell by cell on the report page and listed in `report.json`.
@Suite struct RecoveredCellsTests {
    /// A crawled 2020 report: headings inline, every row of table 三 glued (1 application granted), table 四 glued.
    static var crawled: String {
        var lines = [
            "某某县测试局2020年政府信息公开工作年度报告",
            "一、总体情况2020年，本局认真贯彻落实《条例》。",
            "二、主动公开政府信息情况本年度主动公开政府信息20条。",
            "三、收到和处理政府信息公开申请情况申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他",
        ]
        var previousGroup: String?
        for row in ApplicationRow.rows2019 {
            var label = row.label
            if row == .granted { label = "三、本年度办理结果" + label }
            if let group = row.group, group.hasPrefix("（"), group != previousGroup { label = group + label }
            previousGroup = row.group
            lines.append(label + ([.new, .granted, .total].contains(row) ? "1000001" : "0000000"))
        }
        lines += [
            "四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计",
            "121040000000000",
            "五、存在的主要问题及改进情况无。",
            "六、其他需要报告的事项无。",
        ]
        return lines.joined(separator: "\n")
    }

    /// The entry of a report read from `text`, with the parser's and the validator's findings.
    static func entry(_ text: String) throws -> ReportEntry {
        let outcome = ReportParser(source: "c.txt", format: "text").parse(text: text)
        let report = try #require(outcome.report, "\(outcome.findings)")
        return ReportEntry(report: report, findings: outcome.findings + ReportValidator().validate(report), agencySlug: "a", regionSlug: nil)
    }

    @Test func everyRecoveredCellIsMarkedOnThePage() throws {
        let entry = try Self.entry(Self.crawled)
        #expect(entry.findings.map(\.rule) == ["recovered-table", "recovered-table"])
        let composer = ReportMarkdown(entry: entry)
        let markdown = composer.compose()
        #expect(markdown.components(separatedBy: ReportMarkdown.recoveredNote).count == 3)
        let html = MarkdownRenderer().html(markdown, tables: ReportTableHTML(marks: composer.marks).render)
        let marked = html.components(separatedBy: "class=\"num cell-recovered\" title=\"\(CellMarks.recoveredTitle)\"").count - 1
        #expect(marked == 23 * 7 + 15)
        #expect(CellMarks.recoveredTitle.hasPrefix("由抓取文本推算"))
    }

    @Test func aFindingOnARecoveredCellKeepsBothMarks() throws {
        // 一、本年新收 says 1 but （七）总计 + 四 say 2: the reconciliation error sits on recovered cells.
        let text = Self.crawled.replacingOccurrences(of: "四、结转下年度继续办理0000000", with: "四、结转下年度继续办理1000001")
        let entry = try Self.entry(text)
        #expect(entry.findings.filter { $0.rule == "reconciliation" }.count == 2)
        let composer = ReportMarkdown(entry: entry)
        let html = MarkdownRenderer().html(composer.compose(), tables: ReportTableHTML(marks: composer.marks).render)
        #expect(html.contains("class=\"num cell-recovered flag flag-error\" id=\"t3-carriedForward-natural_person\" title=\"\(CellMarks.recoveredTitle)；[reconciliation] "))
    }

    @Test func reportJSONListsTheRecoveredCells() throws {
        let json = ReportJSON.object(for: try Self.entry(Self.crawled)).serialized(pretty: false)
        let keys = ApplicationRow.rows2019.flatMap { row in ApplicantColumn.allCases.map { CellKey.application(row, $0) } }
            + ReviewBlock.allCases.flatMap { block in ReviewOutcome.allCases.map { CellKey.review(block, $0) } }
        #expect(json.contains("\"recovered\":[" + keys.map { "\"\($0)\"" }.joined(separator: ",") + "]"))
        let plain = ReportJSON.object(for: try ReportMarkdownTests.entry(TestText.minimal)).serialized(pretty: false)
        #expect(!plain.contains("\"recovered\""))
    }
}
