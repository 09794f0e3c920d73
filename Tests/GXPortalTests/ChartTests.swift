import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import GXReport
@testable import GXPortal

/// Reads XML with Foundation's parser: whether it is well-formed, and the text of each element.
final class XMLCheck: NSObject, XMLParserDelegate {
    /// Each element's name and text content, in document order of their ends.
    var elements: [(name: String, text: String)] = []
    /// Each element's name and attributes, in document order of their starts.
    var attributes: [(name: String, attributes: [String: String])] = []
    private var stack: [String] = []

    /// Parses `xml`; nil when it is not well-formed.
    static func parse(_ xml: String) -> XMLCheck? {
        let check = XMLCheck()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = check
        return parser.parse() ? check : nil
    }

    /// Whether `xml` is well-formed.
    static func wellFormed(_ xml: String) -> Bool { parse(xml) != nil }

    /// The texts of every element named `name`.
    func texts(_ name: String) -> [String] { elements.filter { $0.name == name }.map(\.text) }

    /// Opens an element's text and records its attributes.
    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        stack.append("")
        attributes.append((elementName, attributeDict))
    }

    /// Adds text to the innermost open element.
    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if !stack.isEmpty { stack[stack.count - 1] += string }
    }

    /// Closes an element, passing its text on to its parent.
    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        let text = stack.removeLast()
        elements.append((elementName, text))
        if !stack.isEmpty { stack[stack.count - 1] += text }
    }
}

@Suite struct ChartTests {
    static let trend = Chart.agencyTrend(id: "trend", years: [2021, 2022, 2023],
                                         series: [("新收申请", [26, nil, 30]), ("办结", [20, 5, nil])])
    static let mix = Chart.outcomeMix(id: "mix", title: "2023年申请办理结果", bars: [("2023年", [26, 6, 0, nil, 0, 0])])
    static let top = Chart.topAgencies(id: "top", year: 2023, rows: (1...12).map { ("机关\($0)", $0 * 10) } + [("零件机关", 0)])
    static let review = Chart.reviewResults(id: "review", rows: [("行政复议", 2, 3, nil, 1), ("行政诉讼", 0, 1, 0, 0)])

    /// Asserts the common contract: well-formed SVG and table, labelled, titled, described.
    static func assertContract(_ chart: Chart, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let svg = XMLCheck.parse(chart.svg)
        #expect(svg != nil, "SVG not well-formed:\n\(chart.svg)", sourceLocation: sourceLocation)
        #expect(XMLCheck.wellFormed(chart.tableHTML), "table not well-formed:\n\(chart.tableHTML)", sourceLocation: sourceLocation)
        #expect(chart.svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"\(chart.id)\""), sourceLocation: sourceLocation)
        #expect(chart.svg.contains("role=\"img\" aria-labelledby=\"\(chart.id)-title \(chart.id)-desc\""), sourceLocation: sourceLocation)
        #expect(chart.svg.contains("viewBox=\"0 0 640 "), sourceLocation: sourceLocation)
        #expect(chart.svg.contains("Noto Sans CJK SC"), sourceLocation: sourceLocation)
        #expect(svg?.texts("title").first == chart.title, sourceLocation: sourceLocation)
        #expect(svg?.texts("desc").first == chart.description, sourceLocation: sourceLocation)
        #expect(XMLCheck.parse(chart.tableHTML)?.texts("caption") == [chart.title], sourceLocation: sourceLocation)
        // Every id is unique and derived from the chart's id.
        let ids = (svg?.attributes.compactMap { $0.attributes["id"] } ?? []) + [chart.id + "-data"]
        #expect(Set(ids).count == ids.count, sourceLocation: sourceLocation)
        #expect(ids.allSatisfy { $0.hasPrefix(chart.id) }, sourceLocation: sourceLocation)
    }

    /// The visible texts of an SVG.
    static func texts(_ chart: Chart) -> [String] {
        XMLCheck.parse(chart.svg)?.texts("text") ?? []
    }

    @Test func everyChartKeepsTheContract() {
        for chart in [Self.trend, Self.mix, Self.top, Self.review] { Self.assertContract(chart) }
    }

    @Test func trendLabelsEveryPointAndTabulatesTheSameData() throws {
        let chart = Self.trend
        let labels = Self.texts(chart)
        for value in ["26", "30", "20", "5"] { #expect(labels.contains(value), "\(value)") }
        for legend in ["新收申请", "办结", "2021年", "2022年", "2023年"] { #expect(labels.contains(legend), "\(legend)") }
        #expect(chart.description == "2021年至2023年，新收申请：2021年 26，2022年 无数据，2023年 30；办结：2021年 20，2022年 5，2023年 无数据。")
        #expect(chart.tableHTML == """
        <table class="gx-chart-data" id="trend-data">
        <caption>历年政府信息公开申请办理情况</caption>
        <thead><tr><th scope="col">年度</th><th scope="col">新收申请</th><th scope="col">办结</th></tr></thead>
        <tbody>
        <tr><th scope="row">2021年</th><td>26</td><td>20</td></tr>
        <tr><th scope="row">2022年</th><td>无数据</td><td>5</td></tr>
        <tr><th scope="row">2023年</th><td>30</td><td>无数据</td></tr>
        </tbody>
        </table>

        """)
    }

    /// The `d` of each series' line (the unfilled paths).
    static func linePaths(_ chart: Chart) -> [String] {
        (XMLCheck.parse(chart.svg)?.attributes ?? []).filter { $0.name == "path" && $0.attributes["fill"] == "none" }.compactMap { $0.attributes["d"] }
    }

    @Test func nilValuesAreGapsNotZeros() {
        let chart = Chart.agencyTrend(id: "gap", years: [2019, 2020, 2021, 2022, 2023], series: [("新收申请", [1, 2, nil, 4, 5])])
        Self.assertContract(chart)
        let paths = Self.linePaths(chart)
        #expect(paths.count == 1)
        // Two runs: 2019–2020 and 2022–2023; nothing at 2021.
        #expect(paths.first?.filter { $0 == "M" }.count == 2)
        #expect(paths.first?.filter { $0 == "L" }.count == 2)
        #expect(chart.svg.components(separatedBy: "<circle").count - 1 == 4 + 1)  // four points and the legend marker
        #expect(!chart.svg.contains("cy=\"228\""))  // no point on the zero line
        #expect(chart.tableHTML.contains("<th scope=\"row\">2021年</th><td>无数据</td>"))
        // Isolated points draw no line at all.
        let isolated = Chart.agencyTrend(id: "iso", years: [2021, 2022, 2023], series: [("办结", [3, nil, 4])])
        #expect(Self.linePaths(isolated).isEmpty)
        #expect(Self.texts(isolated).contains("3") && Self.texts(isolated).contains("4"))
    }

    @Test func unsortedYearsAreSortedWithTheirValues() {
        let chart = Chart.agencyTrend(id: "u", years: [2023, 2021], series: [("新收申请", [30, 10])])
        #expect(chart.description == "2021年至2023年，新收申请：2021年 10，2023年 30。")
    }

    @Test func oneYearDrawsPoints() {
        let chart = Chart.agencyTrend(id: "one", years: [2023], series: [("新收申请", [7]), ("办结", [7])])
        Self.assertContract(chart)
        #expect(Self.linePaths(chart).isEmpty)
        #expect(Self.texts(chart).filter { $0 == "7" }.count == 2)
        #expect(chart.svg.contains("<circle cx=\"336\""))
    }

    @Test func outcomeMixStatesSharesInWords() {
        let chart = Self.mix
        let labels = Self.texts(chart)
        for label in ["予以公开 26（81.3%）", "部分公开 6（18.8%）", "不予公开 0（0.0%）", "无法提供 无数据", "不予处理 0（0.0%）",
                      "其他处理 0（0.0%）", "2023年：共 32 件", "81.3%", "18.8%"] {
            #expect(labels.contains(label), "\(label) in \(labels)")
        }
        // One segment per non-zero outcome, each in its outcome's colour.
        #expect(chart.svg.contains("fill=\"#1a7f37\"/>") && chart.svg.contains("fill=\"#0969da\"/>"))
        #expect(chart.tableHTML.contains("<tr><th scope=\"row\">2023年</th><td>26（81.3%）</td><td>6（18.8%）</td><td>0（0.0%）</td><td>无数据</td><td>0（0.0%）</td><td>0（0.0%）</td><td>32</td></tr>"))
    }

    @Test func outcomeValuesAddTheGroupsOfAReport() throws {
        let entry = try ReportsCSVTests.shuyang()
        #expect(Chart.outcomeValues([entry]) == [26, 0, 0, 0, 0, 0])
        #expect(Chart.outcomeValues([entry, entry]) == [52, 0, 0, 0, 0, 0])
        #expect(Chart.outcomeValues([]) == [nil, nil, nil, nil, nil, nil])
        let rows = Chart.reviewRows([entry])
        #expect(rows.map { $0.label } == ["行政复议", "行政诉讼"])
        #expect(rows[0].pending == 1 && rows[0].upheld == 0 && rows[1].corrected == 0)
    }

    @Test func topAgenciesShowsTheTopTenInOrder() {
        let chart = Self.top
        let labels = Self.texts(chart)
        #expect(chart.svg.components(separatedBy: "<rect").count - 1 == 10)
        let names = labels.filter { $0.contains("机关") && $0.contains(". ") }
        #expect(names == (3...12).reversed().enumerated().map { "\($0.offset + 1). 机关\($0.element)" })
        for value in (3...12).map({ String($0 * 10) }) { #expect(labels.contains(value), "\(value)") }
        #expect(!chart.svg.contains("零件机关") && !chart.svg.contains("机关2<") && !chart.svg.contains("机关1<"))
        #expect(chart.title == "2023年新收申请最多的机关")
        #expect(chart.tableHTML.contains("<tr><td>1</td><th scope=\"row\">机关12</th><td>120</td></tr>"))
    }

    @Test func topAgenciesBreaksTiesByName() {
        let chart = Chart.topAgencies(id: "t", year: 2022, rows: [("乙局", 5), ("甲局", 5), ("丙局", 9)], limit: 2)
        #expect(Self.texts(chart).filter { $0.contains(". ") } == ["1. 丙局", "2. \(min("乙局", "甲局"))"])
    }

    @Test func reviewHighlightsCorrectionsByColourAndWord() {
        let chart = Self.review
        let check = XMLCheck.parse(chart.svg)!
        let corrected = check.attributes.filter { $0.name == "rect" && $0.attributes["fill"] == Chart.correctedColour }
        #expect(corrected.count == 2)
        let boldRed = check.attributes.filter { $0.name == "text" && $0.attributes["fill"] == Chart.correctedColour && $0.attributes["font-weight"] == "bold" }
        #expect(boldRed.count == 4)  // the 纠正 label and figure of both groups
        let labels = Self.texts(chart)
        #expect(labels.filter { $0 == "纠正" }.count == 2)
        for label in ["行政复议", "行政诉讼", "维持", "其他结果", "尚未审结", "2", "3", "1", "0", "无数据"] {
            #expect(labels.contains(label), "\(label)")
        }
        #expect(chart.description == "行政复议：维持 2，纠正 3，其他结果 无数据，尚未审结 1；行政诉讼：维持 0，纠正 1，其他结果 0，尚未审结 0。")
    }

    @Test(arguments: [
        ("trend", Chart.agencyTrend(id: "e1", years: [2021, 2022], series: [("新收申请", [nil, nil])])),
        ("trend without years", Chart.agencyTrend(id: "e2", years: [], series: [])),
        ("mix of zeros", Chart.outcomeMix(id: "e3", bars: [("2023年", [0, 0, 0, 0, nil, 0])])),
        ("mix without bars", Chart.outcomeMix(id: "e4", bars: [])),
        ("top of zeros", Chart.topAgencies(id: "e5", year: 2023, rows: [("某局", 0)])),
        ("top without rows", Chart.topAgencies(id: "e6", year: 2023, rows: [])),
        ("review of zeros", Chart.reviewResults(id: "e7", rows: [("行政复议", 0, 0, 0, nil)])),
        ("review without rows", Chart.reviewResults(id: "e8", rows: [])),
    ])
    func emptyDataSaysSo(name: String, chart: Chart) {
        Self.assertContract(chart)
        #expect(Self.texts(chart).contains("暂无数据"), "\(name)")
        #expect(chart.description.hasPrefix("暂无数据"), "\(name)")
        #expect(chart.svg.contains("viewBox=\"0 0 640 120\""), "\(name)")
    }

    @Test func zeroTrendIsDrawnAsZeros() {
        let chart = Chart.agencyTrend(id: "z", years: [2022, 2023], series: [("新收申请", [0, 0])])
        Self.assertContract(chart)
        #expect(Self.texts(chart).filter { $0 == "0" }.count >= 2)
        #expect(!Self.texts(chart).contains("暂无数据"))
    }

    @Test(arguments: ["<script>alert(1)</script>", "{{> partial}}{{{x}}}", "A&B \"q\" 'x' ]]>", "\u{1}控制\u{8}字符"])
    func dataTextIsEscaped(name: String) {
        let charts = [
            Chart.agencyTrend(id: "x1", title: name, years: [2023], series: [(name, [1])]),
            Chart.outcomeMix(id: "x2", title: name, bars: [(name, [1, 0, 0, 0, 0, 0])]),
            Chart.topAgencies(id: "x3", year: 2023, rows: [(name, 4), (String(repeating: "很长", count: 40) + name, 3)]),
            Chart.reviewResults(id: "x4", title: name, rows: [(name, 1, 1, 1, 1)]),
            Chart.topAgencies(id: "x5", year: 2023, rows: [(name, 0)], title: name),
        ]
        for chart in charts {
            Self.assertContract(chart)
            for output in [chart.svg, chart.tableHTML] {
                #expect(!output.contains("<script"))
                #expect(!output.contains("{{") && !output.contains("}}"))
                #expect(!output.contains("\u{1}"))
            }
        }
        let visible = name.unicodeScalars.filter { $0.value >= 0x20 }.map(String.init).joined()
        #expect(XMLCheck.parse(charts[0].svg)?.texts("title") == [visible])
        #expect(XMLCheck.parse(charts[2].tableHTML)?.texts("th").contains(visible) == true)
    }

    @Test func outputIsDeterministicAndIdsFollowTheParameter() {
        let a = Chart.agencyTrend(id: "agency-1", years: [2022, 2023], series: [("新收申请", [3, 4])])
        let b = Chart.agencyTrend(id: "agency-1", years: [2022, 2023], series: [("新收申请", [3, 4])])
        let c = Chart.agencyTrend(id: "agency-2", years: [2022, 2023], series: [("新收申请", [3, 4])])
        #expect(a == b)
        #expect(a.svg != c.svg)
        #expect(c.svg.contains("id=\"agency-2-title\""))
    }

    @Test(arguments: [("trend", "trend"), ("2023 top/十", "chart-2023-top--"), ("a\"b<c", "a-b-c"), ("", "chart-")])
    func elementIDs(raw: String, expected: String) {
        #expect(Chart.elementID(raw) == expected)
    }

    @Test(arguments: [(0.0, "0"), (12.0, "12"), (12.25, "12.3"), (-3.46, "-3.5"), (1e7, "10000000"), (0.04, "0")])
    func coordinatesHaveNoLocale(value: Double, expected: String) {
        #expect(Chart.num(value) == expected)
    }

    @Test(arguments: [(26, 32, "81.3%"), (6, 32, "18.8%"), (0, 32, "0.0%"), (1, 3, "33.3%"), (2, 3, "66.7%"), (5, 5, "100.0%"), (1, 0, "0.0%")])
    func percentages(part: Int, total: Int, expected: String) {
        #expect(Chart.percent(part, of: total) == expected)
    }

    @Test(arguments: [(1, 1, 1), (4, 4, 1), (7, 8, 2), (26, 30, 10), (30, 30, 10), (101, 150, 50), (0, 1, 1)])
    func axes(max: Int, top: Int, step: Int) {
        let axis = Chart.axis(max: max)
        #expect(axis.top == top && axis.step == step)
    }

    /// WCAG relative luminance of `#rrggbb`.
    static func luminance(_ hex: String) -> Double {
        let v = Int(hex.dropFirst(), radix: 16)!
        func channel(_ c: Int) -> Double {
            let s = Double(c) / 255
            return s <= 0.03928 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(v >> 16) + 0.7152 * channel((v >> 8) & 0xFF) + 0.0722 * channel(v & 0xFF)
    }

    @Test func coloursMeetWCAGAAAgainstWhite() {
        let colours = Chart.palette + Chart.Outcome.allCases.map(\.colour) + [Chart.ink, Chart.muted, Chart.correctedColour]
        for colour in colours {
            let ratio = 1.05 / (Self.luminance(colour) + 0.05)
            #expect(ratio >= 4.5, "\(colour): \(ratio)")
        }
    }
}
