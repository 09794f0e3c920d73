import Testing
@testable import GXReport

/// Expected figures per row as a 7-character pattern: digit = that figure, "." = blank.
private func pattern(_ cells: [Cell]) -> String {
    cells.map { cell in
        switch cell.value {
        case .number(let n): String(n)
        case .blank: "."
        case .text(let t): "[\(t)]"
        }
    }.joined(separator: ",")
}

private func row(_ s: String) -> String {
    s.map { $0 == "." ? "." : String($0) }.joined(separator: ",")
}

struct SeedExpectation: Sendable, CustomStringConvertible {
    var file, agency, region: String
    var year: Int
    var template: TemplateKind
    var disclosureLayout: String
    /// Rows that differ from `otherRows`.
    var rows: [ApplicationRow: String]
    var otherRows, review: String
    var description: String { file }
}

@Suite struct ReportParserTests {
    static let seeds: [SeedExpectation] = [
        SeedExpectation(file: "000_de03c57df4063b09.txt", agency: "余姚市经济和信息化局", region: "余姚市", year: 2020,
                        template: .t2019, disclosureLayout: "2019", rows: [:], otherRows: "0000000", review: "000000000000000"),
        SeedExpectation(file: "001_92deafc51ce9e0f4.txt", agency: "宁海县商务局", region: "宁海县", year: 2020,
                        template: .t2019, disclosureLayout: "2019",
                        rows: [.new: "0.....0", .carriedOver: "0.....0", .total: "0.....0", .carriedForward: "0.....0"],
                        otherRows: ".......", review: "000000000000000"),
        SeedExpectation(file: "002_af7ba795f29cd9b9.txt", agency: "二七区工业和信息化局", region: "二七区", year: 2020,
                        template: .t2019, disclosureLayout: "2019", rows: [:], otherRows: "......0", review: "....0....0....0"),
        SeedExpectation(file: "003_096eb810ffb81dcc.txt", agency: "宁波市镇海区经济和信息化局", region: "宁波市镇海区", year: 2021,
                        template: .t2021, disclosureLayout: "2021", rows: [:], otherRows: "0000000", review: "000000000000000"),
        SeedExpectation(file: "004_6001728057d43c53.txt", agency: "椒江区人民政府行政服务中心", region: "椒江区", year: 2020,
                        template: .t2019, disclosureLayout: "local",
                        rows: [.new: "......0", .carriedOver: "......0", .carriedForward: "......0"],
                        otherRows: ".......", review: "....0....0....0"),
    ]

    @Test(arguments: seeds)
    func seedIdentity(_ seed: SeedExpectation) throws {
        let outcome = TestData.parse(seed: seed.file)
        let report = try #require(outcome.report)
        #expect(report.agency == seed.agency)
        #expect(report.region == seed.region)
        #expect(report.year == seed.year)
        #expect(report.template == seed.template)
        #expect(report.disclosure?.layout == seed.disclosureLayout)
        #expect(outcome.findings.filter { $0.rule != "missing-section" }.isEmpty, "\(outcome.findings)")
    }

    @Test(arguments: seeds)
    func seedFigures(_ seed: SeedExpectation) throws {
        let report = try #require(TestData.parse(seed: seed.file).report)
        let table = try #require(report.applications)
        let expectedRows = seed.template == .t2021 ? ApplicationRow.rows2021 : ApplicationRow.rows2019
        #expect(table.rows == expectedRows)
        for r in expectedRows {
            let cells = Array(try #require(table.cells[r]))
            #expect(pattern(cells) == row(seed.rows[r] ?? seed.otherRows), "row \(r)")
        }
        let review = try #require(report.review)
        #expect(pattern(review.cells) == row(seed.review))
    }

    @Test func seedSectionsAreAllFound() {
        for seed in Self.seeds {
            let outcome = TestData.parse(seed: seed.file)
            #expect(!outcome.findings.contains { $0.rule == "missing-section" }, "\(seed.file): \(outcome.findings)")
            #expect(outcome.report?.sections.compactMap(\.kind) == SectionKind.allCases, "\(seed.file)")
        }
    }

    @Test func extraSectionIsKept() throws {
        let report = try #require(TestData.parse(seed: "001_92deafc51ce9e0f4.txt").report)
        let extra = try #require(report.sections.first { $0.kind == nil })
        #expect(extra.heading == "五、监督保障机制")
        #expect(extra.location == SourceLocation(line: 394, column: 1))
    }

    @Test func nonZeroFiguresOfShuyang() throws {
        let outcome = TestData.parse(seed: "010_shuyang_drc_2023.txt")
        let report = try #require(outcome.report)
        #expect(report.agency == "沭阳县发展和改革局")
        #expect(report.region == "沭阳县")
        #expect(report.year == 2023)
        #expect(report.published == "2024-01-17")
        #expect(report.template == .t2021)
        let t = try #require(report.applications)
        let figures: [ApplicationRow: [Int?]] = [
            .new: [26, nil, nil, nil, nil, nil, 26], .carriedOver: [0, nil, nil, nil, nil, nil, 0],
            .granted: [26, nil, nil, nil, nil, nil, 26], .total: [26, nil, nil, nil, nil, nil, 26],
            .carriedForward: [0, nil, nil, nil, nil, nil, 0], .stateSecret: [0, nil, nil, nil, nil, nil, 0],
        ]
        for (r, expected) in figures {
            #expect(t.cells[r]!.map(\.number) == expected, "row \(r)")
        }
        // Every other row has 0 in 自然人 and 总计 and blank 法人 cells.
        for r in ApplicationRow.rows2021 where ![.new, .granted, .total].contains(r) {
            #expect(t.cells[r]!.map(\.number) == [0, nil, nil, nil, nil, nil, 0], "row \(r)")
        }
        #expect(t[.new, .natural]?.location == SourceLocation(line: 88, column: 2))
        #expect(t[.total, .total]?.location == SourceLocation(line: 342, column: 2))
        let review = try #require(report.review)
        #expect(review.cells.map(\.number) == [0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])
        #expect(review[.review, .pending].location == SourceLocation(line: 385, column: 2))
        #expect(report.disclosure?.items.first?.rows.last?.values == ["8", "0", "18"])
    }

    @Test func cellLocationsPointAtTheCell() throws {
        let report = try #require(TestData.parse(seed: "000_de03c57df4063b09.txt").report)
        let table = try #require(report.applications)
        #expect(table.labelLocation(of: .new) == SourceLocation(line: 109, column: 2))
        #expect(table[.new, .natural]?.location == SourceLocation(line: 110, column: 2))
        #expect(table[.carriedForward, .total]?.location == SourceLocation(line: 350, column: 2))
    }

    @Test(arguments: [
        ("余姚市经济和信息化局2020年度政府信息公开工作年度报告", "余姚市经济和信息化局", 2020),
        ("2020年椒江区人民政府行政服务中心政府信息公开工作年度报告", "椒江区人民政府行政服务中心", 2020),
        ("宁波市镇海区经济和信息化局2021年度政府信息公开工作年度报告", "宁波市镇海区经济和信息化局", 2021),
        ("沭阳县发展和改革局2023年政府信息公开年度报告", "沭阳县发展和改革局", 2023),
        ("上海市人民政府办公厅关于2025年度政府信息公开工作年度报告", "上海市人民政府办公厅", 2025),
    ])
    func identityFromTitle(title: String, agency: String, year: Int) {
        let id = ReportParser.identity(fromTitle: title)
        #expect(id.agency == agency)
        #expect(id.year == year)
    }

    @Test(arguments: [
        ("一、总体情况", SectionKind.overview), ("1、 总体情况", .overview), ("2、 收到和处理政府信息公开申请情", .applications),
        ("3、 收到和处理政府信息公开申请情况", .applications), ("四、政府信息公开行政复议、行政诉讼情况", .reviewLitigation),
        ("五、政府信息公开工作存在的主要问题及改进情况", .problems), ("五、存在的主要问题及整改措施", .problems),
        ("七、其他需要报告的事项", .otherMatters), ("二、主动公开政府信息情况", .proactive),
    ])
    func headings(text: String, kind: SectionKind) {
        #expect(SectionHeading.parse(text)?.kind == kind)
    }

    @Test(arguments: ["（一）主动公开情况", "（1） 政府信息主动公开", "2020年，我局主动公开政府信息276条，其中：组织机构70条。", "一是扩大宣传"])
    func notHeadings(text: String) {
        #expect(SectionHeading.parse(text)?.kind == nil)
    }

    @Test func notAReport() {
        let outcome = ReportParser(source: "x.txt", format: "text").parse(text: "会议纪要\n今天开会。\n")
        #expect(outcome.report == nil)
        #expect(outcome.findings.map(\.rule) == ["not-a-report"])
    }

    @Test func crlfBomAndBookmarks() throws {
        let original = TestData.text(TestData.content.appendingPathComponent("003_096eb810ffb81dcc.txt"))
        let crlf = "\u{FEFF}" + original.replacingOccurrences(of: "\n", with: "\r\n")
        let a = try #require(ReportParser(source: "a", format: "text").parse(text: original).report)
        let b = try #require(ReportParser(source: "a", format: "text").parse(text: crlf).report)
        #expect(a.applications == b.applications)
        #expect(a.review == b.review)
        #expect(a.agency == b.agency)
    }
}
