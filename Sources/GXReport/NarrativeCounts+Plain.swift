extension NarrativeCounts {
    /// `statements(in:year:)` for plain text (see `PlainText`), on scalar values; nil when the text is not plain.
    ///
    /// Same rules, same order and same results as `characterStatements`: in plain text a scalar
    /// is a Character, so offsets and lengths carry over, and a scalar match is Foundation's match.
    static func plainStatements(in text: String, year: Int) -> [Statement]? {
        guard let chars = PlainText.scalars(of: text) else { return nil }
        let not = Plain.not
        var found: [Statement] = []
        var start = 0
        while start <= chars.count {
            var end = start
            while end < chars.count, !isSentenceEnd(chars[end]) { end += 1 }
            // What the sentence says is the same for each of its clauses: decided once, when first needed.
            var sentence: PlainSentence?
            var clauseStart = start
            // Every count has a figure and every zero phrase starts with 未: a clause with
            // neither states nothing, and most clauses are passed over at that one look.
            var mayState = false
            for i in start...end {
                if i == end || isClauseEnd(chars[i]) {
                    if i > clauseStart, mayState {
                        let about = sentence ?? PlainSentence(chars: chars, range: start..<end)
                        sentence = about
                        found += PlainClause(chars: chars, range: clauseStart..<i, sentence: about, year: year).statements()
                    }
                    clauseStart = i + 1
                    mayState = false
                } else if isDigit(chars[i]) || chars[i] == not {
                    mayState = true
                }
            }
            start = end + 1
        }
        return found
    }

    /// Whether a scalar is one of `sentenceEnds`; a switch, since this runs for every character of the overview.
    static func isSentenceEnd(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x3002, 0xFF1B, 0x3B, 0xFF01, 0x21, 0xFF1F, 0x3F: true
        default: false
        }
    }

    /// Whether a scalar is one of `clauseEnds`.
    static func isClauseEnd(_ scalar: UInt32) -> Bool {
        scalar == 0xFF0C || scalar == 0x2C
    }

    /// The word lists of `NarrativeCounts` as scalar values.
    private enum Plain {
        static let disqualifiers = PlainText.Words(NarrativeCounts.disqualifiers)
        static let sentenceDisqualifiers = PlainText.Words(NarrativeCounts.sentenceDisqualifiers)
        static let zeroPhrases = NarrativeCounts.zeroPhrases.map { (text: $0, scalars: PlainText.word($0)) }
        static let caseUnits = NarrativeCounts.caseUnits.map(scalar)
        static let pieceUnit = [scalar("件")]
        static let receivedVerbs = ["收到", "受理", "接到", "接收"].map(PlainText.word)
        static let processedVerbs = ["办结", "答复"].map(PlainText.word)
        static let review = PlainText.word("行政复议")
        static let litigation = PlainText.word("行政诉讼")
        static let reconsideration = PlainText.word("复议")
        static let lawsuit = PlainText.word("诉讼")
        static let disclose = PlainText.word("公开")
        static let apply = PlainText.word("申请")
        static let secondVerbs = PlainText.Words(["收到", "受理", "办结", "答复", "行政复议", "行政诉讼"])
        static let aboutDisclosure = [PlainText.word("信息公开"), PlainText.word("依申请公开")]
        static let not = scalar("未")
        static let year = scalar("年")

        /// The one scalar of a plain Character.
        static func scalar(_ character: Character) -> UInt32 {
            let scalars = character.unicodeScalars
            precondition(scalars.count == 1 && PlainText.isPlain(scalars.first!.value), "\(character) is not one plain scalar")
            return scalars.first!.value
        }
    }

    /// What a whole sentence says, shared by its clauses.
    private struct PlainSentence {
        var range: Range<Int>
        /// It spans another period (以来, 累计 …).
        var disqualified: Bool
        /// It mentions 公开.
        var disclosure: Bool
        /// It mentions 申请.
        var application: Bool

        init(chars: [UInt32], range: Range<Int>) {
            self.range = range
            disqualified = Plain.sentenceDisqualifiers.occur(in: chars, range)
            disclosure = PlainText.contains(Plain.disclose, in: chars, range)
            application = PlainText.contains(Plain.apply, in: chars, range)
        }
    }

    /// `Clause` over scalar values.
    private struct PlainClause {
        var chars: [UInt32]
        var range: Range<Int>
        var sentence: PlainSentence
        var year: Int

        func statements() -> [Statement] {
            guard !Plain.disqualifiers.occur(in: chars, range), !sentence.disqualified, !mentionsOtherYear() else { return [] }
            var result: [Statement] = []
            if let zero = zeroStatement() {
                result.append(zero)
            } else if sentence.disclosure, let s = count(.received, after: Plain.receivedVerbs, units: Plain.pieceUnit, maxGap: 16,
                                                         gapMust: Plain.apply, gapMustNot: [Plain.reconsideration, Plain.lawsuit]) {
                result.append(s)
            }
            if sentence.disclosure, sentence.application,
               let s = count(.processed, after: Plain.processedVerbs, units: Plain.pieceUnit, maxGap: 10, gapMust: nil,
                             gapMustNot: [Plain.reconsideration, Plain.lawsuit]) {
                result.append(s)
            }
            if let s = count(.review, after: [Plain.review], units: Plain.caseUnits, maxGap: 6, gapMust: nil,
                             gapMustNot: [Plain.lawsuit], jointWith: Plain.lawsuit), aboutDisclosure(before: s) {
                result.append(s)
            }
            if let s = count(.litigation, after: [Plain.litigation], units: Plain.caseUnits, maxGap: 6, gapMust: nil,
                             gapMustNot: [Plain.reconsideration], jointWith: Plain.reconsideration), aboutDisclosure(before: s) {
                result.append(s)
            }
            return result
        }

        func mentionsOtherYear() -> Bool {
            var i = range.lowerBound
            while i < range.upperBound {
                guard NarrativeCounts.isDigit(chars[i]) else { i += 1; continue }
                var j = i
                while j < range.upperBound, NarrativeCounts.isDigit(chars[j]) { j += 1 }
                if j - i == 4, j < range.upperBound, chars[j] == Plain.year, value(i..<j) != year { return true }
                i = j
            }
            return false
        }

        func zeroStatement() -> Statement? {
            for phrase in Plain.zeroPhrases {
                guard let offset = PlainText.firstIndex(of: phrase.scalars, in: chars, range) else { continue }
                return Statement(kind: .received, value: 0, offset: offset, phrase: phrase.text)
            }
            return nil
        }

        func count(_ kind: Kind, after verbs: [[UInt32]], units: [UInt32], maxGap: Int,
                   gapMust: [UInt32]?, gapMustNot: [[UInt32]], jointWith: [UInt32]? = nil) -> Statement? {
            guard let (verbStart, verbEnd) = firstOccurrence(of: verbs) else { return nil }
            if verbStart > range.lowerBound, chars[verbStart - 1] == Plain.not { return nil }
            if let joint = jointWith {
                let lastDigit = (range.lowerBound..<verbStart).last { NarrativeCounts.isDigit(chars[$0]) }
                let since = (lastDigit.map { $0 + 1 } ?? range.lowerBound)..<verbStart
                if PlainText.contains(joint, in: chars, since) { return nil }
            }
            guard let digitStart = (verbEnd..<range.upperBound).first(where: { NarrativeCounts.isDigit(chars[$0]) }) else { return nil }
            var digitEnd = digitStart
            while digitEnd < range.upperBound, NarrativeCounts.isDigit(chars[digitEnd]) { digitEnd += 1 }
            guard digitEnd < range.upperBound, units.contains(chars[digitEnd]), digitEnd - digitStart <= 9 else { return nil }
            let gap = verbEnd..<digitStart
            guard gap.count <= maxGap else { return nil }
            if let must = gapMust, !PlainText.contains(must, in: chars, gap) { return nil }
            if gapMustNot.contains(where: { PlainText.contains($0, in: chars, gap) }) { return nil }
            if Plain.secondVerbs.occur(in: chars, gap) { return nil }
            return Statement(kind: kind, value: value(digitStart..<digitEnd), offset: digitStart,
                             phrase: PlainText.string(chars[verbStart...digitEnd]))
        }

        func aboutDisclosure(before statement: Statement) -> Bool {
            let prefix = sentence.range.lowerBound..<statement.offset
            return Plain.aboutDisclosure.contains { PlainText.contains($0, in: chars, prefix) }
        }

        /// The first of `words` to occur, earliest start first and list order on a tie.
        func firstOccurrence(of words: [[UInt32]]) -> (Int, Int)? {
            var best: (Int, Int)?
            for word in words {
                guard let i = PlainText.firstIndex(of: word, in: chars, range) else { continue }
                if best == nil || i < best!.0 { best = (i, i + word.count) }
            }
            return best
        }

        /// The number written by ASCII or full-width digits (at most nine, so it cannot overflow).
        func value(_ digits: Range<Int>) -> Int {
            var value = 0
            for i in digits {
                let v = chars[i]
                value = value * 10 + Int(v >= 0xFF10 ? v - 0xFF10 : v - 0x30)
            }
            return value
        }
    }

    /// ASCII or full-width digit.
    static func isDigit(_ scalar: UInt32) -> Bool {
        (0x30...0x39).contains(scalar) || (0xFF10...0xFF19).contains(scalar)
    }
}
