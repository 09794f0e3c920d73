import Testing
@testable import GXMarkdown

/// Tables handed to the caller as cmark-gfm parsed them; every other block rendered as cmark-gfm renders it.
@Suite struct MarkdownTableTests {
    let renderer = MarkdownRenderer()

    @Test(arguments: [
        "# 标题\n\n正文 *强调* 与 `代码`。\n\n- 一\n- 二\n\n> 引用\n",
        "1. 甲\n\n   乙\n2. 丙\n\n---\n\n```\ncode\n```\n",
        "段落\\<script\\>\n\n<div>raw</div>\n\n~~删除~~\n",
    ])
    func documentsWithoutTablesRenderAsBefore(_ markdown: String) {
        #expect(renderer.html(markdown, tables: { _ in "" }) == renderer.html(markdown))
    }

    @Test func aTableIsHandedOverWithItsHeadingsCellsAndAlignments() {
        let markdown = "# 报告\n\n## 三、申请情况\n\n### （一）细目\n\n前文\n\n| 项目 | 数 \\| 量 |\n| --- | ---: |\n| **甲**<乙> | 1 |\n| 丙 |\n\n后文\n"
        var seen: [MarkdownTable] = []
        let html = renderer.html(markdown) { table in
            seen.append(table)
            return "<TABLE/>\n"
        }
        #expect(seen == [MarkdownTable(headings: ["报告", "三、申请情况", "（一）细目"], header: ["项目", "数 | 量"],
                                       rows: [["<strong>甲</strong>&lt;乙&gt;", "1"], ["丙", ""]], alignments: [.none, .right])])
        #expect(html == "<h1>报告</h1>\n<h2>三、申请情况</h2>\n<h3>（一）细目</h3>\n<p>前文</p>\n<TABLE/>\n<p>后文</p>\n")
    }

    @Test func aLaterHeadingReplacesThoseOfItsLevelAndBelow() {
        let markdown = "## 二\n\n### 细\n\n## 三\n\n| a |\n| - |\n| 1 |\n"
        var headings: [[String]] = []
        _ = renderer.html(markdown) { headings.append($0.headings); return "" }
        #expect(headings == [["三"]])
    }
}

extension MarkdownTableTests {
    /// Cells holding only text are escaped without cmark-gfm: byte for byte as cmark-gfm escapes the same text.
    @Test(arguments: ["甲乙 & 丙", "a<b>c", "\"引号\" 'single' /slash/", "\\*星号\\* \\_下划线\\_ 1\\. 2\\)", "&amp; &#39; &lt;",
                      "（三）不予公开 · 1\\.属于国家秘密", "— 空白 —", "x\\|y", "tab\tand  spaces", "emoji 🇨🇳 ½"])
    func textCellsAreEscapedAsCmarkEscapesText(_ text: String) {
        var cell = ""
        _ = renderer.html("| h |\n| - |\n| \(text) |\n") { cell = $0.rows[0][0]; return "" }
        // The same text as a paragraph, rendered whole by cmark-gfm.
        let paragraph = renderer.html(text + "\n")
        #expect("<p>" + cell + "</p>\n" == paragraph.replacingOccurrences(of: "\\|", with: "|"))
    }
}
