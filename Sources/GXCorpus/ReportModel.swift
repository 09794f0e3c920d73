/// Everything a report says, before it is written out as Tika text: the generator's own grid.
///
/// Injections edit this model; the renderer writes it; the oracle re-checks it. Keeping the
/// figures here (not in the text) is what lets the ground truth be computed independently of
/// the text noise.
struct ReportModel: Sendable {
    /// What a number cell shows instead of its figure.
    enum CellText: Sendable {
        /// Left blank: only white space (NBSP, U+3000, spaces) or "/".
        case blank(String)
        /// Text that is not an integer, e.g. "12件".
        case text(String)
    }

    /// A count stated in 总体情况.
    enum Claim: Int, CaseIterable, Sendable {
        /// 收到 N 件 — table 三 row 一, 总计 column.
        case received
        /// 办结 N 件 — table 三 （七）总计, 总计 column.
        case concluded
        /// 行政复议 N 件 — table 四 review 总计.
        case review
        /// 行政诉讼 N 件 — the two litigation blocks' 总计 together.
        case litigation

        /// The word the validator looks for before the number.
        var word: String {
            switch self {
            case .received: "收到"
            case .concluded: "办结"
            case .review: "行政复议"
            case .litigation: "行政诉讼"
            }
        }
    }

    /// The publishing agency.
    var agency: Agency
    /// The report's own sentences, closing sections 一 and 五.
    var ownWords = OwnWords()
    /// The report year.
    var year: Int
    /// The template tables 三/四 and section 二 are written on.
    var layout: Layout
    /// Table 三, canonical rows × 7 columns, row-major.
    var t3: [Int]
    /// Table 三 cells that show text instead of their figure, by grid index.
    var t3Text: [Int: CellText] = [:]
    /// Table 四's 15 cells.
    var t4: [Int]
    /// Table 四 cells that show text instead of their figure.
    var t4Text: [Int: CellText] = [:]
    /// The publication date (shown on the 公开日期 line and possibly under the signature).
    var publication: SimpleDate
    /// Whether a 公开日期 line follows the title.
    var showsDateLine: Bool
    /// Whether the agency name closes the report.
    var signs: Bool
    /// Whether the publication date follows the closing agency name.
    var signatureDated: Bool
    /// Whether 总体情况 states the 收到/办结 counts.
    var statesApplications: Bool
    /// Whether 总体情况 states the 行政复议/行政诉讼 counts.
    var statesReviews: Bool
    /// What 总体情况 adds to each true count (non-zero only for a narrative-mismatch injection).
    var claimOffsets = [0, 0, 0, 0]
    /// Section 五 or 六 left out, if any.
    var droppedSection: Int?
    /// Whether table 四 is written as one line of running text.
    var flattensReviewTable = false

    /// A clean report: the agency's figures for `year` on the right template, published on time.
    init(agency: Agency, year: Int, figures: FigureSynthesizer.YearFigures, rng: inout SplitMix64) {
        self.agency = agency
        self.year = year
        self.layout = Layout.expected(for: year)
        self.t3 = figures.t3
        self.t4 = figures.t4
        switch agency.kind {
        case .government:
            publication = SimpleDate.random(year: year + 1, from: (1, 10), to: (3, 31), rng: &rng)
        case .department, .town:
            publication = SimpleDate.random(year: year + 1, from: (1, 5), to: (1, 31), rng: &rng)
        }
        showsDateLine = rng.chance(0.5)
        signs = rng.chance(0.6)
        signatureDated = signs && rng.chance(0.6)
        statesApplications = rng.chance(0.85)
        statesReviews = statesApplications && rng.chance(0.65)
    }

    /// Grid index of a table 三 cell.
    static func index(_ row: RowKind, _ column: Int) -> Int {
        row.rawValue * 7 + column
    }

    /// The figure of a table 三 cell, nil when the cell shows blank or text.
    func value(_ row: RowKind, _ column: Int) -> Int? {
        let i = ReportModel.index(row, column)
        return t3Text[i] == nil ? t3[i] : nil
    }

    /// The figure of a table 四 cell, nil when the cell shows blank or text (or the table is flattened).
    func reviewValue(_ i: Int) -> Int? {
        flattensReviewTable || t4Text[i] != nil ? nil : t4[i]
    }

    /// Table 四 as crawled text glues it: each figure's digits in order, a blank cell leaving nothing.
    var flatReviewDigits: String {
        (0..<15).map { t4Text[$0] == nil ? String(t4[$0]) : "" }.joined()
    }

    /// Whether any cell of a table 三 row shows blank or text.
    func rowHasText(_ row: RowKind) -> Bool {
        guard !t3Text.isEmpty else { return false }
        for c in 0..<7 where t3Text[ReportModel.index(row, c)] != nil { return true }
        return false
    }

    /// The true count behind a claim, from the grid as written.
    func actual(_ claim: Claim) -> Int? {
        switch claim {
        case .received: value(.new, 6)
        case .concluded: value(.total, 6)
        case .review: reviewValue(4)
        case .litigation:
            if let a = reviewValue(9), let b = reviewValue(14) { a + b } else { nil }
        }
    }
}
