import Testing
import GXReport
import GXReuse
@testable import GXPortal

/// The text reuse note of a report page, word for word: the share against the previous report (reaching the threshold
/// or not), why no share was measured, the other agencies' reports sharing passages, and the marks' legend.
struct ReportReusePanelTests {
    private static let legend = "<p class=\"reuse-legend\">正文中<mark class=\"reuse reuse-previous\">与上一份报告相同</mark>、"
        + "<mark class=\"reuse reuse-shared\">与其他机关报告相同</mark>的文字已标出，后附出处链接；<span class=\"reuse-common\">灰色文字</span>"
        + "为通用表述（模板用语，或在至少 20 份报告中出现的语句），不计为重复。</p>\n"

    /// A report of 甲局 with `own` own letters, `reused` of them in its 2022 report a.txt (when `previous`), and two
    /// passages of 60 and 80 letters shared with 乙局<二> 2023's b.txt (when `shared`).
    private func panel(own: Int, reused: Int, previous: Bool, shared: Bool) -> String {
        var found = TextReuse()
        (found.own, found.reused, found.length) = (own, reused, own)
        if previous { found.previous = TextReuse.Previous(source: "a.txt", year: 2022) }
        if shared {
            found.passages = [0..<60, 100..<180].map {
                TextReuse.Passage(range: $0, own: $0.count, source: "b.txt", text: "", section: 1)
            }
            found.shared = ["b.txt"]
        }
        func report(_ source: String, _ agency: String, _ year: Int) -> (Report, [Finding]) {
            (Report(source: source, format: "text", title: "", agency: agency, region: "", year: year,
                    titleLocation: SourceLocation(line: 1, column: 1)), [])
        }
        let site = SiteModel(entries: [report("a.txt", "甲局", 2022), report("b.txt", "乙局<二>", 2023)], config: SiteConfig(),
                             reuse: ["a.txt": TextReuse(), "b.txt": TextReuse()])
        return ReportReusePanel(ReportReuse(found, site: site), root: "../../", settings: ReuseSettings()).html
    }

    @Test func aShareReachingTheThresholdWithPassagesSharedWithAnotherAgency() {
        #expect(panel(own: 200, reused: 120, previous: true, shared: true)
            == "<p>一、五、六部分中本机关自己的文字（通用表述以外）共 200 字，其中 120 字（60%）与本机关"
            + "<a href=\"../../agencies/jia-ju/2022/index.html\">2022年度报告</a>相同，达到提示比例 50%。</p>\n"
            + "<p>与其他机关报告相同的段落：</p>\n<ul>\n"
            + "<li><a href=\"../../agencies/yi-ju-er/2023/index.html\">乙局&lt;二&gt; 2023年度报告</a>：2 段，最长 80 字</li>\n</ul>\n"
            + Self.legend)
    }

    @Test func aShareBelowTheThresholdWithoutMarks() {
        #expect(panel(own: 200, reused: 99, previous: true, shared: false)
            == "<p>一、五、六部分中本机关自己的文字（通用表述以外）共 200 字，其中 99 字（49%）与本机关"
            + "<a href=\"../../agencies/jia-ju/2022/index.html\">2022年度报告</a>相同。</p>\n")
    }

    @Test(arguments: [
        (200, "<p>本站没有本机关更早的报告，不计算与上一份报告的重复比例。</p>\n"),
        (49, "<p>一、五、六部分中本机关自己的文字（通用表述以外）只有49字，不计算与上一份报告的重复比例。</p>\n"),
    ])
    func noShareSaysWhy(own: Int, html: String) {
        #expect(panel(own: own, reused: 0, previous: false, shared: false) == html)
    }
}
