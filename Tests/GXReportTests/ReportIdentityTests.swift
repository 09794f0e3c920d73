import Testing
@testable import GXReport

/// Titles as real sites and documents write them, and section headings with slips of the pen.
@Suite struct ReportIdentityTests {
    /// A small report in Tika's layout: `top` lines, then the six sections, with a table under 二, 三 and 四, and the
    /// heading of section `typo` (1–6) replaced by `heading` when given.
    static func report(top: [String], heading: String? = nil, typo: Int = 0) -> String {
        var lines = top
        for kind in SectionKind.allCases {
            lines.append(kind.rawValue == typo ? heading ?? kind.title : kind.title)
            switch kind {
            case .proactive, .applications, .reviewLitigation: lines += ["\t表格", "\t1", ""]
            default: lines.append("本部分正文。")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func parse(_ text: String) -> ParseOutcome {
        ReportParser(source: "x.txt", format: "text").parse(text: text)
    }

    @Test(arguments: [
        (["淮安市人民政府", "2024 年政府信息公开工作年度报告"], "淮安市人民政府", 2024),
        (["索引号：01430100-2-/2021-0120001", "发布机构：余姚市经济和信息化局", "发布日期：2021-01-20",
          "余姚市经济和信息化局2020年度政府", "信息公开工作年度报告"], "余姚市经济和信息化局", 2020),
        (["某某县商务局二〇二〇年度政府信息公开工作年度报告"], "某某县商务局", 2020),
        (["二零二一年某某区人民政府政府信息公开工作年度报告"], "某某区人民政府", 2021),
        (["某某市统计局２０２２年政府信息公开工作年度报告"], "某某市统计局", 2022),
        (["2020年椒江区人民政府行政服务中心", "政府信息公开工作年度报告"], "椒江区人民政府行政服务中心", 2020),
        (["首页 > 政务公开 > 年度报告", "某某市教育局", "2023年度政府信息公开", "工作年度报告"], "某某市教育局", 2023),
    ])
    func titleIsFound(top: [String], agency: String, year: Int) throws {
        let outcome = Self.parse(Self.report(top: top))
        let report = try #require(outcome.report, "\(outcome.findings)")
        #expect(report.agency == agency)
        #expect(report.year == year)
        #expect(outcome.findings.isEmpty || outcome.findings.allSatisfy { $0.rule == "unparsed-table" }, "\(outcome.findings)")
    }

    @Test func metadataAboveTheTitleGivesThePublicationDate() throws {
        let text = Self.report(top: ["发布日期：2021-01-20", "某某县商务局2020年度政府信息公开工作年度报告"])
        let report = try #require(Self.parse(text).report)
        #expect(report.published == "2021-01-20")
        #expect(report.titleLocation == SourceLocation(line: 2, column: 1))
    }

    @Test(arguments: [("2020年", 2020), ("二〇二〇年度", 2020), ("二零一九年", 2019), ("２０２１年", 2021), ("二○二二年", 2022)])
    func yearsInAnyScript(written: String, year: Int) {
        #expect(TitleYear.find(in: Array("某局\(written)政府信息公开工作年度报告"))?.year == year)
    }

    @Test(arguments: ["某局20201年报告", "某局3020年政府信息公开工作年度报告", "共有一二三四年", "某局1020年"])
    func notYears(text: String) {
        #expect(TitleYear.find(in: Array(text)) == nil)
    }

    /// Every one-character edit (deletion, substitution, insertion) of a template heading's words, numbered.
    static let edits: [(kind: SectionKind, heading: String)] = SectionKind.allCases.flatMap { kind -> [(SectionKind, String)] in
        let words = Array(kind.title.dropFirst(2))
        let number = String(kind.title.prefix(2))
        var variants: [String] = []
        for i in words.indices {
            var deleted = words
            deleted.remove(at: i)
            var substituted = words
            substituted[i] = "某"
            var inserted = words
            inserted.insert("法", at: i)
            variants += [deleted, substituted, inserted].map { number + String($0) }
        }
        return variants.map { (kind, $0) }
    }

    @Test(arguments: edits)
    func headingsWithOneEditAreRecognised(kind: SectionKind, heading: String) throws {
        let outcome = Self.parse(Self.report(top: ["某某县商务局2020年度政府信息公开工作年度报告"], heading: heading, typo: kind.rawValue))
        let report = try #require(outcome.report)
        #expect(report.sections.compactMap(\.kind) == SectionKind.allCases, "\(heading)")
        #expect(!outcome.findings.contains { $0.rule == "missing-section" }, "\(heading): \(outcome.findings)")
    }

    @Test func theRealTypoOfSectionFour() throws {
        let heading = "四、政府信息公开行政法复议、行政诉讼情况"
        let outcome = Self.parse(Self.report(top: ["某某县商务局2020年度政府信息公开工作年度报告"], heading: heading, typo: 4))
        let report = try #require(outcome.report)
        #expect(report.section(.reviewLitigation)?.heading == heading)
        #expect(outcome.findings.filter { $0.rule == "missing-section" }.isEmpty)
    }

    @Test(arguments: [
        // Running text, numbered like a heading.
        "三、收到和处理政府信息公开申请情况如下，共收到申请3件。",
        "四、行政复议和行政诉讼情况良好",
        // A heading of another number: a typo is forgiven only under the section's own number.
        "二、总休情况",
        "五、收到和处理政府信息公开申请情况以外",
        // Sub-headings and plain sentences.
        "（三）收到和处理政府信息公开申请情况",
        "收到和处理政府信息公开申请情况",
    ])
    func bodySentencesAreNotTolerantHeadings(text: String) {
        let heading = SectionHeading.parse(text)
        #expect(heading == nil || !heading!.tolerant, "\(text)")
    }

    @Test func aTolerantHeadingOfATableSectionNeedsItsTable() throws {
        // 三 with a typo and no table before the next heading is not taken for section 三.
        var lines = ["某某县商务局2020年度政府信息公开工作年度报告"]
        for kind in SectionKind.allCases {
            lines.append(kind == .applications ? "三、收到和处里政府信息公开申请情况" : kind.title)
            if kind == .proactive || kind == .reviewLitigation { lines += ["\t表格", "\t1", ""] }
        }
        let outcome = Self.parse(lines.joined(separator: "\n") + "\n")
        let report = try #require(outcome.report)
        #expect(report.section(.applications) == nil)
        #expect(outcome.findings.contains { $0.rule == "missing-section" })
    }
}
