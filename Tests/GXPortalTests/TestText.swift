@testable import GXReport

/// Small reports in Tika's text layout, composed for tests.
enum TestText {
    static func cells(_ values: [String]) -> String {
        values.map { "\t\($0)\n" }.joined()
    }

    /// Table 三 of the 2021 template with every figure 0.
    static var applications2021: String {
        var s = cells(["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况"]) + "\n"
        s += cells(["", "自然人", "法人或其他组织", "总计"]) + "\n"
        s += cells(["", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""]) + "\n"
        for row in ApplicationRow.rows2021 {
            var labels: [String]
            switch row {
            case .granted: labels = ["三、本年度办理结果", row.label]
            case .stateSecret, .notHeld, .complaint, .otherNoCorrection: labels = ["", row.group!, row.label]
            case _ where row.group != nil && row.group != "三、本年度办理结果": labels = ["", "", row.label]
            case .partlyGranted, .total: labels = ["", row.label]
            default: labels = [row.label]
            }
            s += cells(labels + Array(repeating: "0", count: 7)) + "\n"
        }
        return s
    }

    static let minimal = """
    测试局2021年度政府信息公开工作年度报告

    一、总体情况
    本年度未收到政府信息公开申请，全年主动公开信息12条。
    二、主动公开政府信息情况
    \t第二十条第（一）项

    \t信息内容
    \t本年制发件数
    \t本年废止件数
    \t现行有效件数

    \t规章
    \t0
    \t0
    \t0


    三、收到和处理政府信息公开申请情况

    """ + applications2021 + """

    四、政府信息公开行政复议、行政诉讼情况

    """ + cells(Array(repeating: "0", count: 15)) + """


    五、存在的主要问题及改进情况
    无。
    六、其他需要报告的事项
    无。

    """
}
