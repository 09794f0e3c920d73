/// The official template a report's tables follow: 国办公开办函〔2019〕60号 or 〔2021〕30号.
enum Layout: Sendable {
    /// 23 number rows in table 三; section 二 with （九）政府集中采购.
    case y2019
    /// 25 number rows in table 三 (（六）其他处理 split in three); the shorter section 二.
    case y2021

    /// The layout a report on `year` must use.
    static func expected(for year: Int) -> Layout {
        year <= 2020 ? .y2019 : .y2021
    }

    /// The number rows of table 三 in template order.
    var rows: [RowKind] {
        self == .y2019 ? Layout.rows2019 : Layout.rows2021
    }

    /// The rows that add up to （七）总计.
    var outcomeRows: [RowKind] {
        self == .y2019 ? Layout.outcomes2019 : Layout.outcomes2021
    }

    /// The template's name as `report.json` spells it (`2019`, `2021` or `other`).
    var name: String {
        self == .y2019 ? "2019" : "2021"
    }

    private static let rows2019 = RowKind.allCases.filter { ![.noCorrection, .unpaidFee, .otherOther].contains($0) }
    private static let rows2021 = RowKind.allCases.filter { $0 != .other }
    private static let outcomes2019 = rows2019.filter { ![.new, .carried, .total, .forward].contains($0) }
    private static let outcomes2021 = rows2021.filter { ![.new, .carried, .total, .forward].contains($0) }
}
