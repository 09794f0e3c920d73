import Testing
@testable import GXReport

/// Seed files with some lines replaced, so each case injects exactly the error it is about.
///
/// Every figure of the seeds is 0 or blank, which makes the seeds a clean page:
/// 000 is the 2019 template (table 三 cells on lines 110–350, table 四 on 383–397) and
/// 003 the 2021 template (table 三 cells on lines 83–348, table 四 on 390–404).
enum EditedSeed {
    static let s2019 = "000_de03c57df4063b09.txt"
    static let s2021 = "003_096eb810ffb81dcc.txt"
    static let shuyang = "010_shuyang_drc_2023.txt"
    /// Replaces the paragraph of 000 (line 9) and 003 (line 9) that says no application arrived,
    /// for cases that put figures in the table without meaning to contradict the text.
    static let noCount = "按照政府信息依申请公开工作要求，明确责任岗位和人员。"

    /// The seed's text with 1-based lines replaced.
    static func text(_ seed: String, _ edits: [Int: String]) -> String {
        let inContent = TestData.content.appendingPathComponent(seed)
        let url = TestData.text(inContent).isEmpty ? TestData.fixtures.appendingPathComponent("reports/\(seed)") : inContent
        var lines = TestData.text(url).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for (line, replacement) in edits { lines[line - 1] = replacement }
        return lines.joined(separator: "\n")
    }

    static func outcome(_ seed: String, _ edits: [Int: String] = [:], source: String? = nil, format: String = "text") -> ParseOutcome {
        ReportParser(source: source ?? seed, format: format).parse(text: text(seed, edits))
    }

    static func report(_ seed: String, _ edits: [Int: String] = [:], source: String? = nil, format: String = "text") -> Report {
        outcome(seed, edits, source: source, format: format).report!
    }
}

/// A finding as one comparable line: `rule line:column message`.
func render(_ finding: Finding) -> String {
    "\(finding.rule) \(finding.line):\(finding.column) \(finding.message)"
}

struct ValidationCase: Sendable, CustomStringConvertible {
    var name: String
    var seed: String
    var edits: [Int: String]
    var expected: [String]
    /// When set, only findings of these rules are compared (010 has blank-cell warnings throughout).
    var only: Set<String>? = nil
    var description: String { name }
}

@Suite struct ReportValidatorTests {
    static let cases: [ValidationCase] = [
        ValidationCase(name: "reconciliation in the issue's words", seed: EditedSeed.s2019,
                       edits: [9: EditedSeed.noCount, 110: "\t12", 116: "\t12", 129: "\t11", 135: "\t11", 335: "\t11", 341: "\t11"],
                       expected: ["reconciliation 344:2 自然人列：第一项+第二项=12，第三项+第四项=11",
                                  "reconciliation 350:2 总计列：第一项+第二项=12，第三项+第四项=11"]),
        ValidationCase(name: "outcome-sum on （七）总计", seed: EditedSeed.s2019,
                       edits: [9: EditedSeed.noCount, 110: "\t11", 116: "\t11", 129: "\t12", 135: "\t12", 335: "\t11", 341: "\t11"],
                       expected: ["outcome-sum 335:2 自然人列：办理结果各项之和=12，（七）总计=11",
                                  "outcome-sum 341:2 总计列：办理结果各项之和=12，（七）总计=11"]),
        ValidationCase(name: "outcome-sum of a 2021 table counts the three 其他处理 rows", seed: EditedSeed.s2021,
                       edits: [323: "\t1", 329: "\t1"],
                       expected: ["outcome-sum 333:2 自然人列：办理结果各项之和=1，（七）总计=0",
                                  "outcome-sum 339:2 总计列：办理结果各项之和=1，（七）总计=0"]),
        ValidationCase(name: "a balanced 2021 table", seed: EditedSeed.s2021,
                       edits: [9: EditedSeed.noCount, 83: "\t2", 89: "\t2", 301: "\t2", 307: "\t2", 333: "\t2", 339: "\t2"],
                       expected: []),
        ValidationCase(name: "row-sum with balanced columns", seed: EditedSeed.s2019,
                       edits: [9: EditedSeed.noCount, 110: "\t12", 116: "\t11", 125: "\t1", 129: "\t12", 135: "\t12", 335: "\t12", 341: "\t12"],
                       expected: ["row-sum 116:2 一、本年新收政府信息公开申请数量：自然人+法人或其他组织=12，总计=11",
                                  "row-sum 125:2 二、上年结转政府信息公开申请数量：自然人+法人或其他组织=0，总计=1"]),
        ValidationCase(name: "row-sum on a sub-row names its group", seed: EditedSeed.s2019,
                       edits: [151: "\t1"],
                       expected: ["row-sum 156:2 （三）不予公开·1.属于国家秘密：自然人+法人或其他组织=1，总计=0",
                                  "outcome-sum 336:2 商业企业列：办理结果各项之和=1，（七）总计=0"]),
        ValidationCase(name: "review-sum on 行政复议", seed: EditedSeed.s2019,
                       edits: [383: "\t3", 387: "\t4"],
                       expected: ["review-sum 387:2 行政复议：维持+纠正+其他+尚未审结=3，总计=4"]),
        ValidationCase(name: "review-sum on 未经复议直接起诉", seed: EditedSeed.s2019,
                       edits: [388: "\t1", 389: "\t1"],
                       expected: ["review-sum 392:2 行政诉讼·未经复议直接起诉：维持+纠正+其他+尚未审结=2，总计=0"]),
        ValidationCase(name: "review-sum on 复议后起诉 (2021)", seed: EditedSeed.s2021,
                       edits: [404: "\t2"],
                       expected: ["review-sum 404:2 行政诉讼·复议后起诉：维持+纠正+其他+尚未审结=0，总计=2"]),
        ValidationCase(name: "blank-cell: one finding per row, at its first blank", seed: EditedSeed.s2019,
                       edits: [151: "\t", 152: "\t\u{3000}"],
                       expected: ["blank-cell 151:2 （三）不予公开·1.属于国家秘密：商业企业、科研机构为空白（未填写不同于0）"]),
        ValidationCase(name: "blank-cell: a slash is a blank, and its column is not summed", seed: EditedSeed.s2019,
                       edits: [9: EditedSeed.noCount, 110: "\t/", 116: "\t5", 129: "\t/", 135: "\t5", 335: "\t/", 341: "\t5"],
                       expected: ["blank-cell 110:2 一、本年新收政府信息公开申请数量：自然人为空白（未填写不同于0）",
                                  "blank-cell 129:2 （一）予以公开：自然人为空白（未填写不同于0）",
                                  "blank-cell 335:2 （七）总计：自然人为空白（未填写不同于0）"]),
        ValidationCase(name: "blank-cell: blank totals skip the sums they touch", seed: EditedSeed.s2019,
                       edits: [110: "\t3", 116: "\t", 129: "\t3", 135: "\t", 335: "\t3", 341: "\t"],
                       expected: ["blank-cell 116:2 一、本年新收政府信息公开申请数量：总计为空白（未填写不同于0）",
                                  "blank-cell 135:2 （一）予以公开：总计为空白（未填写不同于0）",
                                  "blank-cell 341:2 （七）总计：总计为空白（未填写不同于0）"]),
        ValidationCase(name: "blank-cell: table 四 is one row", seed: EditedSeed.s2019,
                       edits: [383: "\t", 397: "\t-"],
                       expected: ["blank-cell 383:2 行政复议、行政诉讼情况：行政复议·结果维持、行政诉讼·复议后起诉·总计为空白（未填写不同于0）"]),
        ValidationCase(name: "blank-cell: the 其他 column is named with its group", seed: EditedSeed.s2019,
                       edits: [115: "\t"],
                       expected: ["blank-cell 115:2 一、本年新收政府信息公开申请数量：法人或其他组织·其他为空白（未填写不同于0）"]),
        ValidationCase(name: "non-numeric-cell in table 三", seed: EditedSeed.s2019,
                       edits: [110: "\t22（其中修订16件）"],
                       expected: ["non-numeric-cell 110:2 一、本年新收政府信息公开申请数量·自然人：“22（其中修订16件）”不是整数，不参与核对"]),
        ValidationCase(name: "non-numeric-cell in table 四 skips its block", seed: EditedSeed.s2019,
                       edits: [383: "\t一件", 387: "\t1"],
                       expected: ["non-numeric-cell 383:2 行政复议·结果维持：“一件”不是整数，不参与核对"]),
        ValidationCase(name: "template-mismatch: 2019 layout in a 2021 report", seed: EditedSeed.s2019,
                       edits: [1: "余姚市经济和信息化局2021年度政府"],
                       expected: ["template-mismatch 92:2 2021年度报告的表三按2019年版模板（国办公开办函〔2019〕60号）填写，应使用2021年版模板（国办公开办函〔2021〕30号）"]),
        ValidationCase(name: "template-mismatch: 2021 layout in a 2020 report", seed: EditedSeed.s2021,
                       edits: [2: "2020年度政府信息公开工作年度报告"],
                       expected: ["template-mismatch 63:2 2020年度报告的表三按2021年版模板（国办公开办函〔2021〕30号）填写，应使用2019年版模板（国办公开办函〔2019〕60号）"]),
        ValidationCase(name: "narrative-mismatch: all four counts", seed: EditedSeed.s2019,
                       edits: [9: "2020年度我局共收到政府信息公开申请5件，办结4件。因政府信息公开被申请行政复议2件，提起行政诉讼1起。"],
                       expected: ["narrative-mismatch 9:20 总体情况称“收到政府信息公开申请5件”，但表三“一、本年新收政府信息公开申请数量”的总计为0",
                                  "narrative-mismatch 9:25 总体情况称“办结4件”，但表三“（七）总计”的总计为0",
                                  "narrative-mismatch 9:42 总体情况称“行政复议2件”，但表四“行政复议”的总计为0",
                                  "narrative-mismatch 9:51 总体情况称“行政诉讼1起”，但表四“行政诉讼”两项总计之和为0"]),
        ValidationCase(name: "narrative-mismatch: real report, figure changed", seed: EditedSeed.shuyang,
                       edits: [11: "2023年度我局共收到依申请信息公开25件，及时回复申请人"],
                       expected: ["narrative-mismatch 11:19 总体情况称“收到依申请信息公开25件”，但表三“一、本年新收政府信息公开申请数量”的总计为26"], only: ["narrative-mismatch", "late-publication"]),
        ValidationCase(name: "narrative-mismatch: 未收到 is 0", seed: EditedSeed.s2019,
                       edits: [9: "2020年度我局未收到政府信息公开申请。", 110: "\t1", 116: "\t1", 129: "\t1", 135: "\t1", 335: "\t1", 341: "\t1"],
                       expected: ["narrative-mismatch 9:9 总体情况称“未收到政府信息公开申请”，但表三“一、本年新收政府信息公开申请数量”的总计为1"]),
        ValidationCase(name: "narrative-mismatch: a comparison in the next clause", seed: EditedSeed.s2019,
                       edits: [9: "本年度共受理政府信息公开申请12件，较上年增加3件。"],
                       expected: ["narrative-mismatch 9:15 总体情况称“受理政府信息公开申请12件”，但表三“一、本年新收政府信息公开申请数量”的总计为0"]),
        // Paragraphs are stored trimmed, so the column counts from the first non-blank character.
        ValidationCase(name: "narrative-mismatch: column of an indented paragraph", seed: EditedSeed.s2019,
                       edits: [9: "    共收到政府信息公开申请5件"],
                       expected: ["narrative-mismatch 9:12 总体情况称“收到政府信息公开申请5件”，但表三“一、本年新收政府信息公开申请数量”的总计为0"]),
        ValidationCase(name: "late-publication: a department after 1月31日", seed: EditedSeed.shuyang,
                       edits: [4: "公开日期：2024-02-05"],
                       expected: ["late-publication 4:1 发布日期2024-02-05晚于法定期限2024-01-31（部门报告应在次年1月31日前公布）"], only: ["narrative-mismatch", "late-publication"]),
        ValidationCase(name: "late-publication: a government before 3月31日", seed: EditedSeed.shuyang,
                       edits: [1: "沭阳县人民政府2023年政府信息公开年度报告", 4: "公开日期：2024-03-15"],
                       expected: [], only: ["narrative-mismatch", "late-publication"]),
        ValidationCase(name: "late-publication: a government after 3月31日", seed: EditedSeed.shuyang,
                       edits: [1: "沭阳县人民政府2023年政府信息公开年度报告", 4: "公开日期：2024年4月1日"],
                       expected: ["late-publication 4:1 发布日期2024-04-01晚于法定期限2024-03-31（本级人民政府的报告应在次年3月31日前公布）"], only: ["narrative-mismatch", "late-publication"]),
        ValidationCase(name: "late-publication: a government's office is a department", seed: EditedSeed.shuyang,
                       edits: [1: "沭阳县人民政府办公室2023年政府信息公开年度报告", 4: "公开日期：2024-03-15"],
                       expected: ["late-publication 4:1 发布日期2024-03-15晚于法定期限2024-01-31（部门报告应在次年1月31日前公布）"], only: ["narrative-mismatch", "late-publication"]),
    ]

    @Test(arguments: cases)
    func rule(_ c: ValidationCase) {
        let report = EditedSeed.report(c.seed, c.edits)
        let findings = ReportValidator().validate(report).filter { c.only?.contains($0.rule) ?? true }
        #expect(findings.map(render) == c.expected)
    }

    /// Sentences that mention a figure but do not state the year's count: never a finding.
    static let unclearSentences = [
        "全年受理网络问政182件。",
        "2020年共收到自然人政府信息公开申请3件。",
        "2019年共收到政府信息公开申请3件，2020年未收到。",
        "办理人大代表建议答复12件，政府信息公开申请均按时答复。",
        "全年收到行政复议申请120件，政府信息公开工作平稳。",
        "与上年相比，收到政府信息公开申请增加3件。",
        "收到政府信息公开申请3个。",
        "本年度我局未受理自然人依申请公开请求。",
        "因政府信息公开申请行政复议、行政诉讼共2件。",
        "2020年1-6月共收到政府信息公开申请3件。",
        "我局共受理政府信息公开相关咨询30件。",
        "全年办理行政复议案件120件，政府信息公开工作平稳有序。",
        "全年办结率100%，政府信息公开申请答复及时。",
        "自2019年以来，共收到政府信息公开申请50件。",
        "去年收到政府信息公开申请5件，今年收到8件。",
    ]

    @Test(arguments: unclearSentences)
    func unclearSentenceIsNotCompared(_ sentence: String) {
        let report = EditedSeed.report(EditedSeed.s2019, [9: sentence])
        #expect(ReportValidator().validate(report).isEmpty, "\(ReportValidator().validate(report).map(render))")
    }

    static let seeds = ["000_de03c57df4063b09.txt", "001_92deafc51ce9e0f4.txt", "002_af7ba795f29cd9b9.txt",
                        "003_096eb810ffb81dcc.txt", "004_6001728057d43c53.txt", "010_shuyang_drc_2023.txt"]

    @Test(arguments: seeds)
    func seedsHaveOnlyBlankCellWarnings(_ seed: String) throws {
        let report = try #require(TestData.parse(seed: seed).report)
        let findings = ReportValidator().validate(report)
        #expect(findings.allSatisfy { $0.rule == "blank-cell" && $0.severity == .warning }, "\(findings.map(render))")
    }

    @Test func seedWithBlankColumnsWarnsPerRow() throws {
        let report = try #require(TestData.parse(seed: "004_6001728057d43c53.txt").report)
        let findings = ReportValidator().validate(report)
        // 23 rows of table 三 and the one data row of table 四, each blank somewhere.
        #expect(findings.count == 24)
        #expect(findings.allSatisfy { $0.rule == "blank-cell" })
        #expect(render(findings[0]) == "blank-cell 127:2 一、本年新收政府信息公开申请数量：自然人、商业企业、科研机构、社会公益组织、法律服务机构、法人或其他组织·其他为空白（未填写不同于0）")
        #expect(findings[0].where == "表三 第一项（本年新收） 自然人列")
    }

    @Test func wholeTotalColumnBlankGivesOnlyBlankCells() throws {
        let parsed = try #require(TestData.parse(seed: EditedSeed.s2019).report?.applications)
        let totalLines = parsed.rows.map { parsed[$0, .total]!.location.line }
        let report = EditedSeed.report(EditedSeed.s2019, Dictionary(uniqueKeysWithValues: totalLines.map { ($0, "\t") }))
        let findings = ReportValidator().validate(report)
        #expect(findings.count == 23)
        #expect(findings.allSatisfy { $0.rule == "blank-cell" && $0.message.hasSuffix("：总计为空白（未填写不同于0）") })
        #expect(findings.map(\.line) == totalLines)
    }

    @Test func unparsedTableRunsOnlyCompleteEquations() throws {
        // An unknown label drops the 国家秘密 row, so no column's outcome sum can be checked.
        let outcome = EditedSeed.outcome(EditedSeed.s2019, [149: "\t1.属于未知情形", 129: "\t1"])
        #expect(outcome.findings.map(\.rule) == ["unparsed-table"])
        let findings = ReportValidator().validate(try #require(outcome.report))
        #expect(findings.map(render) == ["row-sum 135:2 （一）予以公开：自然人+法人或其他组织=1，总计=0"])
    }

    @Test func publicationDateWithoutItsParagraphSitsOnTheTitle() {
        var report = EditedSeed.report(EditedSeed.s2019)
        report.published = "2021-02-01"
        #expect(ReportValidator().validate(report).map(render)
            == ["late-publication 1:1 发布日期2021-02-01晚于法定期限2021-01-31（部门报告应在次年1月31日前公布）"])
    }

    @Test func findingsCarryFileAndWhere() {
        let report = EditedSeed.report(EditedSeed.s2019, [9: EditedSeed.noCount, 110: "\t12", 116: "\t11", 125: "\t1", 129: "\t12", 135: "\t12", 335: "\t12", 341: "\t12"])
        let finding = ReportValidator().validate(report)[0]
        #expect(finding.file == EditedSeed.s2019)
        #expect(finding.severity == .error)
        #expect(finding.where == "表三 第一项（本年新收） 总计列")
    }

    @Test func ruleCatalogueMatchesTheDesign() {
        let expected: [(String, Finding.Severity)] = [
            ("reconciliation", .error), ("outcome-sum", .error), ("row-sum", .error), ("review-sum", .error),
            ("blank-cell", .warning), ("non-numeric-cell", .warning), ("missing-section", .error),
            ("unparsed-table", .error), ("template-mismatch", .warning), ("carry-over", .warning),
            ("narrative-mismatch", .warning), ("duplicate-report", .error), ("text-reuse", .warning), ("text-shared", .warning),
            ("late-publication", .warning),
            ("recovered-table", .warning), ("unreadable-input", .error), ("not-a-report", .warning), ("stale-acceptance", .warning),
        ]
        #expect(Rule.all.map(\.id) == expected.map(\.0))
        #expect(Rule.all.map(\.severity) == expected.map(\.1))
        #expect(Rule.all.allSatisfy { !$0.title.isEmpty && !$0.explanation.isEmpty })
        #expect(Rule.reconciliation.explanation.contains("第一项加第二项之和，等于第三项加第四项之和"))
        #expect(Rule.named("row-sum") == Rule.rowSum)
        #expect(Rule.named("no-such-rule") == nil)
    }
}
