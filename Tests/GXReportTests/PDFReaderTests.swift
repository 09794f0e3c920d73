import Foundation
import Testing
@testable import GXReport

/// The real PDF reports of `../shared/samples` (beside the repository), as published.
enum PDFSample: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case huaianCity2024 = "huaian-city-gov-2024.pdf"
    case hongze2023 = "pdf/201_huaian_hongze_gov_2023.pdf"
    case hongze2024 = "pdf/202_huaian_hongze_gov_2024.pdf"

    /// The file.
    var url: URL {
        TestData.root.deletingLastPathComponent().appendingPathComponent("shared/samples/\(rawValue)")
    }

    /// The parse outcomes of the files, read once per test process (a debug build reads them slowly).
    static let outcomes: [PDFSample: ParseOutcome] = Dictionary(uniqueKeysWithValues: allCases.compactMap { sample in
        (try? Data(contentsOf: sample.url)).map { (sample, ReportParser(source: sample.rawValue, format: "pdf").parse(pdf: $0)) }
    })

    /// The parse outcome of the file.
    var outcome: ParseOutcome {
        get throws { try #require(Self.outcomes[self], "\(url.path) is missing") }
    }

    /// The report the file gives.
    var report: Report {
        get throws { try #require(try outcome.report) }
    }

    var testDescription: String { rawValue }
}

/// One row of table 三 as printed: its figures left to right (自然人 … 总计) and the page it is on.
struct PrintedRow: Sendable, CustomTestStringConvertible {
    var sample: PDFSample
    var row: ApplicationRow
    var figures: [Int]
    var page: Int

    init(_ sample: PDFSample, _ row: ApplicationRow, _ figures: [Int], page: Int) {
        self.sample = sample
        self.row = row
        self.figures = figures
        self.page = page
    }

    var testDescription: String { "\(sample.rawValue) \(row.displayLabel)" }
}

/// Seven zeros, the figures of most rows.
private let zeros = [0, 0, 0, 0, 0, 0, 0]

/// Every row of table 三 of the three samples, transcribed from the page images (pdftoppm -r 110), not from any
/// extractor's output. Columns: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计.
let printedRows: [PrintedRow] = [
    // 淮安市洪泽区人民政府 2023 (2019 layout, 23 rows): page 3 holds the rows down to 2.没有现成信息, page 4 the rest.
    PrintedRow(.hongze2023, .new, [21, 0, 0, 0, 0, 0, 21], page: 3),             // p3 row 一、本年新收
    PrintedRow(.hongze2023, .carriedOver, zeros, page: 3),                         // p3 row 二、上年结转
    PrintedRow(.hongze2023, .granted, zeros, page: 3),                             // p3 row （一）予以公开
    PrintedRow(.hongze2023, .partlyGranted, [4, 0, 0, 0, 0, 0, 4], page: 3),       // p3 row （二）部分公开
    PrintedRow(.hongze2023, .stateSecret, [1, 0, 0, 0, 0, 0, 1], page: 3),         // p3 row 1.属于国家秘密
    PrintedRow(.hongze2023, .prohibitedByLaw, zeros, page: 3),                     // p3 row 2.其他法律行政止公开 (sic)
    PrintedRow(.hongze2023, .securityStability, zeros, page: 3),                   // p3 row 3.危及“三安全一稳定”
    PrintedRow(.hongze2023, .thirdPartyRights, zeros, page: 3),                    // p3 row 4.保护第三方合法权益
    PrintedRow(.hongze2023, .internalAffairs, zeros, page: 3),                     // p3 row 5.属于三类内部事务信息
    PrintedRow(.hongze2023, .processInformation, [1, 0, 0, 0, 0, 0, 1], page: 3),  // p3 row 6.属于四类过程性信息
    PrintedRow(.hongze2023, .enforcementFiles, [1, 0, 0, 0, 0, 0, 1], page: 3),    // p3 row 7.属于行政执法案卷
    PrintedRow(.hongze2023, .queryMatters, zeros, page: 3),                        // p3 row 8.属于行政查询事项
    PrintedRow(.hongze2023, .notHeld, [10, 0, 0, 0, 0, 0, 10], page: 3),           // p3 row 1.本机关不掌握
    PrintedRow(.hongze2023, .needsCreation, [3, 0, 0, 0, 0, 0, 3], page: 3),       // p3 row 2.没有现成信息 (no bottom border)
    PrintedRow(.hongze2023, .unclearAfterCorrection, zeros, page: 4),              // p4 row 3.补正后申请内容仍不明确
    PrintedRow(.hongze2023, .complaint, [1, 0, 0, 0, 0, 0, 1], page: 4),           // p4 row 1.信访举报投诉类申请
    PrintedRow(.hongze2023, .duplicate, zeros, page: 4),                           // p4 row 2.重复申请
    PrintedRow(.hongze2023, .publication, zeros, page: 4),                         // p4 row 3.要求提供公开出版物
    PrintedRow(.hongze2023, .excessive, zeros, page: 4),                           // p4 row 4.无正当理由大量反复申请
    PrintedRow(.hongze2023, .confirmOrReissue, zeros, page: 4),                    // p4 row 5.要求行政机关确认或重新出具
    PrintedRow(.hongze2023, .other, zeros, page: 4),                               // p4 row （六）其他处理
    PrintedRow(.hongze2023, .total, [21, 0, 0, 0, 0, 0, 21], page: 4),             // p4 row （七）总计
    PrintedRow(.hongze2023, .carriedForward, zeros, page: 4),                      // p4 row 四、结转下年度继续办理

    // 淮安市洪泽区人民政府 2024 (2019 layout, 23 rows): page 3 down to 1.本机关不掌握, page 4 the rest.
    PrintedRow(.hongze2024, .new, [95, 0, 0, 0, 0, 0, 95], page: 3),              // p3 row 一、本年新收
    PrintedRow(.hongze2024, .carriedOver, zeros, page: 3),                         // p3 row 二、上年结转
    PrintedRow(.hongze2024, .granted, [50, 0, 0, 0, 0, 0, 50], page: 3),           // p3 row （一）予以公开
    PrintedRow(.hongze2024, .partlyGranted, [9, 0, 0, 0, 0, 0, 9], page: 3),       // p3 row （二）部分公开
    PrintedRow(.hongze2024, .stateSecret, zeros, page: 3),                         // p3 row 1.属于国家秘密
    PrintedRow(.hongze2024, .prohibitedByLaw, zeros, page: 3),                     // p3 row 2.其他法律行政止公开 (sic)
    PrintedRow(.hongze2024, .securityStability, [1, 0, 0, 0, 0, 0, 1], page: 3),   // p3 row 3.危及“三安全一稳定”
    PrintedRow(.hongze2024, .thirdPartyRights, zeros, page: 3),                    // p3 row 4.保护第三方合法权益
    PrintedRow(.hongze2024, .internalAffairs, zeros, page: 3),                     // p3 row 5.属于三类内部事务信息
    PrintedRow(.hongze2024, .processInformation, [1, 0, 0, 0, 0, 0, 1], page: 3),  // p3 row 6.属于四类过程性信息
    PrintedRow(.hongze2024, .enforcementFiles, [1, 0, 0, 0, 0, 0, 1], page: 3),    // p3 row 7.属于行政执法案卷
    PrintedRow(.hongze2024, .queryMatters, zeros, page: 3),                        // p3 row 8.属于行政查询事项
    PrintedRow(.hongze2024, .notHeld, [31, 0, 0, 0, 0, 0, 31], page: 3),           // p3 row 1.本机关不掌握
    PrintedRow(.hongze2024, .needsCreation, [1, 0, 0, 0, 0, 0, 1], page: 4),       // p4 row 2.没有现成信息
    PrintedRow(.hongze2024, .unclearAfterCorrection, zeros, page: 4),              // p4 row 3.补正后申请内容仍不明确
    PrintedRow(.hongze2024, .complaint, [1, 0, 0, 0, 0, 0, 1], page: 4),           // p4 row 1.信访举报投诉类申请
    PrintedRow(.hongze2024, .duplicate, zeros, page: 4),                           // p4 row 2.重复申请
    PrintedRow(.hongze2024, .publication, zeros, page: 4),                         // p4 row 3.要求提供公开出版物
    PrintedRow(.hongze2024, .excessive, zeros, page: 4),                           // p4 row 4.无正当理由大量反复申请
    PrintedRow(.hongze2024, .confirmOrReissue, zeros, page: 4),                    // p4 row 5.要求行政机关确认或重新出具
    PrintedRow(.hongze2024, .other, zeros, page: 4),                               // p4 row （六）其他处理 (an empty cell beside it)
    PrintedRow(.hongze2024, .total, [95, 0, 0, 0, 0, 0, 95], page: 4),             // p4 row （七）总计
    PrintedRow(.hongze2024, .carriedForward, zeros, page: 4),                      // p4 row 四、结转下年度继续办理

    // 淮安市人民政府 2024 (2021 layout, 25 rows): page 4 down to 1.本机关不掌握 (its group cut: “（四）无”), page 5 the rest.
    PrintedRow(.huaianCity2024, .new, [3001, 53, 0, 0, 61, 4, 3119], page: 4),              // p4 row 一、本年新收
    PrintedRow(.huaianCity2024, .carriedOver, [34, 0, 0, 0, 0, 0, 34], page: 4),            // p4 row 二、上年结转
    PrintedRow(.huaianCity2024, .granted, [1288, 21, 0, 0, 50, 3, 1362], page: 4),          // p4 row （一）予以公开
    PrintedRow(.huaianCity2024, .partlyGranted, [447, 7, 0, 0, 0, 0, 454], page: 4),        // p4 row （二）部分公开
    PrintedRow(.huaianCity2024, .stateSecret, [2, 0, 0, 0, 0, 0, 2], page: 4),              // p4 row 1.属于国家秘密
    PrintedRow(.huaianCity2024, .prohibitedByLaw, [30, 1, 0, 0, 0, 0, 31], page: 4),        // p4 row 2.其他法律行政法规禁止公开
    PrintedRow(.huaianCity2024, .securityStability, [5, 0, 0, 0, 0, 0, 5], page: 4),        // p4 row 3.危及“三安全一稳定”
    PrintedRow(.huaianCity2024, .thirdPartyRights, [6, 0, 0, 0, 0, 0, 6], page: 4),         // p4 row 4.保护第三方合法权益
    PrintedRow(.huaianCity2024, .internalAffairs, [7, 1, 0, 0, 0, 0, 8], page: 4),          // p4 row 5.属于三类内部事务信息
    PrintedRow(.huaianCity2024, .processInformation, [12, 0, 0, 0, 0, 0, 12], page: 4),     // p4 row 6.属于四类过程性信息
    PrintedRow(.huaianCity2024, .enforcementFiles, [9, 0, 0, 0, 0, 0, 9], page: 4),         // p4 row 7.属于行政执法案卷
    PrintedRow(.huaianCity2024, .queryMatters, [105, 0, 0, 0, 0, 0, 105], page: 4),         // p4 row 8.属于行政查询事项
    PrintedRow(.huaianCity2024, .notHeld, [746, 12, 0, 0, 10, 1, 769], page: 4),            // p4 row 1.本机关不掌握
    PrintedRow(.huaianCity2024, .needsCreation, [11, 0, 0, 0, 0, 0, 11], page: 5),          // p5 row 2.没有现成信息 (group “法提供”)
    PrintedRow(.huaianCity2024, .unclearAfterCorrection, [1, 0, 0, 0, 0, 0, 1], page: 5),   // p5 row 3.补正后申请内容仍不明确
    PrintedRow(.huaianCity2024, .complaint, [56, 6, 0, 0, 0, 0, 62], page: 5),              // p5 row 1.信访举报投诉类申请
    PrintedRow(.huaianCity2024, .duplicate, [25, 0, 0, 0, 0, 0, 25], page: 5),              // p5 row 2.重复申请
    PrintedRow(.huaianCity2024, .publication, zeros, page: 5),                              // p5 row 3.要求提供公开出版物
    PrintedRow(.huaianCity2024, .excessive, zeros, page: 5),                                // p5 row 4.无正当理由大量反复申请
    PrintedRow(.huaianCity2024, .confirmOrReissue, [1, 0, 0, 0, 0, 0, 1], page: 5),         // p5 row 5.要求行政机关确认或重新出具
    PrintedRow(.huaianCity2024, .otherNoCorrection, [67, 3, 0, 0, 1, 0, 71], page: 5),      // p5 row 1、申请人无正当理由逾期不补正
    PrintedRow(.huaianCity2024, .otherUnpaidFee, [6, 0, 0, 0, 0, 0, 6], page: 5),           // p5 row 2、申请人逾期未按收费通知要求缴纳费用
    PrintedRow(.huaianCity2024, .otherOther, [108, 2, 0, 0, 0, 0, 110], page: 5),           // p5 row 3、其他
    PrintedRow(.huaianCity2024, .total, [2932, 53, 0, 0, 61, 4, 3050], page: 5),            // p5 row （七）总计
    PrintedRow(.huaianCity2024, .carriedForward, [103, 0, 0, 0, 0, 0, 103], page: 5),       // p5 row 四、结转下年度继续办理
]

/// Reading real PDF reports natively: every figure as printed, the document's structure, and one clear diagnostic for
/// a PDF without trustworthy text.
@Suite struct PDFReaderTests {
    @Test(arguments: printedRows)
    func table三HasEveryFigureAsPrinted(_ printed: PrintedRow) throws {
        let applications = try #require(try printed.sample.report.applications)
        #expect(applications.cells[printed.row]?.map(\.value) == printed.figures.map(CellValue.number))
        #expect(applications.cells[printed.row]?.allSatisfy { $0.location.page == printed.page } == true)
    }

    /// Table 四's one row of figures: 行政复议 (维持, 纠正, 其他, 尚未审结, 总计), then 未经复议直接起诉 and 复议后起诉 alike.
    @Test(arguments: [
        // p4, the row under the three header rows; its 总计 cells (0) contradict 10+1 and 5+0 beside them.
        (PDFSample.hongze2023, [10, 1, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0], 4),
        (PDFSample.hongze2024, [1, 1, 0, 0, 2, 1, 0, 0, 0, 1, 2, 0, 1, 0, 3], 4),  // p4, the last row of the page's second table
        (PDFSample.huaianCity2024, [72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20], 5),  // p5, the table's last row
    ])
    func table四HasEveryFigureAsPrinted(_ sample: PDFSample, _ figures: [Int], _ page: Int) throws {
        let review = try #require(try sample.report.review)
        #expect(review.cells.map(\.value) == figures.map(CellValue.number))
        #expect(review.cells.allSatisfy { $0.location.page == page })
    }

    @Test(arguments: [
        (PDFSample.huaianCity2024, "淮安市人民政府", 2024, TemplateKind.t2021, 25),
        (PDFSample.hongze2023, "洪泽区人民政府", 2023, TemplateKind.t2019, 23),
        (PDFSample.hongze2024, "淮安市洪泽区人民政府", 2024, TemplateKind.t2019, 23),
    ])
    func identityAndTemplate(_ sample: PDFSample, _ agency: String, _ year: Int, _ template: TemplateKind, _ rows: Int) throws {
        let outcome = try sample.outcome
        let report = try #require(outcome.report)
        #expect(report.format == "pdf")
        #expect(report.agency == agency)
        #expect(report.year == year)
        #expect(report.template == template)
        #expect(report.applications?.rows.count == rows)
        #expect(report.sections.compactMap(\.kind) == SectionKind.allCases)
        // Every table is read whole: no unparsed-table, missing-section or unreadable-input.
        #expect(outcome.findings.isEmpty, "\(outcome.findings.map(\.message))")
    }

    /// Section 二's four 第二十条 items, with the figures of 规章, 行政许可 and 行政事业性收费 (pages 2–4).
    @Test(arguments: [
        (PDFSample.huaianCity2024, ["1", "0", "11"], "447228", "96171.6"),
        (PDFSample.hongze2023, ["0", "0", "0"], "550", "7730.28"),
        (PDFSample.hongze2024, ["0", "0", "0"], "9487", "7545"),
    ])
    func sectionTwoIsRead(_ sample: PDFSample, _ regulations: [String], _ permits: String, _ fees: String) throws {
        let disclosure = try #require(try sample.report.disclosure)
        #expect(disclosure.layout == "2021")
        #expect(disclosure.items.map { $0.title.removingWhitespace() }
                == ["第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项"])
        let rows = disclosure.items.flatMap(\.rows)
        #expect(rows.first { $0.label == "规章" }?.values == regulations)
        #expect(rows.first { $0.label == "行政许可" }?.values == [permits])
        #expect(rows.first { $0.label == "行政事业性收费" }?.values == [fees])
    }

    /// Table 三 runs over a page break (and 第二十条's table in section 二 too): each is one table, the page number
    /// printed between its parts is in none of the report's text.
    @Test(arguments: [(PDFSample.huaianCity2024, 4, 5, "-4-"), (.hongze2023, 3, 4, "-3-"), (.hongze2024, 3, 4, "-3-")])
    func tableOverAPageBreakIsOneTable(_ sample: PDFSample, _ first: Int, _ last: Int, _ pageNumber: String) throws {
        let report = try sample.report
        let section = try #require(report.section(.applications))
        let tables = section.blocks.compactMap { block -> RawTable? in
            if case .table(let table) = block { return table }
            return nil
        }
        #expect(tables.count == 1)
        #expect(section.blocks.count == 1, "nothing but the table in section 三")
        let pages = tables.first?.rows.compactMap(\.first?.location.page) ?? []
        #expect(pages.first == first)
        #expect(pages.last == last)
        #expect(pages == pages.sorted())
        let texts = (report.preamble + report.sections.flatMap(\.blocks)).flatMap { block -> [String] in
            switch block {
            case .paragraph(let text, _): [text]
            case .table(let table): table.rows.flatMap { $0.map(\.text) }
            }
        }
        #expect(!texts.contains { $0.removingWhitespace().contains(pageNumber) })
        let paragraphs = (report.preamble + report.sections.flatMap(\.blocks)).compactMap { block -> String? in
            if case .paragraph(let text, _) = block { return text }
            return nil
        }
        #expect(!paragraphs.contains { PDFReader.Furniture.isPageNumber($0) })
        let disclosure = try #require(report.section(.proactive))
        #expect(disclosure.blocks.count { if case .table = $0 { true } else { false } } == 1)
    }

    /// A label cut by the page break (淮安市: “（四）无” at the foot of page 4, “法提供” atop page 5) is one label, so the
    /// rows below it are read in their group.
    @Test func labelCutByAPageBreakIsJoined() throws {
        let section = try #require(try PDFSample.huaianCity2024.report.section(.applications))
        guard case .table(let table)? = section.blocks.first else {
            Issue.record("section 三 has no table")
            return
        }
        let labels = table.rows.flatMap { $0.map(\.displayText) }
        #expect(labels.contains("（四）无法提供"))
        #expect(!labels.contains("法提供"))
    }

    /// Cells sit on the grid drawn by the header: labels in columns 0–2, the seven figures in columns 3–9, a merged
    /// label's later rows an empty cell at its column.
    @Test(arguments: PDFSample.allCases)
    func cellsSitOnTheHeadersGrid(_ sample: PDFSample) throws {
        let section = try #require(try sample.report.section(.applications))
        guard case .table(let table)? = section.blocks.first else {
            Issue.record("section 三 has no table")
            return
        }
        let header = try #require(table.rows.first { row in row.contains { $0.displayText == "自然人" } })
        #expect(header.first { $0.displayText == "自然人" }?.gridColumn == 3)
        for row in table.rows where row.count >= 8 && row.suffix(7).allSatisfy({ CellValue.asciiFigure($0.text) != nil }) {
            #expect(row.suffix(7).map(\.gridColumn) == Array(3...9))
            #expect(row.map(\.gridColumn) == row.map(\.gridColumn).sorted())
            #expect(row.allSatisfy { $0.location.column == $0.gridColumn + 1 })
        }
        let merged = table.rows.filter { $0.first?.gridColumn == 0 && $0.first?.text.isEmpty == true }
        #expect(merged.count >= 18, "rows under 三、本年度办理结果 keep an empty cell at column 0")
    }

    /// Paragraphs: Chinese lines wrapped mid-sentence are one paragraph, also across a page break; headings stay apart.
    @Test func paragraphsAreRebuilt() throws {
        let report = try PDFSample.hongze2023.report
        let overview = try #require(report.section(.overview))
        let texts = overview.blocks.compactMap { block -> String? in
            if case .paragraph(let text, _) = block { return text }
            return nil
        }
        #expect(texts.first?.hasPrefix("2023年，洪泽区人民政府坚持以习近平新时代中国特色社会主义思想为指导") == true)
        #expect(texts.first?.hasSuffix("推进政府信息公开工作规范、有序、健康发展。") == true)
        // 加强区政府门户网站… runs from page 1 over the page number -1- to page 2.
        #expect(texts.contains { $0.contains("严格执行“分级审核、先审后发”程序") && $0.hasSuffix("未经审核的信息一律不准发布。") })
        #expect(texts.contains("（三）政府信息管理情况。"))
        #expect(report.title == "洪泽区人民政府2023年政府信息公开工作年度报告")
    }

    /// The report's own contradictions are found, and the findings name their page.
    @Test func findingsCarryPages() throws {
        let hongze = try PDFSample.hongze2023.report
        let sums = ReportValidator().validate(hongze).filter { $0.rule == "review-sum" }
        // 行政复议 10+1+0+0=11 against 总计 0; 复议后起诉 5+0+0+0=5 against 总计 0 (page 4).
        #expect(sums.map(\.message) == [Messages.reviewSum(.review, sum: 11, total: 0),
                                        Messages.reviewSum(.litigationAfterReview, sum: 5, total: 0)])
        #expect(sums.map(\.page) == [4, 4])
        #expect(sums.map(\.column) == [5, 15])
        // 洪泽区 2024 says 受理…申请17件 on page 1 while table 三 counts 95 new applications.
        let narrative = ReportValidator().validate(try PDFSample.hongze2024.report).filter { $0.rule == "narrative-mismatch" }
        #expect(narrative.count == 1)
        #expect(narrative.first?.page == 1)
    }

    /// Each sample reads in well under a second (a debug build is several times slower than a release one).
    @Test(arguments: PDFSample.allCases)
    func readingIsFast(_ sample: PDFSample) throws {
        let data = try Data(contentsOf: sample.url)
        let clock = ContinuousClock()
        let elapsed = try clock.measure { _ = try PDFReader.items(from: data) }
        #expect(elapsed < .seconds(3))
    }

    /// Inputs are parsed on several threads: PDFs read at once give what they give one at a time.
    @Test func readingOnSeveralThreadsGivesTheSameItems() throws {
        let files = try PDFSample.allCases.map { try Data(contentsOf: $0.url) }
        let alone = try files.map { try PDFReader.items(from: $0).count }
        let together = Counts(files.count * 2)
        DispatchQueue.concurrentPerform(iterations: files.count * 2) { i in
            together.set(i, try? PDFReader.items(from: files[i % files.count]).count)
        }
        #expect(together.values == (alone + alone).map(Optional.some))
    }

    /// A PDF without trustworthy text gives one unreadable-input error naming the problem and its page, and no report.
    @Test(arguments: [
        ("pdf-scan.pdf", Messages.pdfNoText(page: 1), 1),
        ("pdf-scanned-page.pdf", Messages.pdfNoText(page: 2), 2),
        ("pdf-garbled.pdf", Messages.pdfGarbled(page: 1), 1),
        ("pdf-table-image.pdf", Messages.pdfTableImage(.applications, page: 1), 1),
        ("pdf-encrypted.pdf", Messages.pdfEncrypted, 0),
        ("pdf-copy-protected.pdf", Messages.pdfCopyProtected, 0),
    ])
    func unreadablePDFGivesOneDiagnostic(_ name: String, _ message: String, _ page: Int) throws {
        let data = try Data(contentsOf: formatFixture(name))
        let outcome = ReportParser(source: name, format: "pdf").parse(pdf: data)
        #expect(outcome.report == nil)
        #expect(outcome.findings.count == 1)
        let finding = try #require(outcome.findings.first)
        #expect(finding.rule == "unreadable-input")
        #expect(finding.severity == .error)
        #expect(finding.message == message)
        #expect(finding.page == page)
    }

    /// A ruled table 四 (pdf-review-ruled.pdf, page 2) comes out as Word's merged cells read: a spanned cell once at
    /// its first grid column, a vertically merged header's later row an empty cell at its column.
    @Test func ruledTableKeepsItsGrid() throws {
        let data = try Data(contentsOf: formatFixture("pdf-review-ruled.pdf"))
        let outcome = ReportParser(source: "pdf-review-ruled.pdf", format: "pdf").parse(pdf: data)
        let report = try #require(outcome.report)
        let review = try #require(report.review)
        #expect(review.cells.map(\.value) == (1...15).map(CellValue.number))
        #expect(review.cells.map(\.location.column) == Array(1...15))
        #expect(review.cells.allSatisfy { $0.location.page == 2 })
        let section = try #require(report.section(.reviewLitigation))
        guard case .table(let table)? = section.blocks.first else {
            Issue.record("section 四 has no table")
            return
        }
        let outcomes = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
        #expect(table.rows.map { $0.map(\.gridColumn) } == [[0, 5], Array(0...5) + [10], Array(0...14), Array(0...14)])
        #expect(table.rows.map { $0.map(\.gridSpan) } == [[5, 10], [1, 1, 1, 1, 1, 5, 5], Array(repeating: 1, count: 15),
                                                         Array(repeating: 1, count: 15)])
        #expect(table.rows[0].map(\.text) == ["行政复议", "行政诉讼"])
        #expect(table.rows[1].map(\.text) == outcomes + ["未经复议直接起诉", "复议后起诉"])
        #expect(table.rows[2].map(\.text) == Array(repeating: "", count: 5) + outcomes + outcomes)
        #expect(table.rows.map { $0.first?.location.line } == [9, 10, 11, 12])
    }

    /// A rule missing between two figures leaves one drawn cell holding both: that row is not read, never guessed.
    @Test func rowWithAMissingBorderIsLeftOut() throws {
        let data = try Data(contentsOf: formatFixture("pdf-review-missing-border.pdf"))
        let outcome = ReportParser(source: "pdf-review-missing-border.pdf", format: "pdf").parse(pdf: data)
        let report = try #require(outcome.report)
        #expect(report.review == nil)
        let unparsed = outcome.findings.filter { $0.rule == "unparsed-table" }
        #expect(unparsed.map(\.message) == [Messages.tableMissing(.applications), Messages.reviewRowMissing()])
        #expect(unparsed.last?.page == 2)
    }

    /// Running headers and 第 N 页 footers are dropped; the paragraph cut by the page break is one paragraph.
    @Test func runningHeadersAndFootersAreDropped() throws {
        let data = try Data(contentsOf: formatFixture("pdf-furniture.pdf"))
        let items = try PDFReader.items(from: data)
        var texts: [String] = []
        var pages: [Int] = []
        for case .paragraph(let text, let location) in items {
            texts.append(text)
            pages.append(location.page)
        }
        #expect(!texts.contains { $0.contains("专栏") || $0.contains("页") })
        let body = try #require(texts.firstIndex { $0.hasPrefix("本县坚持公开为常态") })
        #expect(texts[body].hasSuffix("提高促进法治政府建设。"))
        #expect(texts[body].count == 24 + 20 * 28 + 9)
        #expect(pages[body] == 1)
        let headings = texts.filter { SectionHeading.parse($0)?.kind != nil }
        #expect(headings.count == 6)
        #expect(texts.first == "某某县人民政府")
    }

    /// A scanned page after a report whose every section is in the text (a signed letter, an appendix) is no reason to
    /// refuse the report: its text is read, and its tables, absent, are reported as such.
    @Test func scannedAppendixIsNoReasonToRefuse() throws {
        let data = try Data(contentsOf: formatFixture("pdf-scan-appendix.pdf"))
        let outcome = ReportParser(source: "pdf-scan-appendix.pdf", format: "pdf").parse(pdf: data)
        let report = try #require(outcome.report)
        #expect(report.agency == "某某县人民政府")
        #expect(report.year == 2023)
        #expect(!outcome.findings.contains { $0.rule == "unreadable-input" })
        #expect(outcome.findings.map(\.message) == [Messages.tableMissing(.applications), Messages.tableMissing(.reviewLitigation)])
    }

    /// Damaged files never crash the reader: bytes of a fixture overwritten at random places, a real report cut short.
    @Test func damagedFilesNeverCrash() throws {
        var rng = TextReaderFuzzTests.PRNG(state: 21)
        let ruled = try Data(contentsOf: formatFixture("pdf-review-ruled.pdf"))
        for _ in 0..<40 {
            var bytes = [UInt8](ruled)
            for _ in 0..<(1 + rng.below(8)) { bytes[rng.below(bytes.count)] = UInt8(truncatingIfNeeded: rng.next()) }
            let outcome = ReportParser(source: "fuzz.pdf", format: "pdf").parse(pdf: Data(bytes))
            #expect(outcome.report != nil || outcome.findings.count == 1)
        }
        let real = try Data(contentsOf: PDFSample.hongze2023.url)
        for fraction in [0.1, 0.5, 0.9, 0.99] {
            let outcome = ReportParser(source: "cut.pdf", format: "pdf").parse(pdf: real.prefix(Int(Double(real.count) * fraction)))
            #expect(outcome.report != nil || outcome.findings.count == 1)
        }
    }

    @Test(arguments: [Data(), Data("not a pdf".utf8), Data("%PDF-1.7\n%%EOF\n".utf8)])
    func damagedBytesAreNoPDF(_ data: Data) {
        let outcome = ReportParser(source: "x.pdf", format: "pdf").parse(pdf: data)
        #expect(outcome.report == nil)
        #expect(outcome.findings.map(\.message) == [Messages.pdfDamaged])
    }

    /// The fixture with a table pasted as an image has real text: only the image makes it unreadable.
    @Test func tableImageFixtureHasText() throws {
        let pages = try PDFReader.pages(from: try Data(contentsOf: formatFixture("pdf-table-image.pdf")))
        #expect(pages.count == 2)
        #expect(pages[0].images.count == 1)
        #expect(pages.allSatisfy { !$0.glyphs.isEmpty })
    }

    @Test(arguments: [
        ("3", true), ("-1-", true), ("- 2 -", true), ("— 3 —", true), ("第 1 页", true), ("第1页 共5页", true), ("2/6", true),
        ("2023", true), ("一、总体情况", false), ("2023年", false), ("-1-2", false), ("12345", false),
    ])
    func pageNumbers(_ text: String, _ isPageNumber: Bool) {
        #expect(PDFReader.Furniture.isPageNumber(text) == isPageNumber)
    }

    /// The rest of a label cut by a page break, as against a label of its own that opens a row.
    @Test(arguments: [
        ("法提供", true), ("予公开", true), ("（四）无法提供", false), ("2.没有现成信息需要另行制作", false), ("1、申请人", false),
        ("三、本年度办理结果", false), ("(六)其他处理", false), ("0", false), ("", false),
    ])
    func continuationOfACutLabel(_ text: String, _ continues: Bool) {
        #expect(PDFTable.isContinuation(text) == continues)
    }

    @Test(arguments: [
        ("政", true), ("，", true), ("A", true), ("①", true), ("\u{E000}", false), ("\u{FFFD}", false), ("Ж", false),
    ])
    func likelyCharacters(_ text: String, _ likely: Bool) throws {
        #expect(PDFReader.isLikely(try #require(text.unicodeScalars.first)) == likely)
    }

    @Test func messagesWordForWord() {
        #expect(Messages.pdfDamaged == "不是有效的PDF文件（文件损坏或格式不符），未读取")
        #expect(Messages.pdfEncrypted == "PDF文件已加密，需要密码才能打开，未读取；请提供未加密的文件")
        #expect(Messages.pdfCopyProtected == "PDF文件设置了禁止复制文字的权限，未读取；请提供未加限制的文件")
        #expect(Messages.pdfNoText(page: 2) == "PDF第2页没有文字层（可能是扫描件或图片），无法读取文字，数据未采用")
        #expect(Messages.pdfGarbled(page: 3) == "PDF第3页的文字无法正确提取（字体缺少Unicode映射，提取出的是乱码），数据未采用")
        #expect(Messages.pdfTableImage(.reviewLitigation, page: 4) == "PDF第4页第四部分的表格是图片，没有可读取的文字，数据未采用")
    }
}

/// Item counts written from several threads, behind a lock.
private final class Counts: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [Int?]

    init(_ count: Int) { stored = Array(repeating: nil, count: count) }

    /// Records the count of run `index`.
    func set(_ index: Int, _ value: Int?) { lock.withLock { stored[index] = value } }

    /// The counts so far.
    var values: [Int?] { lock.withLock { stored } }
}
