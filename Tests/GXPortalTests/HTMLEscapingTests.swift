import Mustache
import Testing
@testable import GXPortal

/// Byte-wise escaping gives what a theme's `{{value}}` shows, and a theme renders the same with it as with Mustache's own.
struct HTMLEscapingTests {
    static let cases: [(String, String)] = [
        ("", ""), ("plain", "plain"), ("余姚市", "余姚市"),
        ("<script>alert('x') & \"y\"</script>", "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;"),
        ("A&B公司<一>", "A&amp;B公司&lt;一&gt;"), ("&amp;", "&amp;amp;"),
        // A combining mark after `<` is one Character with it: escaped here all the same.
        ("<\u{338}", "&lt;\u{338}"), ("e\u{301}>", "e\u{301}&gt;"),
    ]

    @Test(arguments: cases)
    func escapes(_ input: String, _ expected: String) {
        #expect(HTMLEscaping().escapeText(input) == expected)
    }

    @Test func themeTemplatesRenderAsWithoutThePragma() throws {
        HTMLEscaping.registered
        let text = "{{#rows}}\n<td>{{name}}</td>{{{raw}}}\n{{/rows}}\n"
        let context: [String: Any] = ["rows": [["name": "A&B <一>", "raw": "<b>"], ["name": "余姚'\"", "raw": "&"]]]
        let plain = try MustacheTemplate(string: text).render(context)
        let fast = try MustacheTemplate(string: HTMLEscaping.pragma + text).render(context)
        #expect(fast == plain)
        #expect(fast == "<td>A&amp;B &lt;一&gt;</td><b>\n<td>余姚&#39;&quot;</td>&\n")
    }

    @Test func namesInsideAStringsSectionAreLookedUpBelowIt() throws {
        // A string a section pushed answers no name (`String+MustacheParent`), as Mustache's reflection of it did: the
        // lookup goes on down the stack, to the row and then the page.
        let text = "{{#rows}}{{#href}}<a href=\"{{href}}\">{{name}}·{{site}}{{missing}}</a>{{/href}}{{^href}}{{name}}{{/href}};{{/rows}}"
        let context: [String: Any] = ["site": "站", "rows": [["href": "a.html", "name": "甲"], ["name": "乙"]]]
        #expect(try MustacheTemplate(string: text).render(context) == "<a href=\"a.html\">甲·站</a>;乙;")
        #expect(("text" as Any as? MustacheParent)?.child(named: "count") == nil)
        #expect(("text" as Any as? MustacheParent) != nil)
    }
}
