/// Section 一 (总体情况): its subsections and the counts it states.
extension ReportRenderer {
    /// Section 一 with its subsections, some of them left out at random.
    mutating func writeSectionOne() {
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
        if !model.ownWords.overview.isEmpty { out.paragraph(model.ownWords.overview) }
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

    /// Appends one stated count to `line`, recording the column where its number starts.
    private mutating func claim(_ claim: ReportModel.Claim, _ value: Int, in line: inout String) {
        result.claims.append(StatedClaim(claim: claim, stated: value, line: out.line, column: line.count + 1))
        line += String(value)
    }
}
