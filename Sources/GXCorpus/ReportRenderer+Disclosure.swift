/// Section 二 (主动公开政府信息情况): the figure tables of the 2019 and 2021 templates.
extension ReportRenderer {
    /// A header row of section 二, with 本年新… optionally split over two lines.
    private mutating func header(_ cells: [String], split: Bool) {
        for cell in cells {
            if split, cell.hasPrefix("本年新") {
                out.cell(lines: ["本年新", String(cell.dropFirst(3))])
            } else {
                out.cell(cell)
            }
        }
        out.blank()
    }

    /// A row of section 二: its label and figures.
    private mutating func figures(_ label: String, _ values: [String]) {
        out.cell(label)
        for v in values { out.cell(v) }
        out.blank()
    }

    /// A figure of section 二, zero `zeroPercent` percent of the time.
    private mutating func count(_ lo: Int, _ hi: Int, zeroPercent: Int) -> String {
        disclosureRng.int(0, 99) < zeroPercent ? "0" : String(disclosureRng.int(lo, hi))
    }

    /// Section 二 in the 2019 template (items 一, 五, 六, 八, 九 of article 20).
    mutating func writeDisclosure2019() {
        let split = rng.chance(0.25)
        out.cell("第二十条第（一）项"); out.blank()
        header(["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"], split: split)
        for label in ["规章", "规范性文件"] {
            let made = count(1, 12, zeroPercent: label == "规章" ? 95 : 50)
            let inForce = label == "规章" ? (made == "0" ? "0" : made) : count(0, 80, zeroPercent: 40)
            figures(label, [made, made, inForce])
        }
        for (item, labels) in [("（五）", ["行政许可", "其他对外管理服务事项"]), ("（六）", ["行政处罚", "行政强制"])] {
            out.cell("第二十条第" + item + "项"); out.blank()
            header(["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"], split: false)
            for label in labels {
                figures(label, [count(1, 300, zeroPercent: 50), count(1, 20, zeroPercent: 70), count(1, 3000, zeroPercent: 50)])
            }
        }
        out.cell("第二十条第（八）项"); out.blank()
        header(["信息内容", "上一年项目数量", "本年增/减"], split: false)
        figures("行政事业性收费", [count(1, 30, zeroPercent: 70), count(1, 5, zeroPercent: 85)])
        out.cell("第二十条第（九）项"); out.blank()
        header(["信息内容", "采购项目数量", "采购总金额"], split: false)
        let projects = count(1, 60, zeroPercent: 40)
        let amount: String
        if projects == "0" {
            amount = "0"
        } else {
            switch disclosureRng.int(0, 2) {
            case 0: amount = String(disclosureRng.int(1, 999)) + "." + String(disclosureRng.int(1, 9)) + "万"
            case 1: amount = String(disclosureRng.int(1, 500)) + "万元"
            default: amount = String(disclosureRng.int(10_000, 9_999_999)) + "元"
            }
        }
        figures("政府集中采购", [projects, amount])
    }

    /// Section 二 in the 2021 template.
    mutating func writeDisclosure2021() {
        out.cell("第二十条第（一）项"); out.blank()
        header(["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"], split: false)
        let rules = count(1, 3, zeroPercent: 95)
        figures("规章", [rules, "0", rules == "0" ? count(1, 10, zeroPercent: 90) : rules])
        figures(rng.chance(0.7) ? "行政规范性文件" : "规范性文件",
                [count(1, 12, zeroPercent: 50), count(1, 5, zeroPercent: 80), count(1, 80, zeroPercent: 30)])
        out.cell("第二十条第（五）项"); out.blank()
        header(["信息内容", "本年处理决定数量"], split: false)
        figures("行政许可", [count(1, 5000, zeroPercent: 50)])
        out.cell("第二十条第（六）项"); out.blank()
        header(["信息内容", "本年处理决定数量"], split: false)
        figures("行政处罚", [count(1, 3000, zeroPercent: 50)])
        figures("行政强制", [count(1, 300, zeroPercent: 70)])
        out.cell("第二十条第（八）项"); out.blank()
        header(["信息内容", "本年收费金额（单位：万元）"], split: false)
        let fee = disclosureRng.int(0, 99) < 75 ? "0" : String(disclosureRng.int(1, 300)) + "." + String(disclosureRng.int(0, 99))
        figures("行政事业性收费", [fee])
    }
}
