extension Chart {
    /// Horizontal bars of how many reports repeat what share of their own words from their previous report, in bands
    /// of ten percent (the last, 90–100%, holding 100%); bands reaching `threshold` (in percent) are coloured as
    /// warnings. Reports with no share measured are counted in the description and the table.
    static func reuseDistribution(id rawID: String, title: String, percents: [Int?], threshold: Int) -> Chart {
        let id = elementID(rawID)
        var bands = [Int](repeating: 0, count: 10)
        for case let p? in percents { bands[min(9, max(0, p / 10))] += 1 }
        let labels = (0..<10).map { $0 == 9 ? "90%–100%" : "\($0 * 10)%–\($0 * 10 + 9)%" }
        let unmeasured = percents.count { $0 == nil }
        let tableHTML = table(id: id, caption: title, columns: ["重复比例", "报告数"],
                              rows: zip(labels, bands).map { [$0, String($1)] } + [["未计算", String(unmeasured)]], rowHeader: 1)
        let measured = percents.count - unmeasured
        guard let top = bands.max(), top > 0 else {
            return empty(id: id, title: title, detail: "没有可与上一份报告比较的报告。", tableHTML: tableHTML)
        }
        let description = "\(measured) 份报告与本机关上一份报告比较了文字（\(unmeasured) 份未计算）："
            + zip(labels, bands).filter { $0.1 > 0 }.map { "\($0.0) \($0.1) 份" }.joined(separator: "，") + "。"
        let barMax = Double(width - 2 * margin - 120)
        var body = ""
        var y = 36
        for (band, count) in bands.enumerated() {
            let w = count == 0 ? 0 : max(2, barMax * Double(count) / Double(top))
            let colour = (band + 1) * 10 > threshold ? "#b45309" : palette[0]
            body += "<g><text x=\"\(margin)\" y=\"\(y + 12)\">\(text(labels[band]))</text>"
            body += "<rect x=\"\(margin + 80)\" y=\"\(y + 1)\" width=\"\(num(w))\" height=\"14\" fill=\"\(colour)\"/>"
            body += "<text x=\"\(num(Double(margin + 80) + w + 6))\" y=\"\(y + 12)\" font-weight=\"bold\">\(count)</text></g>\n"
            y += 22
        }
        return Chart(id: id, title: title, description: description,
                     svg: document(id: id, title: title, description: description, height: y + 8, body: body),
                     tableHTML: tableHTML)
    }
}
