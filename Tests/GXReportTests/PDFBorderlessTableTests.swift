import Foundation
import Testing
@testable import GXReport

/// Tables 三 and 四 drawn without a grid, read from where their words stand: every figure as the original has it, and a
/// layout whose figures cannot be placed for certain left unread rather than guessed.
@Suite struct PDFBorderlessTableTests {
    /// The outcome of parsing a PDF of Tests/Fixtures/formats/.
    func parsed(_ name: String) throws -> ParseOutcome {
        ReportParser(source: name, format: "pdf").parse(pdf: try Data(contentsOf: formatFixture(name)))
    }

    /// The section's first table.
    func firstTable(of report: Report, _ kind: SectionKind) throws -> RawTable {
        let section = try #require(report.section(kind))
        let tables = section.blocks.compactMap { block -> RawTable? in
            if case .table(let table) = block { return table }
            return nil
        }
        #expect(tables.count == 1, "one table, joined over its pages")
        return try #require(tables.first)
    }

    /// 010 (2021 layout, figures not all zero) converted by LibreOffice without rules, with horizontal rules only, and
    /// without rules with every cell centred vertically: every row and figure of tables 三 and 四 equals the DOCX's.
    @Test(arguments: ["pdf-borderless-010.pdf", "pdf-hrules-010.pdf", "pdf-borderless-centred-010.pdf"])
    func everyFigureEqualsTheOriginal(_ name: String) throws {
        let outcome = try parsed(name)
        let report = try #require(outcome.report)
        #expect(outcome.findings.isEmpty, "\(outcome.findings.map(\.message))")
        try expectShuyangFigures(report)
        let docx = try Data(contentsOf: formatFixture("010_shuyang_drc_2023.docx"))
        let original = try #require(ReportParser(source: "010.docx", format: "docx").parse(docx: docx).report)
        let applications = try #require(report.applications)
        let expected = try #require(original.applications)
        #expect(report.template == original.template)
        #expect(applications.rows == expected.rows)
        for row in expected.rows {
            #expect(applications.cells[row]?.map(\.value) == expected.cells[row]?.map(\.value), "row \(row)")
        }
        #expect(report.review?.cells.map(\.value) == original.review?.cells.map(\.value))
    }

    /// The 2019 layout (001 with every figure cell filled so that each tells its row and column): row r (1-based),
    /// column c of table 三 reads 10 × r + c; table 四's fifteen read 11 … 25.
    @Test func layout2019ReadsEveryCell() throws {
        let outcome = try parsed("pdf-borderless-2019.pdf")
        let report = try #require(outcome.report)
        #expect(outcome.findings.isEmpty, "\(outcome.findings.map(\.message))")
        #expect(report.template == .t2019)
        let applications = try #require(report.applications)
        #expect(applications.rows == ApplicationRow.rows2019)
        for (r, row) in ApplicationRow.rows2019.enumerated() {
            #expect(applications.cells[row]?.map(\.value) == (1...7).map { .number(10 * (r + 1) + $0) }, "row \(row)")
        }
        #expect(report.review?.cells.map(\.value) == (11...25).map(CellValue.number))
    }

    /// Section 二's items without a grid: each title, header and row as the original has them, an item cut by a page
    /// break (2019: its header's wrapped words on the next page) one item.
    @Test(arguments: [
        ("pdf-borderless-010.pdf", "010_shuyang_drc_2023.docx", "2021"), ("pdf-hrules-010.pdf", "010_shuyang_drc_2023.docx", "2021"),
        ("pdf-borderless-centred-010.pdf", "010_shuyang_drc_2023.docx", "2021"), ("pdf-borderless-2019.pdf", "001_92deafc51ce9e0f4.docx", "2019"),
    ])
    func sectionTwoEqualsTheOriginal(_ name: String, _ original: String, _ layout: String) throws {
        let disclosure = try #require(try parsed(name).report?.disclosure)
        let docx = try Data(contentsOf: formatFixture(original))
        let expected = try #require(ReportParser(source: original, format: "docx").parse(docx: docx).report?.disclosure)
        #expect(disclosure.layout == layout)
        #expect(disclosure.items.map { $0.title.removingWhitespace() } == expected.items.map { $0.title.removingWhitespace() })
        #expect(disclosure.items.map { $0.columns.map { $0.removingWhitespace() } }
                == expected.items.map { $0.columns.map { $0.removingWhitespace() } })
        #expect(disclosure.items.map { $0.rows.map(\.label) } == expected.items.map { $0.rows.map(\.label) })
        #expect(disclosure.items.map { $0.rows.map(\.values) } == expected.items.map { $0.rows.map(\.values) })
    }

    /// The table is one table over its five pages; its cells sit on a grid of three label columns then the seven
    /// figure columns, and the header row names the figure columns at their grid columns.
    @Test(arguments: ["pdf-borderless-010.pdf", "pdf-borderless-2019.pdf"])
    func cellsSitOnAGrid(_ name: String) throws {
        let report = try #require(try parsed(name).report)
        let table = try firstTable(of: report, .applications)
        #expect(table.gridded)
        let header = try #require(table.rows.first)
        #expect(header.map(\.displayText) == ApplicationTableReader.columnWords)
        #expect(header.map(\.gridColumn) == Array(3...9))
        for row in table.rows.dropFirst() {
            #expect(row.suffix(7).map(\.gridColumn) == Array(3...9))
            #expect(row.map(\.gridColumn) == row.map(\.gridColumn).sorted())
            #expect(row.allSatisfy { $0.location.column == $0.gridColumn + 1 })
        }
        let pages = table.rows.compactMap(\.first?.location.page)
        #expect(pages == pages.sorted())
        #expect(Set(pages).count >= 3)
        // A label cut by a page break is whole, and the page's lines are no paragraph of section 三.
        let labels = table.rows.flatMap { $0.map(\.displayText) }
        #expect(labels.contains("1.本机关不掌握相关政府信息"))
        #expect(labels.contains("2.其他法律行政法规禁止公开"))
        #expect(report.section(.applications)?.blocks.count == 1)
    }

    /// The synthetic table 四 without rules (figures 1 … 15 under their header words) is read from positions.
    @Test func tableWithoutRulesIsReadFromPositions() throws {
        let outcome = try parsed("pdf-review-borderless.pdf")
        let report = try #require(outcome.report)
        #expect(report.review?.cells.map(\.value) == (1...15).map(CellValue.number))
        #expect(report.review?.cells.map(\.location.column) == Array(1...15))
        #expect(outcome.findings.map(\.message) == [Messages.tableMissing(.applications)])
    }

    /// Table 四's header at the foot of a page, its figures atop the next: one table, the header on its page.
    @Test func headerAtThePageFootIsJoined() throws {
        let outcome = try parsed("pdf-review-split.pdf")
        let report = try #require(outcome.report)
        #expect(report.review?.cells.map(\.value) == (1...15).map(CellValue.number))
        #expect(report.review?.cells.allSatisfy { $0.location.page == 3 } == true)
        let table = try firstTable(of: report, .reviewLitigation)
        #expect(table.rows.map { $0.first?.location.page } == [2, 3])
        #expect(outcome.findings.map(\.message) == [Messages.tableMissing(.applications)])
    }

    /// A figure drawn across two columns, a second figure in a column, or a figure left of the first column: the row
    /// is left out, table 四 unparsed, never read with a figure in the wrong column or a blank where a figure stands.
    @Test(arguments: ["pdf-review-straddling.pdf", "pdf-review-doubled.pdf", "pdf-review-stray.pdf"])
    func ambiguousLayoutIsNotGuessed(_ name: String) throws {
        let outcome = try parsed(name)
        let report = try #require(outcome.report)
        #expect(report.review == nil)
        #expect(outcome.findings.filter { $0.rule == "unparsed-table" }.map(\.message)
                == [Messages.tableMissing(.applications), Messages.reviewRowMissing()])
        #expect(outcome.findings.last?.page == 2)
    }

    /// Table 四's three-digit figures wrapped by its narrow cells (10 over 1): the row is left out, never read as 10;
    /// table 三 beside it is read whole.
    @Test func wrappedFiguresAreNotRead() throws {
        let outcome = try parsed("pdf-borderless-wrapped-figures.pdf")
        let report = try #require(outcome.report)
        #expect(report.review == nil)
        #expect(outcome.findings.map(\.message) == [Messages.reviewRowMissing()])
        #expect(report.applications?.cells[.total]?.map(\.value) == (1...7).map { .number(220 + $0) })
    }

    /// A ruled table is read through its rules: the fallback finds nothing among the lines the ruled table left.
    @Test func ruledTableKeepsTheRuledPath() throws {
        let pages = try PDFReader.pages(from: try Data(contentsOf: formatFixture("pdf-review-ruled.pdf")))
        let page = try #require(pages.last)
        let ruled = PDFTable.tables(on: page)
        #expect(ruled.tables.count == 1)
        let lines = PDFLine.lines(of: ruled.rest, page: page.number)
        #expect(PDFColumnTable.tables(in: lines, page: page.number, carried: nil).tables.isEmpty)
    }

    @Test(arguments: [
        ("三、本年度办理结果", 3), ("（二）部分公开", 2), ("（三", 3), ("1.属于国家秘密", 1), ("2、重复申请", 2), ("十一、其他", 11),
        ("）不予公开", nil), ("一稳定", nil), ("息公开申请数量", nil), ("2023年", nil),
    ] as [(String, Int?)])
    func itemNumbers(_ text: String, _ number: Int?) {
        #expect(PDFColumnTable.itemNumber(text) == number)
    }

    @Test(arguments: [
        ("结果维持", "维持", true), ("其他结果", "其他", true), ("法人或其他组织", "其他", false), ("自然人", "自然人", true),
        ("社会公益组织", "社会公益组织", true), ("总计", "总计", true), ("商业", "商业企业", false),
    ])
    func headerWordsNameColumns(_ text: String, _ word: String, _ names: Bool) {
        #expect(PDFColumnTable.names(text, word) == names)
    }
}
