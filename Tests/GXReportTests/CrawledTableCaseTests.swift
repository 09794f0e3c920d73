import Foundation
import Testing
@testable import GXReport

/// Handmade crawled tables: the cases the equations decide, and those they cannot.
@Suite struct CrawledTableCaseTests {
    /// Parses a crawled text.
    static func parse(_ text: String) throws -> (report: Report, findings: [Finding]) {
        let outcome = ReportParser(source: "crawled.txt", format: "text").parse(text: text)
        return (try #require(outcome.report, "\(outcome.findings)"), outcome.findings)
    }

    /// Glued rows the search and the brute-force enumerator must agree on: unique, leading zeros, several, none.
    static let rowCases: [String] = [
        "640020470", "0000000", "1000001", "320320302096", "1200010010131", "31032102048", "1311120152484",
        "221822513787", "1221323101887", "173251822085", "162183212888", "100000", "12345678", "00000000",
        "10000000010", "99999999999954", "5050505050505300", "101010101010", "7000007", "1010101010103",
    ]

    @Test("the row search finds exactly the brute-force enumerator's splits", arguments: rowCases)
    func rowSearchMatchesEnumerator(digits: String) {
        let expected = BruteForce.rowSplits(digits)
        let found = DigitSplitter.splits(Array(digits.utf8).map { $0 - 0x30 }, groups: 1, size: 7, limit: 1_000)
        #expect(found == .splits(expected), "\(digits)")
    }

    /// Glued table 四 figures and their brute-force splits.
    static let reviewCases: [String] = ["000000000000000", "000110000000000", "12131113221012", "1111411114111141", "00011", "1010020000000000"]

    @Test("the table 四 search finds exactly the brute-force enumerator's splits", arguments: reviewCases)
    func reviewSearchMatchesEnumerator(digits: String) {
        let expected = BruteForce.reviewSplits(digits)
        let found = DigitSplitter.splits(Array(digits.utf8).map { $0 - 0x30 }, groups: 3, size: 5, limit: 1_000)
        #expect(found == .splits(expected), "\(digits)")
    }

    @Test func leadingZerosAreNotFigures() throws {
        // Without the rule `320320302096` splits four ways (32 0 32 0 30 2 96 …); with it only 3 20 3 20 30 20 96.
        let (report, findings) = try Self.parse(CrawledText.report(rows: CrawledText.rows([.complaint: "320320302096"])))
        #expect(report.applications?.cells[.complaint]?.map(\.number) == [3, 20, 3, 20, 30, 20, 96])
        #expect(findings.map(\.rule).contains("recovered-table"))
    }

    @Test func aRowAmbiguousAloneIsSettledByReconciliation() throws {
        // 上年结转 splits as 13 1 11 … or 13 11 1 …; only the first makes 一 + 二 = （七） + 四 in every column.
        #expect(BruteForce.rowSplits("1311120152484").count == 2)
        let rows = CrawledText.rows([.new: "719905646", .carriedOver: "1311120152484", .granted: "202020202030130",
                                     .total: "202020202030130"])
        let (report, findings) = try Self.parse(CrawledText.report(rows: rows))
        let table = try #require(report.applications)
        #expect(table.cells[.carriedOver]?.map(\.number) == [13, 1, 11, 20, 15, 24, 84])
        #expect(table.rows.count == 23 && table.template == .t2019)
        #expect(findings.map(\.rule) == ["recovered-table", "recovered-table"])
        #expect(ReportValidator().validate(report).filter { $0.severity == .error }.isEmpty)
    }

    @Test func aRowNoEquationSettlesIsUnparsed() throws {
        // Without 四、结转下年度 the reconciliation cannot be written, and nothing else involves 上年结转.
        var rows = CrawledText.rows([.new: "719905646", .carriedOver: "1311120152484", .granted: "202020202030130",
                                     .total: "202020202030130"])
        rows[.carriedForward] = nil
        let (report, findings) = try Self.parse(CrawledText.report(rows: rows))
        #expect(report.applications == nil)
        #expect(findings.filter { $0.rule == "unparsed-table" }.map(\.message) == [
            "第三部分的表格被压平为文字（“一、本年新收政府信息公开申请数量719905646”），数字有多种拆分方式都满足模板的等式，无法可靠读取，数据未采用",
        ])
        #expect(findings.map(\.rule) == ["unparsed-table", "recovered-table"])
    }

    @Test func aRowWithoutASplitIsUnparsed() throws {
        let (report, findings) = try Self.parse(CrawledText.report(rows: CrawledText.rows([.duplicate: "123"])))
        #expect(report.applications == nil)
        #expect(findings.map(\.rule) == ["unparsed-table", "recovered-table"])
        #expect(findings.first?.message.contains("数字没有一种拆分方式满足模板的等式") == true)
    }

    @Test func aSearchPastTheBoundIsAmbiguous() throws {
        let parts = [1_234_567, 2_345_678, 3_456_789, 4_567_891, 5_678_912, 6_789_123]
        let digits = (parts + [parts.reduce(0, +)]).map(String.init).joined()
        #expect(DigitSplitter.splits(Array(digits.utf8).map { $0 - 0x30 }, groups: 1, size: 7) == .overBound)
        let (report, findings) = try Self.parse(CrawledText.report(rows: CrawledText.rows([.new: digits])))
        #expect(report.applications == nil)
        #expect(findings.map(\.rule) == ["unparsed-table", "recovered-table"])
        #expect(findings.first?.message.contains("数字有多种拆分方式") == true)
    }

    @Test func choicesBetweenRowsPastTheBoundAreAmbiguous() throws {
        // Seventeen outcome rows each split two ways: 2^17 combinations, past the bound of 100,000, although only
        // one (every row 13 1 11 …) gives the 自然人 column's total of 17 × 1.
        let ambiguous = Array(ApplicationRow.outcomeRows(in: ApplicationRow.rows2019).prefix(17))
        var given = Dictionary(uniqueKeysWithValues: ambiguous.map { ($0, "1311120152484") })
        let total = [13, 1, 11, 20, 15, 24, 84].map { String($0 * 17) }.joined()
        #expect(BruteForce.rowSplits(total).count == 1)
        given[.total] = total
        given[.new] = total
        let (report, findings) = try Self.parse(CrawledText.report(rows: CrawledText.rows(given)))
        #expect(report.applications == nil)
        #expect(findings.first?.rule == "unparsed-table")
        #expect(findings.first?.message.contains("数字有多种拆分方式") == true)
        // Below the bound the same table is read: with ten such rows (2^10 combinations) only one adds up.
        var fewer = Dictionary(uniqueKeysWithValues: ambiguous.prefix(10).map { ($0, "1311120152484") })
        let tenfold = [13, 1, 11, 20, 15, 24, 84].map { String($0 * 10) }.joined()
        fewer[.total] = tenfold
        fewer[.new] = tenfold
        let (read, _) = try Self.parse(CrawledText.report(rows: CrawledText.rows(fewer)))
        #expect(read.applications?.cells[ambiguous[0]]?.map(\.number) == [13, 1, 11, 20, 15, 24, 84])
        #expect(read.applications?.cells[.total]?.map(\.number) == [130, 10, 110, 200, 150, 240, 840])
    }

    @Test func rowsEachUniqueAreKeptAndAContradictionIsStillAnError() throws {
        // Every row splits one way; 一 + 二 = 1 but （七） + 四 = 2 in the 自然人 column.
        let rows = CrawledText.rows([.new: "1000001", .granted: "2000002", .total: "2000002"])
        let (report, findings) = try Self.parse(CrawledText.report(rows: rows))
        #expect(report.applications?.cells[.new]?.map(\.number) == [1, 0, 0, 0, 0, 0, 1])
        #expect(findings.map(\.where) == ["表三", "表四"])
        let errors = ReportValidator().validate(report).filter { $0.severity == .error }
        #expect(errors.map(\.rule) == ["reconciliation", "reconciliation"])
        #expect(errors.map(\.message) == ["自然人列：第一项+第二项=1，第三项+第四项=2", "总计列：第一项+第二项=1，第三项+第四项=2"])
    }

    @Test func tableFourOnTwoLinesIsRecoveredAndMarked() throws {
        var text = CrawledText.report(rows: CrawledText.rows([:]), review: "1210413004")
        text = text.replacingOccurrences(of: "1210413004\n", with: "1210413004\n00000\n")
        let (report, findings) = try Self.parse(text)
        let review = try #require(report.review)
        #expect(review.cells.map(\.number) == [1, 2, 1, 0, 4, 1, 3, 0, 0, 4, 0, 0, 0, 0, 0].map(Optional.some))
        #expect(review.cells.allSatisfy { $0.isRecovered })
        #expect(Set(review.cells.map(\.location)).count == 15, "each figure keeps a place of its own")
        #expect(findings.filter { $0.rule == "recovered-table" }.map(\.where) == ["表三", "表四"])
    }

    @Test func whiteSpaceBetweenFiguresIsABorderNoFigureCrosses() throws {
        // Glued, `104691075` splits one way (1 0 4 69 1 0 75); the text's own borders say 10 4 6 9 10 7 5, whose row
        // does not add up: no reading is left, and none is guessed.
        #expect(BruteForce.rowSplits("104691075") == [[1, 0, 4, 69, 1, 0, 75]])
        let (report, findings) = try Self.parse(CrawledText.report(rows: CrawledText.rows([.duplicate: "10\t4\t6\t9\t10\t7\t5"])))
        #expect(report.applications == nil)
        #expect(findings.first?.message.contains("数字没有一种拆分方式满足模板的等式") == true)
        // With borders that add up, the figures are those between them even where gluing would be ambiguous.
        #expect(BruteForce.rowSplits("1311120152484").count == 2)
        let spaced = CrawledText.rows([.carriedOver: "13 1 11 20 15 24 84"])
        let (read, _) = try Self.parse(CrawledText.report(rows: spaced))
        #expect(read.applications?.cells[.carriedOver]?.map(\.number) == [13, 1, 11, 20, 15, 24, 84])
    }

    @Test func everyRecoveredCellHasAPlaceOfItsOwn() throws {
        let (report, _) = try Self.parse(CrawledText.report(rows: CrawledText.rows([.complaint: "320320302096"])))
        let table = try #require(report.applications)
        let places = table.rows.flatMap { row in table.cells[row]!.map(\.location) }
        #expect(Set(places).count == places.count)
        // 3 20 3 20 30 20 96 after the label `（五）不予处理1.信访举报投诉类申请` (18 characters).
        #expect(table.cells[.complaint]?.map(\.location.column) == [19, 20, 22, 23, 25, 27, 29])
    }

    @Test(arguments: ["<p>", "<br>"])
    func theSameParagraphsReadFromHTML(separator: String) throws {
        let text = CrawledText.report(rows: CrawledText.rows([.new: "1000001", .granted: "1000001", .total: "1000001"]))
        let lines = text.split(separator: "\n")
        let body = separator == "<p>" ? lines.map { "<p>\($0)</p>" }.joined() : "<div>" + lines.joined(separator: "<br>") + "</div>"
        let outcome = ReportParser(source: "crawled.html", format: "html").parse(html: "<html><body>\(body)</body></html>")
        let report = try #require(outcome.report, "\(outcome.findings)")
        #expect(report.agency == "某某县测试局" && report.year == 2020)
        let table = try #require(report.applications)
        #expect(table.cells[.new]?.map(\.number) == [1, 0, 0, 0, 0, 0, 1])
        #expect(outcome.findings.map(\.rule) == ["recovered-table", "recovered-table"])
        let places = table.rows.flatMap { row in table.cells[row]!.map(\.location) } + (report.review?.cells.map(\.location) ?? [])
        #expect(Set(places).count == 23 * 7 + 15, "each cell keeps a place of its own, as the page's marks need")
    }

    @Test func messagesWordForWord() {
        #expect(Messages.recoveredTable(.applications) == "表三在抓取的文本中被压平为文字，每行的数字连在一起：已将每行拆分为7个单元格，采用唯一使“总计=自然人+法人或其他组织五列”成立的拆分；一行有多种拆分时，以各列的勾稽关系（第一项+第二项=第三项（七）总计+第四项）和办理结果合计确定。这些数字由推算得出，页面上已标出，请与原报告核对")
        #expect(Messages.recoveredTable(.reviewLitigation) == "表四在抓取的文本中被压平为文字，15个数字连在一起：已按三组拆分，采用唯一使每组“结果维持+结果纠正+其他结果+尚未审结=总计”成立的拆分。这些数字由推算得出，页面上已标出，请与原报告核对")
        #expect(Messages.unsplittableTable(.reviewLitigation, sample: "000", ambiguous: false) == "第四部分的表格被压平为文字（“000”），数字没有一种拆分方式满足模板的等式，无法可靠读取，数据未采用")
        #expect(Rule.recoveredTable.id == "recovered-table" && Rule.recoveredTable.severity == .warning)
        #expect(Rule.named("recovered-table") == Rule.recoveredTable)
    }

    /// Paragraphs with a heading run into their text, and what the heading is.
    static let inlineCases: [(String, String?)] = [
        ("一、总体情况2020年，本局……", "一、总体情况"),
        ("二、主动公开政府信息情况第二十条第（一）项", "二、主动公开政府信息情况"),
        ("三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和）", "三、收到和处理政府信息公开申请情况"),
        ("四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼", "四、政府信息公开行政复议、行政诉讼情况"),
        ("五、存在的主要问题及整改措施（一）存在的主要问题。", "五、存在的主要问题及整改措施"),
        ("六、其他需要报告的事项2023年度，本局未收取费用。", "六、其他需要报告的事项"),
        ("二、总体情况2020年，本局……", nil),
        ("2、 收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和）", "2、 收到和处理政府信息公开申请情况"),
        ("1、主动公开政府信息情况。本年度主动公开信息20条。", nil),
        ("一、本年新收政府信息公开申请数量640020470", nil),
        ("2023年，本局认真贯彻执行有关文件精神。", nil),
        ("一、总体情况", nil),
    ]

    @Test("inline headings are split off only when they open a template section (a Chinese numeral its own)", arguments: inlineCases)
    func inlineHeadings(paragraph: String, heading: String?) {
        #expect(InlineHeadings.split(paragraph)?.heading.text == heading)
    }
}
