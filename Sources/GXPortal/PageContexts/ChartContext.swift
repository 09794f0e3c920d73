/// A chart as the theme's `charts` partial shows it: the SVG, its title and the table of the same figures.
struct ChartContext: TemplateContext {
    var svg, table, title: String

    init(_ chart: Chart) {
        svg = chart.svg
        table = chart.tableHTML
        title = chart.title
    }

    /// The charts of a year: busiest agencies, the mix of outcomes, review and litigation results.
    static func year(_ year: Int, list: [ReportEntry]) -> [ChartContext] {
        let busiest = list.compactMap { e in e.figure(.new).map { (name: e.report.agency, value: $0) } }
        return [
            Chart.topAgencies(id: "top-\(year)", year: year, rows: busiest),
            Chart.outcomeMix(id: "outcomes-\(year)", title: "\(year)年度申请办理结果构成", bars: [(label: "\(year)年度合计", values: Chart.outcomeValues(list))]),
            Chart.reviewResults(id: "review-\(year)", title: "\(year)年度行政复议、行政诉讼结果", rows: Chart.reviewRows(list)),
        ].map(ChartContext.init)
    }

    static let fields = TemplateFields<Self>([.init("svg", \.svg), .init("table", \.table), .init("title", \.title)])
}
