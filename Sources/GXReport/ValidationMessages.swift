import Foundation

extension Messages {
    // MARK: Names of cells, shared by messages and `where`

    /// A row of table 三 named unambiguously, e.g. `（三）不予公开·1.属于国家秘密`.
    public static func rowName(_ row: ApplicationRow) -> String {
        row.displayLabel.replacingOccurrences(of: " · ", with: "·")
    }

    /// A column of table 三; 其他 alone could be read as the row （六）其他处理, so it gets its group.
    public static func columnName(_ column: ApplicantColumn) -> String {
        column == .otherOrganisation ? column.fullLabel : column.label
    }

    /// A cell of table 四, e.g. `行政诉讼·复议后起诉·总计`.
    public static func reviewCellName(_ block: ReviewBlock, _ outcome: ReviewOutcome) -> String {
        "\(block.label)·\(outcome.label)"
    }

    /// The name of table 四's data row in blank-cell messages.
    public static let reviewRowName = "行政复议、行政诉讼情况"

    /// `where` of a cell of table 三, e.g. `表三 第一项（本年新收） 自然人列`.
    public static func whereApplication(_ row: ApplicationRow, _ column: ApplicantColumn) -> String {
        "表三 \(row.shortLabel) \(columnName(column))列"
    }

    /// `where` of a cell of table 四, e.g. `表四 行政复议 总计`.
    public static func whereReview(_ block: ReviewBlock, _ outcome: ReviewOutcome) -> String {
        "表四 \(block.label) \(outcome.label)"
    }

    /// `where` of table 三 as a whole.
    public static let whereApplicationTable = "表三"
    /// `where` of table 四 as a whole.
    public static let whereReviewTable = "表四"
    /// `where` of the 总体情况 text.
    public static let whereOverview = "一、总体情况"
    /// `where` of the publication date.
    public static let wherePublished = "发布日期"
    /// `where` of a finding about the whole file.
    public static let whereWholeFile = "整份报告"

    // MARK: Per-report rules

    /// `reconciliation`, e.g. `自然人列：第一项+第二项=12，第三项+第四项=11`.
    public static func reconciliation(_ column: ApplicantColumn, received: Int, settled: Int) -> String {
        "\(columnName(column))列：第一项+第二项=\(received)，第三项+第四项=\(settled)"
    }

    /// `outcome-sum`, e.g. `自然人列：办理结果各项之和=12，（七）总计=11`.
    public static func outcomeSum(_ column: ApplicantColumn, sum: Int, total: Int) -> String {
        "\(columnName(column))列：办理结果各项之和=\(sum)，（七）总计=\(total)"
    }

    /// `row-sum`, e.g. `一、本年新收政府信息公开申请数量：自然人+法人或其他组织=12，总计=11`.
    public static func rowSum(_ row: ApplicationRow, sum: Int, total: Int) -> String {
        "\(rowName(row))：自然人+法人或其他组织=\(sum)，总计=\(total)"
    }

    /// `review-sum`, e.g. `行政复议：维持+纠正+其他+尚未审结=3，总计=4`.
    public static func reviewSum(_ block: ReviewBlock, sum: Int, total: Int) -> String {
        "\(block.label)：维持+纠正+其他+尚未审结=\(sum)，总计=\(total)"
    }

    /// `blank-cell`, e.g. `（三）不予公开·1.属于国家秘密：商业企业、科研机构为空白（未填写不同于0）`.
    public static func blankCells(row: String, cells: [String]) -> String {
        "\(row)：\(cells.joined(separator: "、"))为空白（未填写不同于0）"
    }

    /// `non-numeric-cell`, e.g. `一、本年新收政府信息公开申请数量·自然人：“22（其中修订16件）”不是整数，不参与核对`.
    public static func nonNumericCell(_ cell: String, raw: String) -> String {
        "\(cell)：“\(raw)”不是整数，不参与核对"
    }

    /// `template-mismatch`, e.g. `2021年度报告的表三按2019年版模板（国办公开办函〔2019〕60号）填写，应使用2021年版模板（国办公开办函〔2021〕30号）`.
    public static func templateMismatch(year: Int, found: TemplateKind, expected: TemplateKind) -> String {
        "\(year)年度报告的表三按\(templateName(found))填写，应使用\(templateName(expected))"
    }

    /// A template by its year and the letter that issued it.
    static func templateName(_ kind: TemplateKind) -> String {
        switch kind {
        case .t2019: "2019年版模板（国办公开办函〔2019〕60号）"
        case .t2021: "2021年版模板（国办公开办函〔2021〕30号）"
        case .other: "非标准模板"
        }
    }

    /// `narrative-mismatch`, e.g. `总体情况称“收到依申请信息公开26件”，但表三“一、本年新收政府信息公开申请数量”的总计为25`.
    static func narrativeMismatch(phrase: String, kind: NarrativeCounts.Kind, table: Int) -> String {
        "总体情况称“\(phrase)”，但\(narrativeTarget(kind))为\(table)"
    }

    /// The table figure a stated count is compared with.
    static func narrativeTarget(_ kind: NarrativeCounts.Kind) -> String {
        switch kind {
        case .received: "表三“\(ApplicationRow.new.label)”的总计"
        case .processed: "表三“\(ApplicationRow.total.label)”的总计"
        case .review: "表四“行政复议”的总计"
        case .litigation: "表四“行政诉讼”两项总计之和"
        }
    }

    /// `late-publication`, e.g. `发布日期2024-02-05晚于法定期限2024-01-31（部门报告应在次年1月31日前公布）`.
    public static func latePublication(published: String, deadline: String, government: Bool) -> String {
        let rule = government ? "本级人民政府的报告应在次年3月31日前公布" : "部门报告应在次年1月31日前公布"
        return "发布日期\(published)晚于法定期限\(deadline)（\(rule)）"
    }

    // MARK: Cross-report rules

    /// `duplicate-report` on the copy that is published, e.g. `同一机关同一年度还有其他文件：a.html、b.txt；只发布本文件`.
    public static func duplicateReport(others: [String]) -> String {
        "同一机关同一年度还有其他文件：\(others.joined(separator: "、"))；只发布本文件"
    }

    /// `carry-over`, e.g. `自然人列：2021年“二、上年结转”=2，2020年报告（x.txt）“四、结转下年度继续办理”=0`.
    public static func carryOver(_ column: ApplicantColumn, year: Int, carriedOver: Int,
                                 lastYearSource: String, carriedForward: Int) -> String {
        "\(columnName(column))列：\(year)年“二、上年结转”=\(carriedOver)，"
            + "\(year - 1)年报告（\(lastYearSource)）“四、结转下年度继续办理”=\(carriedForward)"
    }

    /// `text-reuse`, e.g. `一、五、六部分中本机关自己的文字共480字，其中300字（62%）与本机关2022年报告（a.txt）相同`.
    public static func textReuse(percent: Int, reused: Int, own: Int, previousYear: Int, previousSource: String) -> String {
        "一、五、六部分中本机关自己的文字共\(own)字，其中\(reused)字（\(percent)%）与本机关\(previousYear)年报告（\(previousSource)）相同"
    }

    /// `text-shared`, e.g. `与某局2022年报告（b.txt）有2段文字相同，最长一段63字：“进一步规范……”`.
    public static func textShared(agency: String, year: Int, source: String, passages: Int, longest: Int,
                                  excerpt: String) -> String {
        let shown = excerpt.count > 24 ? String(excerpt.prefix(24)) + "……" : excerpt
        return "与\(agency)\(year)年报告（\(source)）有\(passages)段文字相同，最长一段\(longest)字：“\(shown)”"
    }

    /// `where` of text reuse in the report as a whole.
    public static let whereReuse = "一、五、六部分"

    /// `where` of a passage: its section's title.
    public static func whereSection(_ number: Int) -> String {
        SectionKind(rawValue: number)?.title ?? whereReuse
    }
}
