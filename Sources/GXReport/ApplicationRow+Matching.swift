extension ApplicationRow {
    /// The group a label part opens, used to read the rows below it whose group cell is merged.
    enum Group { case results, denied, unable, notProcessed, otherHandling }

    /// The group a label part names, if any; `plain` says it is known to be plain (see `PlainText`).
    static func group(of compact: String, plain: Bool = false) -> Group? {
        Words.groups.first(Words.index.matches(in: SearchText(compact, knownPlain: plain)))
    }

    /// Matches a row's label parts (merged cells already dropped) to a template row.
    ///
    /// `current` is the group opened by an earlier row, since Word repeats merged group cells as empty;
    /// `plain` says the labels are known to be plain (see `PlainText`).
    static func match(labels: [String], current: inout Group?, plain: Bool = false) -> ApplicationRow? {
        var parts: [String] = []
        parts.reserveCapacity(labels.count)
        for label in labels {
            let part = label.removingWhitespace()
            if !part.isEmpty { parts.append(part) }
        }
        guard let lastPart = parts.last else { return nil }
        // Every word of every table is looked for in one pass over each text, and the
        // tables then read their answers off the bits in the order the checks are made.
        var last: UInt64 = 0
        for (i, part) in parts.enumerated() {
            let found = Words.index.matches(in: SearchText(part, knownPlain: plain))
            if i == parts.count - 1 { last = found }
            if let g = Words.groups.first(found) { current = g }
        }
        let all = parts.count == 1 ? last : Words.index.matches(in: SearchText(parts.joined(), knownPlain: plain))
        if let row = Words.ungrouped.first(all) {
            current = nil
            return row
        }
        if let row = Words.results.first(last) { return row }
        let rows: Words.Table<ApplicationRow>
        switch current {
        case .denied?: rows = Words.denied
        case .unable?: rows = Words.unable
        case .notProcessed?: rows = Words.notProcessed
        case .otherHandling?: rows = Words.otherHandling
        case .results?, nil: return nil
        }
        if let row = rows.first(last) { return row }
        if current == .otherHandling, lastPart.hasSuffix("其他") { return .otherOther }
        return nil
    }

    /// The words that name groups and rows, tried in order; any word of an entry names it.
    ///
    /// Prepared once, not searched for word by word in every cell: reading table 三 asks for them over and over.
    private enum Words {
        /// Values named by lists of words, the first list with a word in a text winning.
        struct Table<Value: Sendable>: Sendable {
            /// The lists, in order.
            let lists: [[String]]
            /// Each list's value.
            let values: [Value]
            /// This table's lists' bits in `index` (set by `index`).
            var bits: Range<Int> = 0..<0

            init(_ entries: [([String], Value)]) {
                lists = entries.map(\.0)
                values = entries.map(\.1)
            }

            /// The value of the first of this table's lists whose bit is set in `found`.
            func first(_ found: UInt64) -> Value? {
                let mine = found >> UInt64(bits.lowerBound) & (1 << UInt64(bits.count) - 1)
                return mine == 0 ? nil : values[mine.trailingZeroBitCount]
            }
        }

        static let groups = placed(Table<Group>([
            (["不予公开"], .denied),
            (["无法提供"], .unable),
            (["不予处理"], .notProcessed),
            (["其他处理"], .otherHandling),
            (["办理结果"], .results),
        ]), at: 0)
        /// Rows outside the groups, found anywhere in the label; they close the current group.
        static let ungrouped = placed(Table<ApplicationRow>([
            (["本年新收"], .new),
            (["上年结转", "上年转结"], .carriedOver),
            (["结转下年度", "转结下年度", "结转下一年度"], .carriedForward),
        ]), after: groups.bits)
        /// Rows found in the last label part whatever the group.
        static let results = placed(Table<ApplicationRow>([
            (["总计"], .total),
            (["予以公开"], .granted),
            (["部分公开"], .partlyGranted),
        ]), after: ungrouped.bits)
        static let denied = placed(Table<ApplicationRow>([
            (["国家秘密"], .stateSecret),
            // Some published tables misprint the label as 其他法律行政止公开; 其他法律 still names it in this group.
            (["禁止公开", "其他法律"], .prohibitedByLaw),
            (["三安全", "一稳定"], .securityStability),
            (["第三方"], .thirdPartyRights),
            (["内部事务"], .internalAffairs),
            (["过程性"], .processInformation),
            (["执法案卷"], .enforcementFiles),
            (["查询事项"], .queryMatters),
        ]), after: results.bits)
        static let unable = placed(Table<ApplicationRow>([
            (["不掌握"], .notHeld),
            (["另行制作", "现成信息"], .needsCreation),
            (["不明确"], .unclearAfterCorrection),
        ]), after: denied.bits)
        static let notProcessed = placed(Table<ApplicationRow>([
            (["信访", "举报", "投诉"], .complaint),
            (["重复申请"], .duplicate),
            (["出版物"], .publication),
            (["大量反复"], .excessive),
            (["重新出具", "确认"], .confirmOrReissue),
        ]), after: unable.bits)
        /// Before the 其他 suffix rule, which `match` applies last.
        static let otherHandling = placed(Table<ApplicationRow>([
            (["其他处理"], .other),
            (["不补正"], .otherNoCorrection),
            (["缴纳费用", "收费通知"], .otherUnpaidFee),
        ]), after: notProcessed.bits)

        /// All tables' lists, each table's at its `bits`.
        static let index = WordIndex(groups.lists + ungrouped.lists + results.lists + denied.lists + unable.lists
                                     + notProcessed.lists + otherHandling.lists)

        /// The table with its bits starting where the previous table's end.
        static func placed<Value>(_ table: Table<Value>, at start: Int = 0, after previous: Range<Int>? = nil) -> Table<Value> {
            var table = table
            let lower = previous?.upperBound ?? start
            table.bits = lower..<lower + table.lists.count
            return table
        }
    }
}
