/// Headings, prose paragraphs and number cells, with the quirks drawn for this rendering.
extension ReportRenderer {
    private static let chineseNumerals = ["一", "二", "三", "四", "五", "六"]
    private static let subNumerals = ["（一）", "（二）", "（三）", "（四）", "（五）"]
    private static let bookmark = "[bookmark: _GoBack]"

    /// A section heading, numbered in this rendering's style, possibly carrying the stray bookmark.
    mutating func writeHeading(_ n: Int, _ title: String) {
        let arabic: Bool
        switch headingStyle {
        case 1: arabic = n == 1 || n == 3
        case 2: arabic = n == 1 || n == 3 || n == 4
        case 3: arabic = true
        default: arabic = false
        }
        // Seed 000 numbers its Word-list headings 1、 2、 while the others keep 二、 四、.
        let number = arabic ? String(headingStyle == 1 && n == 3 ? 2 : n) + "、 " : ReportRenderer.chineseNumerals[n - 1] + "、"
        var text = number + title
        if [1, 5, 6].contains(n), takesBookmark() {
            text = arabic ? number + ReportRenderer.bookmark + title : ReportRenderer.bookmark + text
        }
        out.paragraph(text)
    }

    /// A subheading of section 一, with one of its usual wordings.
    mutating func writeSubheading(_ k: Int) {
        out.paragraph(sub(k) + rng.pick(ProseLibrary.subheadings[k]))
    }

    /// The number of the `k`-th subheading, in Chinese or Arabic style.
    func sub(_ k: Int) -> String {
        arabicSubheadings ? "（" + String(k + 1) + "） " : ReportRenderer.subNumerals[k]
    }

    /// One paragraph drawn from `pool`, possibly with the bookmark before it and spaces after it.
    mutating func prose(_ pool: [ProseTemplate]) {
        var line = takesBookmark() ? ReportRenderer.bookmark : ""
        rng.pick(pool).render(into: &line, year: model.year, agency: model.agency, rng: &rng)
        if trailingPercent > 0, rng.int(0, 99) < trailingPercent { line += rng.pick([" ", "  "]) }
        out.paragraph(line)
    }

    /// Whether the next bookmark slot is the one that carries the stray bookmark.
    private mutating func takesBookmark() -> Bool {
        defer { slot += 1 }
        return slot == bookmarkSlot
    }

    /// One or two blank lines between sections.
    mutating func blankLines() {
        for _ in 0..<rng.int(1, 2) { out.blank() }
    }

    /// Writes a number cell as the model shows it, with the report's white-space noise.
    mutating func numberCell(_ value: Int, override: ReportModel.CellText?) -> Int {
        switch override {
        case .blank(let s)?, .text(let s)?:
            return out.cell(s)
        case nil:
            guard cellNoise > 0, rng.int(0, 99) < 15 else { return out.cell(number: value) }
            let s = String(value)
            switch cellNoise {
            case 1: return out.cell(s + "\u{00A0}")
            case 2: return out.cell("  " + s)
            case 3: return out.cell("\u{3000}" + s)
            default: return out.cell(s + " ")
            }
        }
    }
}
