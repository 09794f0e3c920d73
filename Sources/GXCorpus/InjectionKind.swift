/// One kind of error the generator can plant in a report.
///
/// The arithmetic kinds each change exactly one figure; which equations that breaks is left to
/// the oracle, never assumed here.
enum InjectionKind: Int, CaseIterable, Sendable {
    /// One figure of an outcome row of table 三 (breaks row-sum and outcome-sum).
    case outcomeCell
    /// One figure of （七）总计 (row-sum, outcome-sum and reconciliation).
    case totalCell
    /// One figure of 一、本年新收 or 四、结转下年度 (row-sum and reconciliation).
    case balanceCell
    /// One figure of table 四 (review-sum).
    case reviewCell
    /// Number cells of one row left blank.
    case blankCell
    /// Text in a number cell.
    case nonNumericCell
    /// 上年结转 differs from last year's 结转下年度 while the year's own arithmetic still holds.
    case carryOver
    /// A count in 总体情况 differs from the tables.
    case narrativeMismatch
    /// A 公开日期 after the deadline.
    case latePublication
    /// A second file for the same agency and year.
    case duplicateReport
    /// Section 五 or 六 left out.
    case missingSection
    /// Table 四 flattened into running text.
    case unparsedTable
    /// The tables written on the other year's template.
    case templateMismatch

    /// Whether two injections can share one report without making the expected findings ambiguous.
    func combines(with other: InjectionKind) -> Bool {
        if self == other || self == .duplicateReport || other == .duplicateReport { return false }
        // A flattened table 四 has no cells left to change.
        let pair = (min(rawValue, other.rawValue), max(rawValue, other.rawValue))
        return pair != (InjectionKind.reviewCell.rawValue, InjectionKind.unparsedTable.rawValue)
    }

    /// The order in which injections are applied: layout and flags first, then figures, then
    /// cell text, then edits that pick among cells still showing figures, and the narrative last
    /// because it states whatever the grid ends up holding.
    var phase: Int {
        switch self {
        case .templateMismatch, .unparsedTable, .missingSection, .latePublication, .duplicateReport: 0
        case .carryOver: 1
        case .blankCell, .nonNumericCell: 2
        case .outcomeCell, .totalCell, .balanceCell, .reviewCell: 3
        case .narrativeMismatch: 4
        }
    }
}
