extension ApplicationRow {
    /// The group a label part opens, used to read the rows below it whose group cell is merged.
    enum Group { case results, denied, unable, notProcessed, otherHandling }

    static func group(of compact: String) -> Group? {
        if compact.contains("不予公开") { return .denied }
        if compact.contains("无法提供") { return .unable }
        if compact.contains("不予处理") { return .notProcessed }
        if compact.contains("其他处理") { return .otherHandling }
        if compact.contains("办理结果") { return .results }
        return nil
    }

    /// Matches a row's label parts (merged cells already dropped) to a template row.
    ///
    /// `current` is the group opened by an earlier row, since Word repeats merged group cells as empty.
    static func match(labels: [String], current: inout Group?) -> ApplicationRow? {
        let parts = labels.map { $0.removingWhitespace() }.filter { !$0.isEmpty }
        guard let last = parts.last else { return nil }
        for part in parts { if let g = group(of: part) { current = g } }
        let all = parts.joined()
        if all.contains("本年新收") { current = nil; return .new }
        if all.contains("上年结转") || all.contains("上年转结") { current = nil; return .carriedOver }
        if all.contains("结转下年度") || all.contains("转结下年度") || all.contains("结转下一年度") { current = nil; return .carriedForward }
        if last.contains("总计") { return .total }
        if last.contains("予以公开") { return .granted }
        if last.contains("部分公开") { return .partlyGranted }
        switch current {
        case .denied?:
            if last.contains("国家秘密") { return .stateSecret }
            if last.contains("禁止公开") { return .prohibitedByLaw }
            if last.contains("三安全") || last.contains("一稳定") { return .securityStability }
            if last.contains("第三方") { return .thirdPartyRights }
            if last.contains("内部事务") { return .internalAffairs }
            if last.contains("过程性") { return .processInformation }
            if last.contains("执法案卷") { return .enforcementFiles }
            if last.contains("查询事项") { return .queryMatters }
        case .unable?:
            if last.contains("不掌握") { return .notHeld }
            if last.contains("另行制作") || last.contains("现成信息") { return .needsCreation }
            if last.contains("不明确") { return .unclearAfterCorrection }
        case .notProcessed?:
            if last.contains("信访") || last.contains("举报") || last.contains("投诉") { return .complaint }
            if last.contains("重复申请") { return .duplicate }
            if last.contains("出版物") { return .publication }
            if last.contains("大量反复") { return .excessive }
            if last.contains("重新出具") || last.contains("确认") { return .confirmOrReissue }
        case .otherHandling?:
            if last.contains("其他处理") { return .other }
            if last.contains("不补正") { return .otherNoCorrection }
            if last.contains("缴纳费用") || last.contains("收费通知") { return .otherUnpaidFee }
            if last.hasSuffix("其他") { return .otherOther }
        case .results?, nil:
            break
        }
        return nil
    }
}
