/// An inline SVG chart made at build time (no script), with the same figures as an HTML table.
///
/// Builders live in the `Chart+…` extensions. Every text that comes from data is escaped; element
/// ids derive from the `id` given to the builder, so two charts on one page never clash and a
/// rebuild gives the same bytes. The SVG carries `class="gx-chart"` and its natural size; the
/// theme's CSS (`.gx-chart { max-width: 100%; height: auto; }`) lets it shrink with the page.
struct Chart: Sendable, Hashable {
    /// The id of the `<svg>` element; the title, description and table ids derive from it.
    var id: String
    /// The chart's title (also the table's caption).
    var title: String
    /// A sentence or two stating every figure, for screen readers.
    var description: String
    /// The complete `<svg>` element.
    var svg: String
    /// A `<table>` holding exactly the figures the chart shows.
    var tableHTML: String

    /// Creates a chart; control characters (not allowed in XML) are dropped from title and description.
    init(id: String, title: String, description: String, svg: String, tableHTML: String) {
        self.id = id
        self.title = Chart.printable(title)
        self.description = Chart.printable(description)
        self.svg = svg
        self.tableHTML = tableHTML
    }

    /// The font stack of the default theme, CJK first.
    static let fontFamily = "PingFang SC, Hiragino Sans GB, Microsoft YaHei, Noto Sans CJK SC, Source Han Sans SC, WenQuanYi Zen Hei, sans-serif"
    /// The width of every chart's view box, in user units.
    static let width = 640
    /// Left and right margin inside the view box.
    static let margin = 16
    /// Body text: 15.8:1 on white.
    static let ink = "#1f2328"
    /// Secondary text and axis labels: 6.4:1 on white.
    static let muted = "#57606a"
    /// Grid lines (decorative, never the only carrier of a value).
    static let gridColour = "#d0d7de"
    /// Fills for data marks, each at least 4.5:1 against white, so white labels on them also pass AA.
    static let palette = ["#0969da", "#bc4c00", "#1a7f37", "#8250df", "#b42318", "#57606a"]
    /// What charts say when there is nothing to draw.
    static let noData = "暂无数据"
    /// What a table cell or label says for a blank (not filled) figure.
    static let blank = "无数据"

    // MARK: Text

    /// Escapes data for SVG/HTML text and attributes; braces too, so no template engine ever sees `{{`.
    static func text(_ s: String) -> String {
        var out = XML.escape(s)
        // Bytes, not Foundation's substring search: charts escape thousands of labels.
        if out.utf8.contains(where: { $0 == 0x7B || $0 == 0x7D }) {
            out = out.replacingOccurrences(of: "{", with: "&#123;").replacingOccurrences(of: "}", with: "&#125;")
        }
        return out
    }

    /// `s` without the control characters `XML.escape` drops, so it reads as the SVG does.
    static func printable(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.filter { $0.value >= 0x20 || $0 == "\n" || $0 == "\t" }))
    }

    /// An id safe in XML and CSS selectors: ASCII letters, digits, `-` and `_`, starting with a letter.
    static func elementID(_ raw: String) -> String {
        var out = ""
        for scalar in raw.unicodeScalars {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "-", "_": out.unicodeScalars.append(scalar)
            default: out += "-"
            }
        }
        if out.first.map({ !$0.isLetter }) ?? true { out = "chart-" + out }
        return out
    }

    /// A coordinate with at most one decimal, without locale or exponent (`12`, `12.5`).
    static func num(_ x: Double) -> String {
        let tenths = Int((x * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let a = abs(tenths)
        return a % 10 == 0 ? "\(sign)\(a / 10)" : "\(sign)\(a / 10).\(a % 10)"
    }

    /// `part` as a share of `total` with one decimal, e.g. `81.3%`; integer arithmetic, so no locale.
    static func percent(_ part: Int, of total: Int) -> String {
        guard total > 0 else { return "0.0%" }
        let permille = (part * 1000 + total / 2) / total
        return "\(permille / 10).\(permille % 10)%"
    }

    /// Approximate rendered width: CJK glyphs are square, Latin letters and digits a bit over half.
    static func textWidth(_ s: String, size: Int = 12) -> Int {
        s.unicodeScalars.reduce(0) { $0 + ($1.value > 0x2E80 ? size : (size * 6 + 9) / 10) }
    }

    /// `s` cut with `…` so it fits `width` at font `size`.
    static func fit(_ s: String, width: Int, size: Int = 12) -> String {
        guard textWidth(s, size: size) > width else { return s }
        var out = ""
        for ch in s {
            if textWidth(out + String(ch) + "…", size: size) > width { break }
            out.append(ch)
        }
        return out + "…"
    }

    /// A figure as shown, or `无数据` when blank.
    static func figure(_ n: Int?) -> String {
        n.map { String($0) } ?? blank
    }

    /// The nice upper end and step of a value axis starting at 0, for about four intervals.
    static func axis(max m: Int) -> (top: Int, step: Int) {
        let raw = max(1, (m + 3) / 4)
        var magnitude = 1
        while magnitude * 10 <= raw { magnitude *= 10 }
        let step = [1, 2, 5, 10].map { $0 * magnitude }.first { $0 >= raw }!
        return (max(step, (m + step - 1) / step * step), step)
    }

    // MARK: Assembly

    /// Wraps a body in the `<svg>` element with its title, description and visible heading.
    static func document(id: String, title: String, description: String, height: Int, body: String) -> String {
        let heading = fit(title, width: width - 2 * margin, size: 14)
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"\(id)\" class=\"gx-chart\" viewBox=\"0 0 \(width) \(height)\""
            + " width=\"\(width)\" height=\"\(height)\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\""
            + " font-family=\"\(fontFamily)\" font-size=\"12\" fill=\"\(ink)\">\n"
            + "<title id=\"\(id)-title\">\(text(title))</title>\n"
            + "<desc id=\"\(id)-desc\">\(text(description))</desc>\n"
            + "<text x=\"\(margin)\" y=\"24\" font-size=\"14\" font-weight=\"bold\" aria-hidden=\"true\">\(text(heading))</text>\n"
            + body
            + "</svg>\n"
    }

    /// A chart that says `暂无数据`, with the table of whatever (zero or blank) figures there were.
    static func empty(id: String, title: String, detail: String, tableHTML: String) -> Chart {
        let description = detail.isEmpty ? noData : "\(noData)：\(detail)"
        let body = "<rect x=\"\(margin)\" y=\"40\" width=\"\(width - 2 * margin)\" height=\"64\" fill=\"#f6f8fa\" stroke=\"\(gridColour)\"/>\n"
            + "<text x=\"\(width / 2)\" y=\"77\" text-anchor=\"middle\" font-size=\"14\" fill=\"\(muted)\">\(noData)</text>\n"
        return Chart(id: id, title: title, description: description,
                     svg: document(id: id, title: title, description: description, height: 120, body: body),
                     tableHTML: tableHTML)
    }

    /// The data table: a caption, column headers, and rows whose `rowHeader` column is a row header.
    static func table(id: String, caption: String, columns: [String], rows: [[String]], rowHeader: Int = 0) -> String {
        var out = "<table class=\"gx-chart-data\" id=\"\(id)-data\">\n<caption>\(text(caption))</caption>\n<thead><tr>"
        for column in columns { out += "<th scope=\"col\">\(text(column))</th>" }
        out += "</tr></thead>\n<tbody>\n"
        if rows.isEmpty {
            out += "<tr><td colspan=\"\(columns.count)\">\(noData)</td></tr>\n"
        }
        for row in rows {
            out += "<tr>"
            for (i, cell) in row.enumerated() {
                out += i == rowHeader ? "<th scope=\"row\">\(text(cell))</th>" : "<td>\(text(cell))</td>"
            }
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }
}
