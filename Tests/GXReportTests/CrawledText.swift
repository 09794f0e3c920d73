@testable import GXReport

/// Handmade crawled reports: every heading inline, table 三's rows glued with their group labels, table 四's figures
/// on one line after its glued headers.
enum CrawledText {
    /// The glued label of a row: its group's label first when the row opens the group, as crawlers glue merged cells.
    static func label(_ row: ApplicationRow, after previous: ApplicationRow?) -> String {
        if row == .granted { return "三、本年度办理结果" + row.label }
        guard let group = row.group, group.hasPrefix("（"), group != previous?.group else { return row.label }
        return group + row.label
    }

    /// A whole crawled report of `year` whose table 三 rows (those given, in template order) glue the given digits.
    static func report(rows: [ApplicationRow: String], review: String = "000000000000000", year: Int = 2020,
                       template: [ApplicationRow] = ApplicationRow.rows2019) -> String {
        var lines = [
            "某某县测试局\(year)年政府信息公开工作年度报告",
            "一、总体情况\(year)年，本局认真贯彻落实《条例》，全年共收到政府信息公开申请若干件。",
            "二、主动公开政府信息情况本年度主动公开政府信息20条。",
            "三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
            "申请人情况自然人法人或其他组织总计",
            "商业企业科研机构社会公益组织法律服务机构其他",
        ]
        var previous: ApplicationRow?
        for row in template {
            guard let digits = rows[row] else { continue }
            lines.append(label(row, after: previous) + digits)
            previous = row
        }
        lines += [
            "四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼",
            "结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉",
            "结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计",
            review,
            "五、存在的主要问题及改进情况本局政府信息公开工作仍有不足。",
            "六、其他需要报告的事项本年度未收取信息处理费。",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// Table 三 rows of the 2019 template: every row "0000000" except those given.
    static func rows(_ given: [ApplicationRow: String]) -> [ApplicationRow: String] {
        var rows = Dictionary(uniqueKeysWithValues: ApplicationRow.rows2019.map { ($0, "0000000") })
        rows.merge(given) { $1 }
        return rows
    }
}
