import Testing
import GXReport
import GXReuse
@testable import GXPortal

/// The marks of reused text on a report page: whole text runs wrapped, tables and markup left alone, links after each
/// passage, nothing marked when the letters do not add up.
struct ReuseHighlighterTests {
    /// A report whose section 一 reads `text`, with one passage over `passage` shared with b.txt (乙局's 2022 report,
    /// published when `linked`) and common wording over `common`.
    private func reuse(_ text: String, passage: Range<Int>, common: Range<Int>?, linked: Bool = false,
                       section: Int = 1) -> ReportReuse {
        var compared = ComparableText()
        compared.beginSection(section)
        compared.append(paragraph: text, line: 1, column: 1)
        var found = TextReuse()
        found.own = compared.count
        found.sections = compared.sections
        found.length = compared.units.count
        found.passages = [TextReuse.Passage(range: passage, own: passage.count, source: "b.txt",
                                            text: compared.string(passage), section: section)]
        found.shared = ["b.txt"]
        found.common = common.map { [$0] } ?? []
        let other = Report(source: "b.txt", format: "text", title: "", agency: "乙局", region: "", year: 2022,
                           titleLocation: SourceLocation(line: 1, column: 1))
        let site = linked ? SiteModel(entries: [(other, [])], config: SiteConfig(), reuse: ["b.txt": TextReuse()])
            : SiteModel(entries: [], config: SiteConfig())
        return ReportReuse(found, site: site)
    }

    @Test func aPassageIsMarkedAcrossMarkupAndFollowedByItsLinks() {
        // Letters: 甲乙丙丁戊己庚辛 (8); the passage is 乙丙丁戊, the common wording 庚辛.
        let html = "<h2>一、总体情况</h2>\n<p>甲乙&amp;丙<strong>丁</strong>戊，己<a href=\"x\">庚</a>辛。</p>\n<table><tr><td>子丑</td></tr></table>\n"
        let marked = ReuseHighlighter(reuse: reuse("甲乙&丙丁戊，己庚辛。", passage: 1..<5, common: 6..<8), root: "../").mark(html)
        #expect(marked == "<h2>一、总体情况</h2>\n<p>甲<mark class=\"reuse reuse-shared\" title=\"与b.txt0年度报告相同\">乙&amp;丙</mark>"
            + "<strong><mark class=\"reuse reuse-shared\" title=\"与b.txt0年度报告相同\">丁</mark></strong>"
            + "<mark class=\"reuse reuse-shared\" title=\"与b.txt0年度报告相同\">戊，</mark>己<a href=\"x\"><span class=\"reuse-common\">庚</span></a>"
            + "<span class=\"reuse-common\">辛。</span></p>\n<table><tr><td>子丑</td></tr></table>\n")
    }

    @Test func aPassageAcrossParagraphsIsMarkedInEachAndLinkedOnceAfterItsLastLetter() {
        let html = "<h2>一、总体情况</h2>\n<p>甲乙丙</p>\n<p>丁戊己</p>\n"
        let marked = ReuseHighlighter(reuse: reuse("甲乙丙丁戊己", passage: 1..<5, common: nil, linked: true), root: "../").mark(html)
        let mark = "<mark class=\"reuse reuse-shared\" title=\"与乙局2022年度报告相同\">"
        #expect(marked == "<h2>一、总体情况</h2>\n<p>甲\(mark)乙丙</mark></p>\n<p>\(mark)丁戊</mark>"
            + "<a class=\"reuse-source\" data-pagefind-ignore href=\"../agencies/yi-ju/2022/index.html\" title=\"与乙局2022年度报告相同\">〔2022年乙局〕</a>己</p>\n")
    }

    @Test(arguments: [(57, 100, 57), (29, 100, 29), (58, 200, 29), (1, 3, 33), (100, 100, 100)])
    func theShareIsShownInWholePercentRoundedDown(reused: Int, own: Int, percent: Int) {
        var found = TextReuse()
        (found.reused, found.own, found.previous) = (reused, own, TextReuse.Previous(source: "a.txt", year: 2022))
        #expect(found.percent == percent)
    }

    @Test func aSectionWhoseLettersDoNotAddUpIsLeftAlone() {
        let html = "<h2>一、总体情况</h2>\n<p>甲乙丙丁戊己庚辛壬</p>\n"
        #expect(ReuseHighlighter(reuse: reuse("甲乙丙丁戊己庚辛", passage: 1..<5, common: nil), root: "").mark(html) == html)
    }

    @Test func otherSectionsAreLeftAlone() {
        let html = "<h2>二、主动公开政府信息情况</h2>\n<p>甲乙丙丁戊己庚辛</p>\n"
        #expect(ReuseHighlighter(reuse: reuse("甲乙丙丁戊己庚辛", passage: 1..<5, common: nil), root: "").mark(html) == html)
    }

    /// A section is found by its heading alone: not by its title quoted in the text or in another element, and past
    /// the tables of the sections between.
    @Test func aSectionIsFoundByItsHeadingPastTablesAndMentionsOfItsTitle() {
        let title = "五、存在的主要问题及改进情况"
        let before = "<h2>一、总体情况</h2>\n<p>详见“\(title)”。</p>\n<p>\(title)</p>\n<h2>二、主动公开政府信息情况</h2>\n"
            + "<table><tr><td>\(title)</td><td>2</td></tr></table>\n<h2 id=\"s5\">\(title)</h2>\n<p>"
        let marked = ReuseHighlighter(reuse: reuse("甲乙丙丁戊己", passage: 1..<5, common: nil, section: 5), root: "").mark(before + "甲乙丙丁戊己</p>\n")
        #expect(marked == before + "甲<mark class=\"reuse reuse-shared\" title=\"与b.txt0年度报告相同\">乙丙丁戊</mark>己</p>\n")
    }
}
