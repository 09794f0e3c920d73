import Foundation

/// Reads the counts an author states in prose ("共收到依申请信息公开26件"), conservatively.
///
/// A false alarm on a correct report costs more trust than a missed mismatch, so a count is
/// taken only from a clause that plainly states it for the whole year: a clause naming a
/// subset (自然人, 网上 …), another kind of case (信访, 建议, 网络问政 …), another period
/// (上年, 同比, 1-6月 …) or another year is skipped, as is anything not ending in 件 (or 起/次
/// for cases). Offsets are Character offsets into the text given, which lets the caller turn
/// them into columns.
struct NarrativeCounts {
    /// What a stated count is compared with.
    enum Kind: Sendable, Hashable {
        /// 收到/受理 … 申请 N 件 → table 三, 一、本年新收, 总计.
        case received
        /// 办结/答复 N 件 → table 三, （七）总计, 总计.
        case processed
        /// 行政复议 N 件 → table 四, 行政复议 总计.
        case review
        /// 行政诉讼 N 件 → table 四, both litigation 总计 added.
        case litigation
    }

    /// One stated count.
    struct Statement: Sendable, Hashable {
        var kind: Kind
        var value: Int
        /// Character offset of the figure (or of a zero phrase such as 未收到…) in the text.
        var offset: Int
        /// The words that state it, quoted in the message.
        var phrase: String
    }

    /// Words that make a clause about a subset, another kind of case, a change or part of the year.
    static let disqualifiers = [
        "自然人", "法人", "企业", "其中", "网上", "网络", "当面", "信函", "电话", "邮件", "邮寄", "传真",
        "信访", "举报", "投诉", "建议", "提案", "咨询", "问政", "诉求", "热线", "来信", "留言",
        "结转", "转结", "增加", "减少", "增长", "下降", "上年", "去年", "同比", "环比", "相比", "月",
    ]

    /// Words that make a whole sentence span another period ("自2019年以来，共收到…50件").
    static let sentenceDisqualifiers = ["以来", "累计", "季度", "半年"]

    /// Phrases that state plainly that no application arrived: read as 0.
    static let zeroPhrases = [
        "未收到政府信息公开申请", "未收到依申请公开政府信息申请", "未收到依申请公开申请",
        "未收到信息公开申请", "未收到依申请公开", "未接到政府信息公开申请", "未接到依申请公开",
    ]

    static let sentenceEnds: Set<Character> = ["。", "；", ";", "！", "!", "？", "?"]
    /// Not 、: "行政复议、行政诉讼共2件" is one joint count and must stay in one clause to be seen as such.
    static let clauseEnds: Set<Character> = ["，", ","]
    static let caseUnits: Set<Character> = ["件", "起", "次", "宗"]

    /// The counts stated in one paragraph of a report covering `year`.
    static func statements(in text: String, year: Int) -> [Statement] {
        plainStatements(in: text, year: year) ?? characterStatements(in: text, year: year)
    }

    /// `statements(in:year:)` over Characters and Foundation's search, for text that is not plain.
    static func characterStatements(in text: String, year: Int) -> [Statement] {
        let chars = Array(text)
        var found: [Statement] = []
        var start = 0
        for end in 0...chars.count where end == chars.count || sentenceEnds.contains(chars[end]) {
            var clauseStart = start
            for clauseEnd in start...end where clauseEnd == end || clauseEnds.contains(chars[clauseEnd]) {
                if clauseEnd > clauseStart {
                    found += Clause(chars: chars, range: clauseStart..<clauseEnd, sentenceRange: start..<end, year: year).statements()
                }
                clauseStart = clauseEnd + 1
            }
            start = end + 1
        }
        return found
    }

    /// One clause of a sentence, between commas.
    struct Clause {
        var chars: [Character]
        var range: Range<Int>
        var sentenceRange: Range<Int>
        var year: Int

        var sentence: String { String(chars[sentenceRange]) }

        var text: String { String(chars[range]) }

        func statements() -> [Statement] {
            let text = self.text
            let sentence = self.sentence
            guard !NarrativeCounts.disqualifiers.contains(where: text.contains),
                  !NarrativeCounts.sentenceDisqualifiers.contains(where: sentence.contains),
                  !mentionsOtherYear()
            else { return [] }
            var result: [Statement] = []
            if let zero = zeroStatement() {
                result.append(zero)
            } else if sentence.contains("公开"), let s = count(.received, after: ["收到", "受理", "接到", "接收"], units: ["件"], maxGap: 16, gapMust: "申请", gapMustNot: ["复议", "诉讼"]) {
                result.append(s)
            }
            if sentence.contains("公开"), sentence.contains("申请"),
               let s = count(.processed, after: ["办结", "答复"], units: ["件"], maxGap: 10, gapMust: nil, gapMustNot: ["复议", "诉讼"]) {
                result.append(s)
            }
            if let s = count(.review, after: ["行政复议"], units: NarrativeCounts.caseUnits, maxGap: 6, gapMust: nil,
                             gapMustNot: ["诉讼"], jointWith: "诉讼"), aboutDisclosure(before: s) {
                result.append(s)
            }
            if let s = count(.litigation, after: ["行政诉讼"], units: NarrativeCounts.caseUnits, maxGap: 6, gapMust: nil,
                             gapMustNot: ["复议"], jointWith: "复议"), aboutDisclosure(before: s) {
                result.append(s)
            }
            return result
        }

        /// A year other than the report's, e.g. a comparison with 2019 in a 2020 report.
        func mentionsOtherYear() -> Bool {
            var i = range.lowerBound
            while i < range.upperBound {
                guard NarrativeCounts.isDigit(chars[i]) else { i += 1; continue }
                var j = i
                while j < range.upperBound, NarrativeCounts.isDigit(chars[j]) { j += 1 }
                if j - i == 4, j < range.upperBound, chars[j] == "年", let y = Int(digits(i..<j)), y != year { return true }
                i = j
            }
            return false
        }

        func zeroStatement() -> Statement? {
            let text = self.text
            for phrase in NarrativeCounts.zeroPhrases {
                guard let r = text.range(of: phrase) else { continue }
                let offset = range.lowerBound + text.distance(from: text.startIndex, to: r.lowerBound)
                return Statement(kind: .received, value: 0, offset: offset, phrase: phrase)
            }
            return nil
        }

        /// The figure after the first of `verbs`: the clause must run verb, a short gap, digits, unit.
        func count(_ kind: Kind, after verbs: [String], units: Set<Character>, maxGap: Int,
                   gapMust: String?, gapMustNot: [String], jointWith: String? = nil) -> Statement? {
            guard let (verbStart, verbEnd) = firstOccurrence(of: verbs) else { return nil }
            // 未办结 / 未收到 negate the verb; a figure after them is not the year's count.
            if verbStart > range.lowerBound, chars[verbStart - 1] == "未" { return nil }
            // "行政复议、行政诉讼共2件" counts both kinds together: the words since the previous
            // figure name the other kind too.
            if let joint = jointWith {
                let lastDigit = (range.lowerBound..<verbStart).last { NarrativeCounts.isDigit(chars[$0]) }
                let since = String(chars[(lastDigit.map { $0 + 1 } ?? range.lowerBound)..<verbStart])
                if since.contains(joint) { return nil }
            }
            guard let digitStart = (verbEnd..<range.upperBound).first(where: { NarrativeCounts.isDigit(chars[$0]) }) else { return nil }
            var digitEnd = digitStart
            while digitEnd < range.upperBound, NarrativeCounts.isDigit(chars[digitEnd]) { digitEnd += 1 }
            guard digitEnd < range.upperBound, units.contains(chars[digitEnd]),
                  digitEnd - digitStart <= 9, let value = Int(digits(digitStart..<digitEnd))
            else { return nil }
            let gap = String(chars[verbEnd..<digitStart])
            guard gap.count <= maxGap else { return nil }
            if let must = gapMust, !gap.contains(must) { return nil }
            if gapMustNot.contains(where: gap.contains) { return nil }
            // 收到申请并办结 reads the first verb; a second verb in the gap means two counts run together.
            if ["收到", "受理", "办结", "答复", "行政复议", "行政诉讼"].contains(where: gap.contains) { return nil }
            return Statement(kind: kind, value: value, offset: digitStart, phrase: String(chars[verbStart...digitEnd]))
        }

        /// A 行政复议/行政诉讼 count is about disclosure only when the sentence says so before it;
        /// a justice bureau's report also counts the review cases it handles for others.
        func aboutDisclosure(before statement: Statement) -> Bool {
            let sentenceStart = sentenceRange.lowerBound
            let prefix = String(chars[sentenceStart..<statement.offset])
            return prefix.contains("信息公开") || prefix.contains("依申请公开")
        }

        func firstOccurrence(of words: [String]) -> (Int, Int)? {
            var best: (Int, Int)?
            for word in words {
                let w = Array(word)
                var i = range.lowerBound
                while i + w.count <= range.upperBound {
                    if Array(chars[i..<i + w.count]) == w {
                        if best == nil || i < best!.0 { best = (i, i + w.count) }
                        break
                    }
                    i += 1
                }
            }
            return best
        }

        func digits(_ r: Range<Int>) -> String {
            String(chars[r].map { c -> Character in
                let v = c.unicodeScalars.first!.value
                return v >= 0xFF10 && v <= 0xFF19 ? Character(Unicode.Scalar(v - 0xFF10 + 0x30)!) : c
            })
        }
    }

    /// ASCII or full-width digit (Chinese IMEs type the latter).
    static func isDigit(_ c: Character) -> Bool {
        guard c.unicodeScalars.count == 1, let v = c.unicodeScalars.first?.value else { return false }
        return (0x30...0x39).contains(v) || (0xFF10...0xFF19).contains(v)
    }
}
