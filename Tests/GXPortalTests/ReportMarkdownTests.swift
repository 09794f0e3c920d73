import Testing
@testable import GXMarkdown
@testable import GXReport
@testable import GXPortal

@Suite struct ReportMarkdownTests {
    static func entry(_ text: String) throws -> ReportEntry {
        let report = try #require(ReportParser(source: "t.txt", format: "text").parse(text: text).report)
        return ReportEntry(report: report, findings: [], agencySlug: "a", regionSlug: nil)
    }

    static let review = """
    \t0\n\t0\n\t1\n\t0\n\t1\n\t\u{00A0}\n\t0\n\t0\n\t0\n\t0\n\t0\n\t0\n\t0\n\t0\n\t0\n
    """

    @Test func reviewTableMarkdownAndHTML() throws {
        let cells = Self.review.split(separator: "\n").map { Cell(raw: String($0.dropFirst()), location: SourceLocation(line: 1, column: 2)) }
        let table = ReviewTable(cells: cells, location: SourceLocation(line: 1, column: 1))
        let md = ReportMarkdown(entry: try Self.entry(TestText.minimal)).review(table)
        #expect(md == """
        | 类别 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |
        | --- | ---: | ---: | ---: | ---: | ---: |
        | 行政复议 | 0 | 0 | 1 | 0 | 1 |
        | 行政诉讼·未经复议直接起诉 | — | 0 | 0 | 0 | 0 |
        | 行政诉讼·复议后起诉 | 0 | 0 | 0 | 0 | 0 |


        """)
        let html = MarkdownRenderer().html(md)
        #expect(html.hasPrefix("""
        <table>
        <thead>
        <tr>
        <th>类别</th>
        <th align="right">结果维持</th>
        """))
        #expect(html.contains("<td>行政诉讼·未经复议直接起诉</td>\n<td align=\"right\">—</td>"))
    }

    @Test func cjkTextAndHierarchyLabels() throws {
        let entry = try Self.entry(TestText.minimal)
        let md = ReportMarkdown(entry: entry).compose()
        #expect(md.hasPrefix("# 测试局2021年度政府信息公开工作年度报告\n\n| 项目 | 内容 |\n| --- | --- |\n| 机关 | 测试局 |\n"))
        #expect(md.contains("## 一、总体情况\n\n本年度未收到政府信息公开申请，全年主动公开信息12条。\n\n"))
        #expect(md.contains("| （三）不予公开 · 1\\.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"))
        let html = MarkdownRenderer().html(md)
        #expect(html.contains("<h2>一、总体情况</h2>\n<p>本年度未收到政府信息公开申请，全年主动公开信息12条。</p>"))
        #expect(html.contains("<td>（三）不予公开 · 1.属于国家秘密</td>\n<td align=\"right\">0</td>"))
    }
}

/// A section's tables as written appear only where its figures could not be read.
@Test func rawTablesShowOnlyWhereFiguresWereNotRead() throws {
    let parser = ReportParser(source: "t.txt", format: "text")
    let read = try #require(parser.parse(text: TestText.minimal).report)
    let readMarkdown = ReportMarkdown(entry: ReportEntry(report: read, findings: [], agencySlug: "a", regionSlug: nil),
                                      narrative: Narrative(of: read)).compose()
    #expect(Narrative(of: read).parts.allSatisfy { $0.rawTables.isEmpty })
    // Table 四 cut to three cells: unreadable, so its cells as written are shown instead of the figures.
    let cut = TestText.minimal.replacingOccurrences(of: TestText.cells(Array(repeating: "0", count: 15)),
                                                    with: TestText.cells(["7", "8", "9"]))
    let unread = try #require(parser.parse(text: cut).report)
    #expect(unread.review == nil)
    let narrative = Narrative(of: unread)
    let raw = try #require(narrative.parts.first { $0.kind == .reviewLitigation }).rawTables
    #expect(!raw.isEmpty)
    let markdown = ReportMarkdown(entry: ReportEntry(report: unread, findings: [], agencySlug: "a", regionSlug: nil),
                                  narrative: narrative).compose()
    #expect(markdown.contains(raw) && !readMarkdown.contains(raw))
}
