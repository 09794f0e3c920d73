import GXMarkdown
import Testing

@Suite struct MarkdownTextTests {
    let renderer = MarkdownRenderer()

    /// Each special character, alone and in typical Markdown constructs,
    /// paired with the exact HTML the escaped text must render to.
    @Test(arguments: [
        ("\\", "\\"),
        ("`", "`"),
        ("*", "*"),
        ("_", "_"),
        ("{", "{"),
        ("}", "}"),
        ("[", "["),
        ("]", "]"),
        ("(", "("),
        (")", ")"),
        ("#", "#"),
        ("+", "+"),
        ("-", "-"),
        (".", "."),
        ("!", "!"),
        ("|", "|"),
        ("<", "&lt;"),
        (">", "&gt;"),
        ("~", "~"),
        ("&", "&amp;"),
        ("\"", "&quot;"),
        ("=", "="),
        ("a\\b\\", "a\\b\\"),
        ("`代码`", "`代码`"),
        ("*强调* **加粗**", "*强调* **加粗**"),
        ("_a_ __b__", "_a_ __b__"),
        ("~~删除~~", "~~删除~~"),
        ("[链接](http://x.cn)", "[链接](http://x.cn)"),
        ("![图](x.png)", "![图](x.png)"),
        ("[^1]", "[^1]"),
        ("<script>", "&lt;script&gt;"),
        ("&amp;", "&amp;amp;"),
        ("&copy; &#20013;", "&amp;copy; &amp;#20013;"),
        ("a | b", "a | b"),
        ("\\*不是强调\\*", "\\*不是强调\\*"),
        ("www.example.com", "www.example.com"),
        ("https://www.gov.cn/zhengce/", "https://www.gov.cn/zhengce/"),
        ("gk@example.gov.cn", "gk@example.gov.cn"),
        ("<http://x.cn>", "&lt;http://x.cn&gt;"),
        ("（一）主动公开情况", "（一）主动公开情况"),
    ])
    func escapedTextRendersLiterally(text: String, expectedInner: String) {
        #expect(renderer.html(MarkdownText.escape(text)) == "<p>\(expectedInner)</p>\n")
    }

    @Test(arguments: [
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;"),
        ("<IMG SRC=x onerror=alert(1)>", "&lt;IMG SRC=x onerror=alert(1)&gt;"),
        ("<!-- 注释 -->", "&lt;!-- 注释 --&gt;"),
    ])
    func htmlInTextIsShownNotInterpreted(text: String, expectedInner: String) {
        let html = renderer.html(MarkdownText.escape(text))
        #expect(html == "<p>\(expectedInner)</p>\n")
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.lowercased().contains("<img"))
        #expect(!html.contains("raw HTML omitted"))
    }

    /// Text that would open a block at the start of a line must stay a paragraph.
    @Test(arguments: [
        "1. 第一条", "1) 第一条", "2023. 年度", "# 标题", "## 标题", ">引用", "> 引用",
        "- 列表", "+ 列表", "* 列表", "---", "***", "___", "===", "```", "~~~",
        "    四个空格", "\t制表符", "<div>", "[a]: http://x.cn", "| a | b |",
    ])
    func textAtLineStartStaysAParagraph(text: String) {
        let html = renderer.html(MarkdownText.escape(text))
        #expect(html.hasPrefix("<p>"))
        #expect(html.hasSuffix("</p>\n"))
        #expect(html.components(separatedBy: "<p>").count == 2)
        for tag in ["<ol", "<ul", "<h1", "<h2", "<blockquote", "<hr", "<pre", "<code", "<table", "<div"] {
            #expect(!html.contains(tag), "\(text) rendered \(tag)")
        }
    }

    @Test func textAtLineStartStaysLiteralAfterAComposedParagraph() {
        let markdown = "说明：\n" + MarkdownText.escape("1. 第一条\n- 第二条") + "\n"
        #expect(renderer.html(markdown) == "<p>说明：\n1. 第一条 - 第二条</p>\n")
    }

    @Test(arguments: [
        ("第一行\n第二行", "第一行 第二行"),
        ("第一段\n\n第二段", "第一段 第二段"),
        ("a\r\nb\rc", "a b c"),
        ("  a \t\n  b  ", " a b "),
        ("", ""),
    ])
    func whitespaceRunsBecomeOneSpace(text: String, escaped: String) {
        #expect(MarkdownText.escape(text) == escaped)
    }

    @Test func paragraphWithNewlinesStaysOneParagraph() {
        let html = renderer.html(MarkdownText.escape("第一段\n\n\n# 第二段\n\n- 第三段"))
        #expect(html == "<p>第一段 # 第二段 - 第三段</p>\n")
    }

    @Test func trailingSpacesCannotMakeAHardBreak() {
        let markdown = MarkdownText.escape("结尾两个空格  ") + "\n下一行"
        #expect(renderer.html(markdown) == "<p>结尾两个空格\n下一行</p>\n")
    }

    @Test(arguments: [
        ("", ""),
        ("   ", ""),
        ("\n", ""),
        ("12", "12"),
        ("a|b", "a\\|b"),
        (" 前后空格 ", "前后空格"),
        ("第一行\n第二行", "第一行 第二行"),
    ])
    func tableCellText(text: String, cell: String) {
        #expect(MarkdownText.tableCell(text) == cell)
    }

    @Test(arguments: [
        ("a|b", "a|b"),
        ("|", "|"),
        ("||", "||"),
        ("\\|", "\\|"),
        ("a\\\\|b", "a\\\\|b"),
        ("`x|y`", "`x|y`"),
        ("第一行\n| 第二行 |", "第一行 | 第二行 |"),
        ("<script>|</script>", "&lt;script&gt;|&lt;/script&gt;"),
        ("", ""),
    ])
    func tableCellStaysInOneCell(text: String, expectedInner: String) {
        let markdown = """
            | 名称 | 数量 |
            |---|---:|
            | \(MarkdownText.tableCell(text)) | 5 |

            """
        let expected = """
            <table>
            <thead>
            <tr>
            <th>名称</th>
            <th align="right">数量</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td>\(expectedInner)</td>
            <td align="right">5</td>
            </tr>
            </tbody>
            </table>

            """
        #expect(renderer.html(markdown) == expected)
    }
}
