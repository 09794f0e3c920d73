import Foundation
import Testing
@testable import GXReport

@Suite struct HTMLReaderTests {
    static func parse(_ name: String) throws -> ParseOutcome {
        let html = try String(contentsOf: formatFixture(name), encoding: .utf8)
        return ReportParser(source: name, format: "html").parse(html: html)
    }

    static func texts(_ items: [TikaLayout.Item]) -> [String] {
        items.compactMap { item in
            if case .paragraph(let text, _) = item { return text }
            return nil
        }
    }

    static func tables(_ items: [TikaLayout.Item]) -> [RawTable] {
        items.compactMap { item in
            if case .table(let table) = item { return table }
            return nil
        }
    }

    @Test(arguments: formatSeeds)
    func htmlGivesTheSameReportAsTikaText(_ stem: String) throws {
        let outcome = try Self.parse("\(stem).html")
        let report = try #require(outcome.report, "\(outcome.findings)")
        try expectSameReport(report, try textReport(stem))
        let textFindings = TestData.parse(seed: "\(stem).txt").findings
        #expect(outcome.findings.map(\.rule) == textFindings.map(\.rule))
        if stem.hasPrefix("010") { try expectShuyangFigures(report) }
    }

    @Test(arguments: formatSeeds)
    func pageChromeIsNotReportText(_ stem: String) throws {
        let report = try #require(try Self.parse("\(stem).html").report)
        let chrome = ["首页", "网站地图", "互动交流", "当前位置", "主办单位", "ICP", "网站标识码", "相关链接",
                      "分享到", "脚本内容", "不是正文", "人民政府门户网站", "索引号", "繁體版", "走进沭阳", "星期二", "标题："]
        for text in paragraphs(of: report) {
            #expect(!chrome.contains { text.contains($0) }, "\(text)")
        }
    }

    @Test(arguments: formatSeeds)
    func publicationDateIsRead(_ stem: String) throws {
        let report = try #require(try Self.parse("\(stem).html").report)
        let expected = stem.hasPrefix("010") ? "2024-01-17" : "\(report.year + 1)-01-20"
        #expect(report.published == expected)
    }

    @Test func entitiesAndBlankCells() throws {
        let items = HTMLReader.items(from: """
            <p>A&amp;B &lt;c&gt; &quot;d&quot; &#19968;&#x4E8C; &copy &unknown; &#0; &#150; &nbsp;x&nbsp</p>
            <table><tr><td>label</td><td>&nbsp;</td><td>&#12288;&#x3000;</td><td> &#47; </td><td>0</td><td>&#65297;2</td></tr></table>
            """)
        #expect(Self.texts(items) == ["A&B <c> \"d\" 一二 © &unknown; \u{FFFD} – \u{A0}x\u{A0}"])
        let row = try #require(Self.tables(items).first?.rows.first)
        let values = row.dropFirst().map { CellValue(parsing: $0.text.trimmingWhitespace()) }
        #expect(values == [.blank, .blank, .blank, .number(0), .number(12)])
    }

    @Test func rowspanGivesEmptyCellsAndColspanOneCell() throws {
        let items = HTMLReader.items(from: """
            <TABLE><TR><TD ROWSPAN=3 COLSPAN="2">a</TD><td colspan=7>b</td></TR>
            <tr><td rowspan="2">c</td><td colspan='5'>d<br>e</td><td rowspan="2">f</td>
            <tr><td>g</td><td><p>h</p><p>i</p></td>
            <tr><td>j</td></tr></TABLE>
            """)
        let table = try #require(Self.tables(items).first)
        #expect(table.rows.map { $0.map(\.text) } == [["a", "b"], ["", "c", "d\ne", "f"], ["", "", "g", "h\ni", ""], ["j"]])
        // Columns are grid columns: a carried cell sits where its spanning cell started, and keeps its width.
        #expect(table.rows[2].map(\.location) == [1, 3, 4, 5, 9].map { GXReport.SourceLocation(line: 3, column: $0) })
        #expect(table.rows[2].map(\.gridSpan) == [2, 1, 1, 1, 1])
        #expect(table.rows[1].map(\.gridColumn) == [0, 2, 3, 8])
        #expect(table.rows[1].map(\.gridSpan) == [2, 1, 5, 1])
        #expect(table.location == GXReport.SourceLocation(line: 1, column: 1))
    }

    @Test func locationsCountParagraphsAndRowsOfThePage() throws {
        let items = HTMLReader.items(from: """
            <div class="nav"><a>首页</a></div>
            <h1>某局2020年政府信息公开工作年度报告</h1><div>发布日期：2021-01-20</div>
            <p>一、总体情况</p><table><tr><td>x</td><td>y</td></tr><tr><td>1</td><td>2</td></tr></table><p>结束</p>
            """)
        #expect(Self.texts(items) == ["某局2020年政府信息公开工作年度报告", "发布日期：2021-01-20", "一、总体情况", "结束"])
        let table = try #require(Self.tables(items).first)
        // Line 1 is the navigation, dropped but still counted.
        #expect(table.rows[1][1].location == GXReport.SourceLocation(line: 6, column: 2))
        if case .paragraph(_, let location) = items.last { #expect(location.line == 7) }
    }

    @Test func titleSplitByBreakAndDateMovedAfterIt() throws {
        let outcome = ReportParser(source: "x.html", format: "html").parse(html: """
            <div class="main"><span class="date">发布时间：2021年1月18日</span>
            <h2>余姚市某局2020年度政府<br>信息公开工作年度报告</h2>
            <p>一、总体情况</p><p>正文。</p></div>
            """)
        let report = try #require(outcome.report)
        #expect(report.agency == "余姚市某局")
        #expect(report.year == 2020)
        #expect(report.published == "2021-01-18")
    }

    @Test(arguments: ["<p>淮安市人民政府</p><p>2024年政府信息公开工作年度报告</p>",
                      "<p style=\"text-align:center\"><b>淮安市人民政府</b></p>\n<p style=\"text-align:center\"><b>二〇二四年政府信息公开工作年度报告</b></p>",
                      "<div>索引号：01/2025-001</div><div>发布日期：2025-01-20</div><h1>淮安市人民政府</h1><h1>2024 年政府信息公开工作年度报告</h1>"])
    func titleWithTheAgencyOnTheParagraphAbove(_ title: String) throws {
        // <title> holds only the agency's name; the page's title is split over two paragraphs at the year.
        let outcome = ReportParser(source: "x.html", format: "html").parse(html: """
            <html><head><title>淮安市人民政府</title></head><body><div class="nav"><a>首页</a></div>
            <div class="content">\(title)
            <p>一、总体情况</p><p>正文。</p></div></body></html>
            """)
        let report = try #require(outcome.report, "\(outcome.findings)")
        #expect(report.agency == "淮安市人民政府")
        #expect(report.year == 2024)
    }

    @Test func malformedMarkupIsReadLikeABrowser() {
        let items = HTMLReader.items(from: """
            <p>one<p>two</span></div><p><b>three<br/>four</p></p><!-- <p>hidden</p> --><script>x="<p>no</p>"</SCRIPT >
            <ul><li>five<li>six</ul><div>seven<table><tr><td>1<td>2</table></div>< not a tag <<a href="x>y">eight
            <![CDATA[nine]]><p attr=unterminated"
            """)
        #expect(Self.texts(items) == ["one", "two", "three", "four", "five", "six", "seven", "< not a tag <eight nine"])
        #expect(Self.tables(items).first?.rows.map { $0.map(\.text) } == [["1", "2"]])
    }

    @Test func layoutTablesAreNotFigureTables() throws {
        let items = HTMLReader.items(from: """
            <table><tr><td class="left-menu"><a>菜单</a></td><td>
            <p>某局2020年政府信息公开工作年度报告</p>
            <table><tr><td>a</td><td>b</td></tr></table>
            </td></tr></table>
            """)
        #expect(Self.texts(items) == ["某局2020年政府信息公开工作年度报告"])
        #expect(Self.tables(items).map { $0.rows.map { $0.map(\.text) } } == [[["a", "b"]]])
    }

    @Test func classesInsideFigureTablesAreNotChrome() throws {
        let items = HTMLReader.items(from: """
            <div class="header">站点</div><div class="content"><h1>某局2020年政府信息公开工作年度报告</h1>
            <table><thead class="table-header"><tr><th class="nav-cell">信息内容</th><th>数量</th></tr></thead>
            <tbody><tr><td>规章</td><td>0</td></tr></tbody></table></div>
            """)
        #expect(Self.tables(items).map { $0.rows.map { $0.map(\.text) } } == [[["信息内容", "数量"], ["规章", "0"]]])
        #expect(!Self.texts(items).contains("站点"))
    }

    @Test func tenThousandColumnsFinish() throws {
        var html = "<table>"
        for row in 0..<3 {
            html += "<tr>"
            for column in 0..<10_000 { html += row == 0 && column % 2 == 0 ? "<td rowspan=3>\(column)</td>" : "<td>0</td>" }
            html += "</tr>"
        }
        html += "</table>"
        let table = try #require(Self.tables(HTMLReader.items(from: html)).first)
        #expect(table.rows.count == 3)
        #expect(table.rows[0].count == 10_000)
        #expect(table.rows[1].count == 15_000)
        #expect(table.rows[1].prefix(3).map(\.text) == ["", "0", ""])
    }

    @Test func hugeSpansAreClamped() throws {
        let table = try #require(Self.tables(HTMLReader.items(from:
            "<table><tr><td rowspan=99999999 colspan=99999999>a</td><td>b</td></tr><tr><td>c</td></tr></table>")).first)
        #expect(table.rows.map { $0.map(\.text) } == [["a", "b"], ["", "c"]])
    }

    @Test func hundredThousandNestedDivsFinish() {
        let depth = 100_000
        let html = String(repeating: "<div>", count: depth) + "<h1>某局2020年政府信息公开工作年度报告</h1><p>正文</p>"
            + String(repeating: "</div>", count: depth) + String(repeating: "<span>", count: depth) + "尾"
        // The innermost div holds the title and the text; the spans after it are outside the report.
        #expect(Self.texts(HTMLReader.items(from: html)) == ["某局2020年政府信息公开工作年度报告", "正文"])
        let unclosed = String(repeating: "<div><b>", count: depth) + String(repeating: "</i>", count: depth) + "x"
        #expect(Self.texts(HTMLReader.items(from: unclosed)) == ["x"])
    }
}

extension HTMLReaderTests {
    /// A small deterministic fuzz: damaged pages are read as far as they go, never a crash.
    @Test func mutatedPagesNeverCrash() throws {
        var state: UInt64 = 0x1234_5678_9ABC_DEF1
        func next() -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int(truncatingIfNeeded: (z ^ (z >> 31)) >> 1)
        }
        let pieces = ["<", ">", "</td>", "<td rowspan=9>", "<td colspan=0>", "<table>", "</table>", "<tr>", "&", "&#",
                      "&#xFFFFFFFFF;", "<!--", "-->", "<script>", "\"", "<p>", "</div>", "<div class=nav>", "<br>",
                      "<![CDATA[", "<h1>2020年某局政府信息公开工作年度报告</h1>"].map { Array($0.utf8) }
        let pages = try formatSeeds.map { Array(try Data(contentsOf: formatFixture("\($0).html"))) }
        let iterations = Int(ProcessInfo.processInfo.environment["GX_FUZZ_ITERATIONS"] ?? "") ?? 40
        var outcomes = 0
        for page in pages {
            for _ in 0..<iterations {
                var bytes = page
                for _ in 0..<(1 + next() % 12) {
                    let position = next() % bytes.count
                    switch next() % 3 {
                    case 0: bytes.insert(contentsOf: pieces[next() % pieces.count], at: position)
                    case 1: bytes.removeSubrange(position..<min(bytes.count, position + 1 + next() % 200))
                    default: bytes[position] = UInt8(truncatingIfNeeded: next())
                    }
                    if bytes.isEmpty { bytes = [0x3C] }
                }
                outcomes += HTMLReader.items(from: String(decoding: bytes, as: UTF8.self)).count + 1
            }
        }
        #expect(outcomes > 0)
    }
}
