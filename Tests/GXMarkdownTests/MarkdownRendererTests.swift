import GXMarkdown
import Testing

@Suite struct MarkdownRendererTests {
    let renderer = MarkdownRenderer()

    @Test func cjkTableWithRightAlignedNumberColumns() {
        let markdown = """
            | 申请人情况 | 自然人 | 法人或其他组织 | 总计 |
            |---|---:|---:|---:|
            | 一、本年新收政府信息公开申请数量 | 12 | 3 | 15 |
            | 二、上年结转政府信息公开申请数量 | 0 |  | 0 |

            """
        let expected = """
            <table>
            <thead>
            <tr>
            <th>申请人情况</th>
            <th align="right">自然人</th>
            <th align="right">法人或其他组织</th>
            <th align="right">总计</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td>一、本年新收政府信息公开申请数量</td>
            <td align="right">12</td>
            <td align="right">3</td>
            <td align="right">15</td>
            </tr>
            <tr>
            <td>二、上年结转政府信息公开申请数量</td>
            <td align="right">0</td>
            <td align="right"></td>
            <td align="right">0</td>
            </tr>
            </tbody>
            </table>

            """
        #expect(renderer.html(markdown) == expected)
    }

    @Test func cjkParagraph() {
        let markdown = "本年度，我局严格落实《中华人民共和国政府信息公开条例》，\n主动公开政府信息**128**条。\n"
        let expected = "<p>本年度，我局严格落实《中华人民共和国政府信息公开条例》，\n主动公开政府信息<strong>128</strong>条。</p>\n"
        #expect(renderer.html(markdown) == expected)
    }

    @Test func headingAndStrikethrough() {
        #expect(renderer.html("## 一、总体情况\n") == "<h2>一、总体情况</h2>\n")
        #expect(renderer.html("~~旧数据~~") == "<p><del>旧数据</del></p>\n")
        #expect(renderer.html("| 数 |\n|---|\n| ~~5~~ 6 |\n").contains("<td><del>5</del> 6</td>"))
    }

    @Test func emptyInputGivesEmptyOutput() {
        #expect(renderer.html("") == "")
    }

    @Test(arguments: [
        ("<script>alert(1)</script>\n", "<!-- raw HTML omitted -->\n"),
        ("<img src=x onerror=alert(1)>\n", "<!-- raw HTML omitted -->\n"),
        ("文本<b>加粗</b>", "<p>文本<!-- raw HTML omitted -->加粗<!-- raw HTML omitted --></p>\n"),
        ("[点击](javascript:alert(1))", "<p><a href=\"\">点击</a></p>\n"),
    ])
    func rawHTMLAndUnsafeURLsDoNotPassThrough(markdown: String, expected: String) {
        let html = renderer.html(markdown)
        #expect(html == expected)
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("javascript:"))
    }

    @Test func emailAddressesAreNotAutolinked() {
        #expect(renderer.html("gk@example.gov.cn") == "<p>gk@example.gov.cn</p>\n")
    }

    @Test func concurrentRenderingMatchesSerialRendering() async {
        let documents = Self.stressDocuments
        let renderer = self.renderer
        let serial = documents.map { renderer.html($0) }

        let runs = await withTaskGroup(of: [String].self) { group in
            for _ in 0..<4 {
                group.addTask {
                    var outputs: [String] = []
                    outputs.reserveCapacity(documents.count * 50)
                    for _ in 0..<50 {
                        for document in documents { outputs.append(renderer.html(document)) }
                    }
                    return outputs
                }
            }
            var runs: [[String]] = []
            for await run in group { runs.append(run) }
            return runs
        }

        #expect(runs.count == 4)
        let expected = Array(repeating: serial, count: 50).flatMap { $0 }
        for run in runs {
            // Compare bytes, not String equality, which would accept
            // canonically equivalent but differently encoded output.
            #expect(run.map { Array($0.utf8) } == expected.map { Array($0.utf8) })
        }
    }

    static let stressDocuments: [String] = {
        var documents = [
            "# 2023年政府信息公开工作年度报告\n\n本报告由**宁波市镇海区**人民政府办公室编制。",
            "| 项目 | 本年数 |\n|---|---:|\n| 制发规章 | 0 |\n| 废止规章 | 1 |\n",
            "一、总体情况\n\n（一）主动公开\n\n全年共主动公开信息 1,024 条。",
            "- 第一项\n- 第二项\n  - 嵌套项\n\n1. 编号一\n2. 编号二\n",
            "> 引用：依申请公开。\n>\n> 第二段。",
            "```\ncode block 代码\n```\n\n    indented code",
            "*强调* _强调_ **加粗** __加粗__ ~~删除~~ `代码`",
            "[链接](https://www.gov.cn/ \"标题\") ![图](img.png)",
            "<div>raw</div>\n\n<script>alert(1)</script>",
            "www.example.com http://example.com a@b.com",
            "| 左 | 中 | 右 |\n|:---|:---:|---:|\n| a | b | c |\n| 一 | 二 | 三 |\n",
            "段落一\n\n---\n\n段落二\n===\n\n段落三\n---",
            "硬换行  \n下一行\\\n再下一行",
            "&amp; &copy; &#20013; &lt;tag&gt;",
            "脚注[^1]\n\n[^1]: 说明",
            "| a | b |\n|---|---|\n| \\| | `x \\| y` |\n",
            // Documents with '~' take the locked strikethrough path while the rest render in parallel beside them.
            "1~3月共收到申请 ~~12~~ 件，**更正为** ~13~ 件。",
            "| 月份 | 数 |\n|---|---:|\n| 1~3月 | ~~5~~ 6 |\n| 4~6月 | 7 |\n",
            String(repeating: "长段落文本，", count: 400),
            (1...60).map { "| 第\($0)行 | \($0) | \($0 * 2) |" }.joined(separator: "\n"),
        ]
        documents.append(
            MarkdownText.escape("<script>alert(1)</script> 1. # > - + * _ ` | ~ [ ] ( ) ! & \\"))
        documents.append(
            "| 名称 | 数 |\n|---|---:|\n| \(MarkdownText.tableCell("a|b\nc")) | 7 |\n")
        return documents
    }()
}
