/// Applies planned injections to a clean report model.
///
/// Injections only ever touch their own report: 结转下年度 changes only on an agency's last year
/// and 上年结转 changes only on its first, so no other file gains a finding by accident, and the
/// ground truth's file set is exactly the set of injected files.
enum ErrorInjector {
    /// Where the report sits in its agency's run of years.
    struct Position {
        /// The agency has a report for the previous year in the corpus.
        let hasPrevious: Bool
        /// The agency has no report for the next year in the corpus.
        let isLast: Bool
    }

    private static let blankMarks = ["\u{00A0}", "\u{3000}", " ", "  ", "/", "\u{00A0}\u{00A0}"]

    /// Applies `kinds` (in phase order) to `model`.
    static func apply(_ kinds: [InjectionKind], to model: inout ReportModel, at position: Position, rng: inout SplitMix64) {
        for kind in kinds.sorted(by: { $0.phase < $1.phase }) {
            switch kind {
            case .templateMismatch:
                model.layout = model.year >= 2021 ? .y2019 : .y2021
            case .unparsedTable:
                model.flattensReviewTable = true
                // Half the crawled tables had a blank cell, which leaves no digit: their figures cannot be told apart.
                if rng.chance(0.5) { model.t4Text[rng.int(0, 14)] = .blank("") }
            case .missingSection:
                model.droppedSection = rng.chance(0.5) ? 5 : 6
            case .latePublication:
                makeLate(&model, rng: &rng)
            case .duplicateReport:
                break  // A separate file written by the generator.
            case .carryOver:
                breakCarryOver(&model, rng: &rng)
            case .blankCell:
                blank(&model, rng: &rng)
            case .nonNumericCell:
                writeText(&model, rng: &rng)
            case .outcomeCell:
                let rows = model.layout.outcomeRows.filter { !model.rowHasText($0) }
                change(&model, row: rng.pick(rows), column: rng.int(0, 6), rng: &rng)
            case .totalCell:
                change(&model, row: .total, column: rng.int(0, 6), rng: &rng)
            case .balanceCell:
                var rows: [RowKind] = [.new]
                if position.isLast { rows.append(.forward) }
                if !position.hasPrevious { rows.append(.carried) }
                change(&model, row: rng.pick(rows), column: rng.int(0, 6), rng: &rng)
            case .reviewCell:
                let i = rng.pick(reviewBlocksWithoutText(model)) * 5 + rng.int(0, 4)
                model.t4[i] += delta(from: model.t4[i], rng: &rng)
            case .narrativeMismatch:
                misstate(&model, rng: &rng)
            }
        }
    }

    /// Blocks of table 四 whose cells all still show figures (so a change there stays visible).
    private static func reviewBlocksWithoutText(_ model: ReportModel) -> [Int] {
        (0..<3).filter { b in (0..<5).allSatisfy { model.t4Text[b * 5 + $0] == nil } }
    }

    private static func delta(from value: Int, rng: inout SplitMix64) -> Int {
        if value > 0, rng.chance(0.4) { return -rng.int(1, min(value, 5)) }
        return rng.int(1, value > 20 ? 12 : 4)
    }

    private static func change(_ model: inout ReportModel, row: RowKind, column: Int, rng: inout SplitMix64) {
        let i = ReportModel.index(row, column)
        model.t3[i] += delta(from: model.t3[i], rng: &rng)
    }

    private static func makeLate(_ model: inout ReportModel, rng: inout SplitMix64) {
        let year = model.year + 1
        switch model.agency.kind {
        case .department where rng.chance(0.6):
            model.publication = SimpleDate.random(year: year, from: (2, 1), to: (3, 31), rng: &rng)
        default:
            // After 3月31日 the date is late whichever deadline a reader applies (towns included).
            model.publication = SimpleDate.random(year: year, from: (4, 1), to: (6, 30), rng: &rng)
        }
        model.showsDateLine = true
        // A second, different-looking date under the signature would blur where the finding sits.
        model.signatureDated = false
    }

    /// Moves `d` applications from the outcome of one column into 上年结转 of that column, with
    /// the totals: every equation of the year still holds, only the link to last year breaks.
    private static func breakCarryOver(_ model: inout ReportModel, rng: inout SplitMix64) {
        let column = rng.chance(0.6) ? 0 : rng.int(1, 5)
        let d = rng.int(1, 3)
        let outcome: RowKind = rng.chance(0.7) ? .granted : .notHeld
        for row in [RowKind.carried, outcome, .total] {
            model.t3[ReportModel.index(row, column)] += d
            model.t3[ReportModel.index(row, 6)] += d
        }
    }

    /// Blanks cells of one outcome row of table 三, or of table 四 outside the 总计 cells, so the
    /// cells that 总体情况's counts are compared with always stay readable.
    private static func blank(_ model: inout ReportModel, rng: inout SplitMix64) {
        let mark = rng.pick(blankMarks)
        let openBlocks = reviewBlocksWithoutText(model)
        if !model.flattensReviewTable, !openBlocks.isEmpty, rng.chance(0.2) {
            let block = rng.pick(openBlocks)
            let first = rng.int(0, 3)
            let last = rng.int(first, 3)
            for i in first...last { model.t4Text[block * 5 + i] = .blank(mark) }
            return
        }
        let rows = model.layout.outcomeRows.filter { !model.rowHasText($0) }
        let row = rng.pick(rows)
        let columns: ClosedRange<Int>
        switch rng.int(0, 9) {
        case 0...3: columns = 1...5  // the 法人 columns, as in seed 001
        case 4...6:
            let c = rng.int(0, 6)
            columns = c...c
        default:
            let first = rng.int(0, 6)
            columns = first...rng.int(first, 6)
        }
        for c in columns { model.t3Text[ReportModel.index(row, c)] = .blank(mark) }
    }

    private static func writeText(_ model: inout ReportModel, rng: inout SplitMix64) {
        let openBlocks = reviewBlocksWithoutText(model)
        if !model.flattensReviewTable, !openBlocks.isEmpty, rng.chance(0.2) {
            let i = rng.pick(openBlocks) * 5 + rng.int(0, 3)
            model.t4Text[i] = .text(String(model.t4[i]) + rng.pick(["件", "起", "次"]))
            return
        }
        let rows = model.layout.outcomeRows.filter { !model.rowHasText($0) }
        let row = rng.pick(rows)
        let column = rng.int(0, 6)
        let v = model.t3[ReportModel.index(row, column)]
        let text: String
        switch rng.int(0, 3) {
        case 0: text = String(v) + "件"
        case 1: text = String(v) + "（其中网上申请" + String(rng.int(0, v)) + "件）"
        case 2: text = "约" + String(v)
        default: text = String(v) + "个"
        }
        model.t3Text[ReportModel.index(row, column)] = .text(text)
    }

    private static func misstate(_ model: inout ReportModel, rng: inout SplitMix64) {
        var claims: [ReportModel.Claim] = [.received, .concluded]
        if !model.flattensReviewTable { claims += [.review, .litigation] }
        let claim = rng.pick(claims)
        model.statesApplications = true
        if claim == .review || claim == .litigation { model.statesReviews = true }
        let truth: Int
        switch claim {
        case .received: truth = model.t3[ReportModel.index(.new, 6)]
        case .concluded: truth = model.t3[ReportModel.index(.total, 6)]
        case .review: truth = model.t4[4]
        case .litigation: truth = model.t4[9] + model.t4[14]
        }
        var offset = rng.int(1, truth > 20 ? 10 : 3)
        if truth >= offset, rng.chance(0.4) { offset = -offset }
        model.claimOffsets[claim.rawValue] = offset
    }
}
