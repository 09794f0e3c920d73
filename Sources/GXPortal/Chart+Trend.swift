extension Chart {
    /// Lines of yearly figures (e.g. 新收申请 and 办结 per year): a blank figure is a gap in its
    /// line, never a zero; every point carries its value as text, and each series has its own
    /// marker shape and dash pattern besides its colour. One year gives points without lines.
    static func agencyTrend(id rawID: String, title: String = "历年政府信息公开申请办理情况",
                            years: [Int], series: [(name: String, values: [Int?])]) -> Chart {
        let id = elementID(rawID)
        // Years in ascending order, each series' values following them (missing values are blank).
        let order = years.indices.sorted { years[$0] < years[$1] }
        let sortedYears = order.map { years[$0] }
        let lines: [(name: String, values: [Int?])] = series.map { s in
            (s.name, order.map { $0 < s.values.count ? s.values[$0] : nil })
        }
        let tableHTML = table(id: id, caption: title, columns: ["年度"] + lines.map { $0.name },
                              rows: sortedYears.indices.map { i in ["\(sortedYears[i])年"] + lines.map { figure($0.values[i]) } })
        let span = sortedYears.isEmpty ? "" : sortedYears.count == 1 ? "\(sortedYears[0])年" : "\(sortedYears.first!)年至\(sortedYears.last!)年"
        let summary = lines.map { line in
            "\(line.name)：" + sortedYears.indices.map { "\(sortedYears[$0])年 \(figure(line.values[$0]))" }.joined(separator: "，")
        }.joined(separator: "；")
        let values = lines.flatMap { $0.values.compactMap { $0 } }
        guard !sortedYears.isEmpty, let maxValue = values.max() else {
            return empty(id: id, title: title, detail: span.isEmpty ? "" : "\(span)没有可显示的数字。", tableHTML: tableHTML)
        }
        let description = "\(span)，\(summary)。"

        let plot = TrendPlot(yearCount: sortedYears.count, maxValue: maxValue)
        var body = ""
        trendAxes(plot, years: sortedYears, into: &body)
        for (s, line) in lines.enumerated() {
            trendLine(s, values: line.values, plot: plot, into: &body)
        }
        let legendY = plot.bottom + 56
        trendLegend(lines.map(\.name), y: legendY, into: &body)
        return Chart(id: id, title: title, description: description,
                     svg: document(id: id, title: title, description: description, height: Int(legendY) + 16, body: body),
                     tableHTML: tableHTML)
    }

    /// Where a trend chart puts its years (across) and its values (up).
    private struct TrendPlot {
        let left = 56.0, right = Double(Chart.width - 24), top = 48.0, plotHeight = 180.0
        /// The space between the axis ends and the first and last year.
        let pad = 32.0
        let yearCount: Int
        /// The value at the top of the axis, and the step between its ticks.
        let axisTop: Int, step: Int

        /// The plot of `yearCount` years, its axis reaching at least `maxValue`.
        init(yearCount: Int, maxValue: Int) {
            self.yearCount = yearCount
            (axisTop, step) = Chart.axis(max: maxValue)
        }

        /// The baseline.
        var bottom: Double { top + plotHeight }

        /// The height of value `v`.
        func y(_ v: Int) -> Double { bottom - Double(v) / Double(axisTop) * plotHeight }

        /// The position of the `i`-th year; a single year is centred.
        func x(_ i: Int) -> Double {
            yearCount == 1 ? (left + right) / 2 : left + pad + Double(i) * (right - left - 2 * pad) / Double(yearCount - 1)
        }
    }

    /// The grid lines with their values, and the years under the plot.
    private static func trendAxes(_ plot: TrendPlot, years: [Int], into body: inout String) {
        body += "<g stroke=\"\(gridColour)\" stroke-width=\"1\">"
        var labels = "<g font-size=\"11\" fill=\"\(muted)\" text-anchor=\"end\">"
        for tick in stride(from: 0, through: plot.axisTop, by: plot.step) {
            body += "<line x1=\"\(num(plot.left))\" y1=\"\(num(plot.y(tick)))\" x2=\"\(num(plot.right))\" y2=\"\(num(plot.y(tick)))\"/>"
            labels += "<text x=\"\(num(plot.left - 8))\" y=\"\(num(plot.y(tick) + 4))\">\(tick)</text>"
        }
        body += "</g>\n" + labels + "</g>\n"
        body += "<g font-size=\"12\" fill=\"\(muted)\" text-anchor=\"middle\">"
        for i in years.indices {
            body += "<text x=\"\(num(plot.x(i)))\" y=\"\(num(plot.bottom + 32))\">\(years[i])年</text>"
        }
        body += "</g>\n"
    }

    /// Series `s`: its line (broken at blank figures), a marker at each point and the point's value beside it.
    private static func trendLine(_ s: Int, values: [Int?], plot: TrendPlot, into body: inout String) {
        let colour = palette[s % palette.count]
        var path = ""
        var previous = false
        for (i, v) in values.enumerated() {
            guard let v else { previous = false; continue }
            path += (path.isEmpty ? "" : " ") + (previous ? "L" : "M") + "\(num(plot.x(i))) \(num(plot.y(v)))"
            previous = true
        }
        body += "<g fill=\"\(colour)\" stroke=\"\(colour)\">"
        // A path with only moves draws nothing, so single points go without it.
        if path.utf8.contains(UInt8(ascii: "L")) {
            body += "<path d=\"\(path)\" fill=\"none\" stroke-width=\"2\"\(dash(s))/>"
        }
        for (i, v) in values.enumerated() {
            if let v { body += marker(s, x: plot.x(i), y: plot.y(v)) }
        }
        body += "</g>\n<g font-size=\"11\" text-anchor=\"middle\" fill=\"\(ink)\">"
        for (i, v) in values.enumerated() {
            guard let v else { continue }
            // Even series label above their points, odd ones below, so two equal lines stay legible.
            let ly = s % 2 == 0 ? plot.y(v) - 9 : plot.y(v) + 17
            body += "<text x=\"\(num(plot.x(i)))\" y=\"\(num(ly))\">\(v)</text>"
        }
        body += "</g>\n"
    }

    /// The legend at height `legendY`: marker, line sample and name of each series.
    private static func trendLegend(_ names: [String], y legendY: Double, into body: inout String) {
        var lx = Double(margin) + 40
        body += "<g font-size=\"12\">"
        for (s, name) in names.enumerated() {
            let colour = palette[s % palette.count]
            body += "<g fill=\"\(colour)\" stroke=\"\(colour)\">"
            body += "<line x1=\"\(num(lx))\" y1=\"\(num(legendY - 4))\" x2=\"\(num(lx + 24))\" y2=\"\(num(legendY - 4))\" stroke-width=\"2\"\(dash(s))/>"
            body += marker(s, x: lx + 12, y: legendY - 4) + "</g>"
            body += "<text x=\"\(num(lx + 30))\" y=\"\(num(legendY))\" fill=\"\(ink)\">\(text(name))</text>"
            lx += Double(textWidth(name) + 54)
        }
        body += "</g>\n"
    }

    /// The dash pattern of series `s` (solid, dashed, dotted, dash-dot …).
    static func dash(_ s: Int) -> String {
        let patterns = ["", " stroke-dasharray=\"6 4\"", " stroke-dasharray=\"2 3\"", " stroke-dasharray=\"8 3 2 3\""]
        return patterns[s % patterns.count]
    }

    /// The point marker of series `s`: circle, square, triangle or diamond.
    static func marker(_ s: Int, x: Double, y: Double) -> String {
        switch s % 4 {
        case 0: return "<circle cx=\"\(num(x))\" cy=\"\(num(y))\" r=\"4\"/>"
        case 1: return "<rect x=\"\(num(x - 4))\" y=\"\(num(y - 4))\" width=\"8\" height=\"8\"/>"
        case 2: return "<path d=\"M\(num(x)) \(num(y - 5))L\(num(x + 5)) \(num(y + 4))L\(num(x - 5)) \(num(y + 4))Z\"/>"
        default: return "<path d=\"M\(num(x)) \(num(y - 5))L\(num(x + 5)) \(num(y))L\(num(x)) \(num(y + 5))L\(num(x - 5)) \(num(y))Z\"/>"
        }
    }
}
