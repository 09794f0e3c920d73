/// Writes a report model as Apache Tika text, with the seeds' quirks drawn at random, and
/// records where every cell, heading and stated count ended up.
struct ReportRenderer {
    /// Where things landed in the text, for the oracle.
    struct Output {
        /// The report text as UTF-8 bytes ("\n" line ends).
        var bytes: [UInt8]
        /// Start line of each table 三 cell by grid index (0 where the row is not in the layout).
        var t3Lines: [Int]
        /// Start line of each table 四 cell (0 when the table is flattened).
        var t4Lines: [Int]
        /// Line of table 三's first cell.
        var table3FirstLine = 0
        /// Line of section 四's heading.
        var reviewHeadingLine = 0
        /// Line of the 公开日期 line, if written.
        var dateLine: Int?
        /// Sections 一 to 六 written.
        var sections = [Bool](repeating: true, count: 6)
        /// Counts stated in 总体情况 and where their numbers start.
        var claims: [StatedClaim] = []
    }

    /// One count stated in 总体情况.
    struct StatedClaim {
        /// Which count.
        let claim: ReportModel.Claim
        /// The number as written.
        let stated: Int
        /// Its 1-based line.
        let line: Int
        /// Its 1-based column (characters).
        let column: Int
    }

    private let model: ReportModel
    private var rng: SplitMix64
    private var disclosureRng: SplitMix64
    private var out = TextBuilder(capacity: 16_384)
    private var result: Output

    // Quirks chosen once per rendering.
    private let headingStyle: Int
    private let bookmarkSlot: Int
    private var slot = 0
    private let trailingPercent: Int
    private let cellNoise: Int
    private let arabicSubheadings: Bool

    private static let chineseNumerals = ["一", "二", "三", "四", "五", "六"]
    private static let subNumerals = ["（一）", "（二）", "（三）", "（四）", "（五）"]
    private static let bookmark = "[bookmark: _GoBack]"

    /// Renders `model`; `rng` draws the text quirks, `disclosureRng` section 二's figures (shared by
    /// copies of one report so duplicates agree on them).
    static func render(_ model: ReportModel, rng: SplitMix64, disclosureRng: SplitMix64) -> Output {
        var renderer = ReportRenderer(model: model, rng: rng, disclosureRng: disclosureRng)
        renderer.writeReport()
        renderer.result.bytes = renderer.out.bytes
        return renderer.result
    }

    private init(model: ReportModel, rng: SplitMix64, disclosureRng: SplitMix64) {
        self.model = model
        var rng = rng
        headingStyle = rng.weighted([60, 15, 15, 10])
        bookmarkSlot = rng.chance(0.35) ? rng.int(0, 8) : -1
        trailingPercent = rng.pick([0, 0, 10, 30])
        cellNoise = rng.chance(0.35) ? rng.int(1, 4) : 0
        arabicSubheadings = rng.chance(0.2)
        self.rng = rng
        self.disclosureRng = disclosureRng
        result = Output(
            bytes: [],
            t3Lines: [Int](repeating: 0, count: RowKind.canonicalCount * 7),
            t4Lines: [Int](repeating: 0, count: 15)
        )
    }

    // MARK: - Document

    private mutating func writeReport() {
        writeTitle()
        writeSectionOne()
        writeHeading(2, "主动公开政府信息情况")
        if model.layout == .y2019 { writeDisclosure2019() } else { writeDisclosure2021() }
        blankLines()
        writeHeading(3, rng.chance(0.1) ? "收到和处理政府信息公开申请情" : "收到和处理政府信息公开申请情况")
        if rng.chance(0.05) { out.paragraph(" ") }
        writeApplications()
        blankLines()
        result.reviewHeadingLine = out.line
        writeHeading(4, "政府信息公开行政复议、行政诉讼情况")
        writeReviews()
        blankLines()
        if model.droppedSection == 5 {
            result.sections[4] = false
        } else {
            writeHeading(5, rng.pick(ProseLibrary.problemHeadings))
            if rng.chance(0.3) {
                out.paragraph(sub(0) + "存在问题")
                prose(ProseLibrary.problems)
                out.paragraph(sub(1) + "改进措施")
            } else {
                prose(ProseLibrary.problems)
            }
            prose(ProseLibrary.improvements)
        }
        if model.droppedSection == 6 {
            result.sections[5] = false
        } else {
            writeHeading(6, "其他需要报告的事项")
            prose(ProseLibrary.otherMatters)
        }
        if model.signs {
            out.paragraph(model.agency.name + (rng.chance(0.3) ? " " : ""))
            if model.signatureDated { out.paragraph(model.publication.chinese) }
        }
    }

    private mutating func writeTitle() {
        let a = model.agency.name
        let y = String(model.year)
        switch rng.int(0, 6) {
        case 0: out.paragraph(a + y + "年政府信息公开工作年度报告")
        case 1: out.paragraph(a + y + "年度政府信息公开工作年度报告")
        case 2: out.paragraph(a + y + "年度政府"); out.paragraph("信息公开工作年度报告")
        case 3: out.paragraph(a); out.paragraph(y + "年度政府信息公开工作年度报告")
        case 4: out.paragraph(y + "年" + a); out.paragraph("政府信息公开工作年度报告")
        case 5: out.paragraph(a + y + "年政府信息公开年度报告")
        default: out.paragraph(y + "年度" + a + "政府信息公开工作年度报告")
        }
        if model.showsDateLine {
            if rng.chance(0.5) {
                out.paragraph("索引号：" + String(rng.int(1_000_000, 99_999_999)) + "/" + String(model.year + 1) + "-0000" + String(rng.int(1, 9)))
                out.paragraph("发布机构：" + a)
            }
            result.dateLine = out.line
            out.paragraph("公开日期：" + model.publication.iso)
        } else if rng.chance(0.5) {
            out.blank()
        }
        if rng.chance(0.5) { prose(ProseLibrary.intros) }
    }

    private mutating func writeSectionOne() {
        writeHeading(1, "总体情况")
        prose(ProseLibrary.openers)
        writeSubheading(0)
        prose(ProseLibrary.proactive)
        writeSubheading(1)
        prose(ProseLibrary.requestProcess)
        writeClaims()
        for (k, pool) in [ProseLibrary.management, ProseLibrary.platform, ProseLibrary.supervision].enumerated() where rng.chance(0.7) {
            writeSubheading(k + 2)
            prose(pool)
        }
    }

    /// The sentences stating 收到/办结 and 行政复议/行政诉讼, recording where each number starts.
    private mutating func writeClaims() {
        let y = String(model.year)
        let stated = [
            model.t3[ReportModel.index(.new, 6)],
            model.t3[ReportModel.index(.total, 6)],
            model.t4[4],
            model.t4[9] + model.t4[14],
        ].enumerated().map { $0.element + model.claimOffsets[$0.offset] }
        guard model.statesApplications else {
            if stated[0] == 0, rng.chance(0.5) { prose(ProseLibrary.nothingReceived) }
            return
        }
        var line = rng.pick(["", y + "年，", y + "年，" + model.agency.selfName, "按照依申请公开工作要求，"])
        line += "本年度共收到政府信息公开申请"
        claim(.received, stated[0], in: &line)
        line += "件，办结"
        claim(.concluded, stated[1], in: &line)
        line += "件"
        line += rng.pick(["。", "，均在法定期限内予以答复。", "，答复率100%。"])
        if model.statesReviews {
            if rng.chance(0.5) {
                out.paragraph(line)
                line = rng.pick(["", y + "年，"])
            }
            line += rng.pick(["全年因政府信息公开被申请行政复议", "本年度发生政府信息公开行政复议"])
            claim(.review, stated[2], in: &line)
            line += rng.pick(["件，被提起行政诉讼", "件，行政诉讼"])
            claim(.litigation, stated[3], in: &line)
            line += "件。"
        }
        out.paragraph(line)
    }

    private mutating func claim(_ claim: ReportModel.Claim, _ value: Int, in line: inout String) {
        result.claims.append(StatedClaim(claim: claim, stated: value, line: out.line, column: line.count + 1))
        line += String(value)
    }

    // MARK: - Headings and prose

    private mutating func writeHeading(_ n: Int, _ title: String) {
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

    private mutating func writeSubheading(_ k: Int) {
        out.paragraph(sub(k) + rng.pick(ProseLibrary.subheadings[k]))
    }

    private func sub(_ k: Int) -> String {
        arabicSubheadings ? "（" + String(k + 1) + "） " : ReportRenderer.subNumerals[k]
    }

    private mutating func prose(_ pool: [ProseTemplate]) {
        var line = takesBookmark() ? ReportRenderer.bookmark : ""
        rng.pick(pool).render(into: &line, year: model.year, agency: model.agency, rng: &rng)
        if trailingPercent > 0, rng.int(0, 99) < trailingPercent { line += rng.pick([" ", "  "]) }
        out.paragraph(line)
    }

    private mutating func takesBookmark() -> Bool {
        defer { slot += 1 }
        return slot == bookmarkSlot
    }

    private mutating func blankLines() {
        for _ in 0..<rng.int(1, 2) { out.blank() }
    }

    // MARK: - Section 二

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

    private mutating func figures(_ label: String, _ values: [String]) {
        out.cell(label)
        for v in values { out.cell(v) }
        out.blank()
    }

    private mutating func count(_ lo: Int, _ hi: Int, zeroPercent: Int) -> String {
        disclosureRng.int(0, 99) < zeroPercent ? "0" : String(disclosureRng.int(lo, hi))
    }

    private mutating func writeDisclosure2019() {
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

    private mutating func writeDisclosure2021() {
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

    // MARK: - Table 三

    private mutating func writeApplications() {
        if rng.chance(0.15) {
            result.table3FirstLine = out.line
            out.cell(lines: ["（本列数据的勾稽关系为：", "第一项加第二项之和，等于第三项", "加第四项之和）"])
        } else {
            result.table3FirstLine = out.cell("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）")
        }
        out.cell("申请人情况")
        out.blank()
        out.cell("")
        if rng.chance(0.1) { out.cell(lines: [" ", "自然人"]) } else { out.cell("自然人") }
        out.cell("法人或其他组织")
        out.cell("总计")
        out.blank()
        out.cell("")
        out.cell("")
        if rng.chance(0.4) {
            out.cell(lines: ["商业", "企业"])
            out.cell(lines: ["科研", "机构"])
        } else {
            out.cell("商业企业")
            out.cell("科研机构")
        }
        out.cell("社会公益组织")
        out.cell("法律服务机构")
        out.cell("其他")
        out.cell("")
        out.blank()

        let newLabel = rng.chance(0.15) ? "一、本年新收到政府信息公开申请数量" : RowKind.new.label
        let carriedLabel = rng.chance(0.15) ? "二、上年转结政府信息公开申请数量" : RowKind.carried.label
        let forwardLabel = rng.chance(0.1) ? "四、转结下年度继续办理" : RowKind.forward.label
        let splitDenied = rng.chance(0.1)
        for row in model.layout.rows {
            switch row {
            case .new: out.cell(newLabel)
            case .carried: out.cell(carriedLabel)
            case .forward: out.cell(forwardLabel)
            case .granted:
                out.cell("三、本年度办理结果")
                out.cell(row.label)
            case .partly, .other, .total:
                out.cell("")
                out.cell(row.label)
            case .secret:
                out.cell("")
                if splitDenied { out.cell(lines: ["（三）", "不予", "公开"]) } else { out.cell("（三）不予公开") }
                out.cell(row.label)
            case .notHeld, .complaint:
                out.cell("")
                out.cell(row == .notHeld ? "（四）无法提供" : "（五）不予处理")
                out.cell(row.label)
            case .noCorrection:
                out.cell("")
                out.cell("（六）其他处理")
                out.cell(row.label)
            default:
                out.cell("")
                out.cell("")
                out.cell(row.label)
            }
            for c in 0..<7 {
                let i = ReportModel.index(row, c)
                result.t3Lines[i] = numberCell(model.t3[i], override: model.t3Text[i])
            }
            out.blank()
        }
    }

    /// Writes a number cell as the model shows it, with the report's white-space noise.
    private mutating func numberCell(_ value: Int, override: ReportModel.CellText?) -> Int {
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

    // MARK: - Table 四

    private static let reviewHeaders = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]

    private mutating func writeReviews() {
        if model.flattensReviewTable {
            var line = "行政复议行政诉讼"
            line.reserveCapacity(200)
            for _ in 0..<3 { for h in ReportRenderer.reviewHeaders { line += h } }
            line += model.flatReviewDigits
            out.paragraph(line)
            return
        }
        if rng.chance(0.2) { out.blank() }
        let split = rng.chance(0.25)
        out.cell("行政复议")
        out.cell("行政诉讼")
        out.blank()
        reviewHeaderCells(split: split)
        out.cell("未经复议直接起诉")
        out.cell("复议后起诉")
        out.blank()
        for _ in 0..<5 { out.cell("") }
        reviewHeaderCells(split: split)
        reviewHeaderCells(split: split)
        out.blank()
        for i in 0..<15 {
            result.t4Lines[i] = numberCell(model.t4[i], override: model.t4Text[i])
        }
        out.blank()
    }

    private mutating func reviewHeaderCells(split: Bool) {
        for h in ReportRenderer.reviewHeaders {
            if split, h != "总计" {
                out.cell(lines: [String(h.prefix(2)), String(h.dropFirst(2))])
            } else {
                out.cell(h)
            }
        }
    }
}
