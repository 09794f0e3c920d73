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

    // Internal rather than private: the parts of the report are written by extensions in files of their own.
    let model: ReportModel
    var rng: SplitMix64
    var disclosureRng: SplitMix64
    var out = TextBuilder(capacity: 16_384)
    var result: Output

    // Quirks chosen once per rendering.
    let headingStyle: Int
    let bookmarkSlot: Int
    var slot = 0
    let trailingPercent: Int
    let cellNoise: Int
    let arabicSubheadings: Bool

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

    /// The whole report, section by section, in the order the seeds write them.
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
            if !model.ownWords.problems.isEmpty { out.paragraph(model.ownWords.problems) }
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

    /// The title lines, the optional 索引号 and 公开日期 lines, and an optional introduction.
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
}
