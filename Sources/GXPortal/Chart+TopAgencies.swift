extension Chart {
    /// Horizontal bars of the agencies with the most applications in a year (most first, ties by
    /// name), each bar with its rank, name and figure as text; agencies with 0 are left out.
    static func topAgencies(id rawID: String, year: Int, rows: [(name: String, value: Int)], limit: Int = 10,
                            title: String? = nil, measure: String = "新收申请") -> Chart {
        let id = elementID(rawID)
        let title = title ?? "\(year)年\(measure)最多的机关"
        let top = Array(rows.filter { $0.value > 0 }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.name < $1.name }
            .prefix(max(0, limit)))
        let tableHTML = table(id: id, caption: title, columns: ["排名", "机关", "\(measure)（件）"],
                              rows: top.enumerated().map { ["\($0.offset + 1)", $0.element.name, String($0.element.value)] },
                              rowHeader: 1)
        guard let maxValue = top.first?.value else {
            return empty(id: id, title: title, detail: "\(year)年没有机关的\(measure)多于 0 件。", tableHTML: tableHTML)
        }
        let description = "\(year)年\(measure)最多的 \(top.count) 个机关：" + top.enumerated().map {
            "第\($0.offset + 1)名 \($0.element.name) \($0.element.value) 件"
        }.joined(separator: "，") + "。"

        let barMax = Double(width - 2 * margin - 64)
        var body = ""
        var y = 40
        for (i, row) in top.enumerated() {
            let label = "\(i + 1). \(row.name)"
            let shown = fit(label, width: width - 2 * margin)
            let w = max(2, barMax * Double(row.value) / Double(maxValue))
            body += "<g>"
            if shown != label { body += "<title>\(text(label))</title>" }
            body += "<text x=\"\(margin)\" y=\"\(y + 13)\">\(text(shown))</text>"
            body += "<rect x=\"\(margin)\" y=\"\(y + 19)\" width=\"\(num(w))\" height=\"14\" fill=\"\(palette[0])\"/>"
            body += "<text x=\"\(num(Double(margin) + w + 6))\" y=\"\(y + 31)\" font-weight=\"bold\">\(row.value)</text>"
            body += "</g>\n"
            y += 42
        }
        return Chart(id: id, title: title, description: description,
                     svg: document(id: id, title: title, description: description, height: y + 6, body: body),
                     tableHTML: tableHTML)
    }
}
