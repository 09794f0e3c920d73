/// Recognises a top-level section heading however it is numbered (一、 / 1、 / none) or truncated.
struct SectionHeading {
    /// The section kind, or nil for an extra section the author added.
    var kind: SectionKind?
    /// The heading's number, when it has one (1-based).
    var number: Int?
    /// The heading text as written, trimmed.
    var text: String
    /// Whether the heading was recognised only within an edit distance of a known title (a typo), so the parser
    /// confirms it by what follows.
    var tolerant = false

    static let chineseDigits: [Character: Int] = [
        "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
    ]

    /// Parses a paragraph as a heading; nil when it does not look like a top-level heading.
    /// `plain` says the paragraph is known to be plain (see `PlainText`).
    static func parse(_ paragraph: String, plain: Bool = false) -> SectionHeading? {
        let text = paragraph.trimmingWhitespace()
        guard !text.isEmpty, text.hasAtMostCharacters(48, plain: plain) else { return nil }
        let isPlain = plain || text.utf8.withContiguousStorageIfAvailable({ PlainText.isPlain($0) }) == true
        let numbering = isPlain ? plainNumbering(text, knownPlain: true) : numbering(text)
        guard case .heading(let digits, let body) = numbering else { return nil }
        let number = digits.isEmpty ? nil : Int(digits) ?? chineseNumber(digits)
        let rest = String(body).trimmingWhitespace()
        guard !rest.isEmpty else { return nil }
        let compact = rest.removingWhitespace()
        if let kind = kind(of: compact, numbered: number != nil, plain: isPlain) {
            return SectionHeading(kind: kind, number: number, text: text)
        }
        if Int(digits) == nil, let kind = tolerantKind(of: compact, number: number) {
            return SectionHeading(kind: kind, number: number, text: text, tolerant: true)
        }
        // An unknown title with a Chinese numeral (五、监督保障机制) may be an extra section;
        // the parser accepts it only when its number follows the previous section's.
        if let number, Int(digits) == nil, compact.hasAtMostCharacters(20, plain: isPlain), !SearchText(compact, knownPlain: isPlain).contains("。") {
            return SectionHeading(kind: nil, number: number, text: text)
        }
        return nil
    }

    /// How a trimmed paragraph starts: not as a heading, or as one with its number (maybe none) and the words after it.
    enum Numbering {
        /// Running text, a sub-heading or a number without a separator.
        case none
        /// The number as written ("" when unnumbered) and the text after its separator.
        case heading(digits: String, body: Substring)
    }

    /// The numbering of a trimmed, non-empty paragraph, Character by Character.
    static func numbering(_ text: String) -> Numbering {
        // Headings are titles, not sentences: a clause break means running text that mentions the words.
        var core = Substring(text)
        while let last = core.last, "。.；;".contains(last) { core = core.dropLast() }
        guard !core.contains(where: { "。，,；;".contains($0) }) else { return .none }
        let body = Substring(text)
        // Parenthesised numbers （一） / （1） mark sub-headings, never sections.
        if let first = body.first, first == "（" || first == "(" { return .none }
        var digits = ""
        var idx = body.startIndex
        while idx != body.endIndex, chineseDigits[body[idx]] != nil || body[idx].isASCII && body[idx].isNumber {
            digits.append(body[idx])
            idx = body.index(after: idx)
        }
        if !digits.isEmpty, idx != body.endIndex, "、.．,，".contains(body[idx]) {
            return .heading(digits: digits, body: body[body.index(after: idx)...])
        } else if !digits.isEmpty {
            return .none
        }
        return .heading(digits: "", body: body)
    }

    /// `numbering` of plain text (see `PlainText`), where each scalar is a Character: one pass over
    /// the UTF-8, comparing scalars rather than Characters; `knownPlain` spares the plainness check.
    static func plainNumbering(_ text: String, knownPlain: Bool = false) -> Numbering {
        let scan = text.utf8.withContiguousStorageIfAvailable { utf8 -> (digitsEnd: Int, bodyStart: Int)? in
            guard knownPlain || PlainText.isPlain(utf8) else { return (-1, -1) }
            let (trailing, clauseBreaks, chineseDigits) = (Plain.trailing, Plain.clauseBreaks, Plain.chineseDigits)
            func scalar(at i: Int) -> (value: UInt32, length: Int) {
                let byte = utf8[i]
                let length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                var value = UInt32(byte) & (length == 1 ? 0x7F : length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for k in 1..<length { value = value << 6 | UInt32(utf8[i + k] & 0x3F) }
                return (value, length)
            }
            guard !utf8.isEmpty else { return (0, 0) }
            // Sub-headings are the commonest short paragraphs, and both checks give .none: the cheap one first.
            let first = scalar(at: 0).value
            if first == Plain.openParenthesis || first == Plain.openFullWidthParenthesis { return nil }
            // A clause break counts unless only the trailing marks stripped by `numbering` follow it.
            var pendingBreak = false
            var i = 0
            while i < utf8.count {
                let (value, length) = scalar(at: i)
                if trailing.contains(value) {
                    if clauseBreaks.contains(value) { pendingBreak = true }
                } else if pendingBreak || clauseBreaks.contains(value) {
                    return nil
                }
                i += length
            }
            var end = 0
            while end < utf8.count {
                let (value, length) = scalar(at: end)
                guard chineseDigits.contains(value) || (0x30...0x39).contains(value) else { break }
                end += length
            }
            guard end > 0 else { return (0, 0) }
            guard end < utf8.count else { return nil }
            let (value, length) = scalar(at: end)
            return Plain.separators.contains(value) ? (end, end + length) : nil
        }
        switch scan {
        case nil:
            return numbering(text)
        case .some(nil):
            return .none
        case .some(.some(let (digitsEnd, bodyStart))):
            // Not plain after all: Characters decide.
            if digitsEnd < 0 { return numbering(text) }
            let utf8 = text.utf8
            let digits = String(text[..<utf8.index(utf8.startIndex, offsetBy: digitsEnd)])
            return .heading(digits: digits, body: text[utf8.index(utf8.startIndex, offsetBy: bodyStart)...])
        }
    }

    /// The Characters `numbering` compares with, as scalar values.
    private enum Plain {
        static let trailing = "。.；;".unicodeScalars.map(\.value)
        static let clauseBreaks = "。，,；;".unicodeScalars.map(\.value)
        static let separators = "、.．,，".unicodeScalars.map(\.value)
        static let chineseDigits = SectionHeading.chineseDigits.keys.map { $0.unicodeScalars.first!.value }
        static let chineseDigitValues = SectionHeading.chineseDigits.map { (scalar: $0.key.unicodeScalars.first!.value, value: $0.value) }
        static let openParenthesis = ("(" as Unicode.Scalar).value
        static let openFullWidthParenthesis = ("（" as Unicode.Scalar).value
    }

    /// The value of a Chinese numeral up to 九十九 (一, 十二, 二十, 三十五), or nil.
    static func chineseNumber(_ s: String) -> Int? {
        // Plain numerals are one scalar a Character: values found by scalar, without hashing Characters.
        if let scalars = PlainText.scalars(of: s) {
            let table = Plain.chineseDigitValues
            let values = scalars.compactMap { scalar in table.first { $0.scalar == scalar }?.value }
            return number(values, count: scalars.count)
        }
        return number(s.compactMap { chineseDigits[$0] }, count: s.count)
    }

    /// A numeral's value from its digits' values, when every one of its `count` characters is a digit.
    private static func number(_ values: [Int], count: Int) -> Int? {
        guard values.count == count else { return nil }
        switch values.count {
        case 1: return values[0]
        case 2 where values[0] == 10: return 10 + values[1]
        case 2 where values[1] == 10: return values[0] * 10
        case 3 where values[1] == 10: return values[0] * 10 + values[2]
        default: return nil
        }
    }

    /// The template section a heading's words name, if any; `plain` says they are known to be plain.
    static func kind(of compact: String, numbered: Bool, plain: Bool = false) -> SectionKind? {
        let text = SearchText(compact, knownPlain: plain)
        // Unnumbered headings must start with the wording; numbered ones may paraphrase.
        func has(_ word: String) -> Bool { numbered ? text.contains(word) : text.hasPrefix(word) }
        if has("总体情况"), compact.hasAtMostCharacters(16, plain: plain) { return .overview }
        if has("主动公开政府信息") || text.hasPrefix("主动公开情况") { return .proactive }
        if has("收到和处理") || has("依申请公开政府信息") && text.contains("申请情况") { return .applications }
        if numbered ? (text.contains("行政复议") && text.contains("行政诉讼"))
            : (text.hasPrefix("政府信息公开行政复议") || text.hasPrefix("行政复议")) && text.contains("行政诉讼") {
            return .reviewLitigation
        }
        if has("存在的主要问题") || has("主要问题及改进") || text.hasPrefix("政府信息公开工作存在的主要问题") { return .problems }
        if has("其他需要报告") { return .otherMatters }
        return nil
    }
}

extension SectionHeading {
    /// The wording of each template section's title as the templates and common variants write it, without number.
    static let knownTitles: [(kind: SectionKind, title: String)] = [
        (.overview, "总体情况"),
        (.proactive, "主动公开政府信息情况"),
        (.applications, "收到和处理政府信息公开申请情况"),
        (.reviewLitigation, "政府信息公开行政复议、行政诉讼情况"),
        (.problems, "存在的主要问题及改进情况"),
        (.problems, "政府信息公开工作存在的主要问题及改进情况"),
        (.otherMatters, "其他需要报告的事项"),
    ]

    /// The template section a numbered heading names despite a slip of the pen: its words within a small edit distance
    /// of a known title (one edit in four characters, never more than a fifth of the title). Such a heading counts
    /// only when its number is the section's own and, for sections with a table, when the table follows (the parser
    /// checks that).
    static func tolerantKind(of compact: String, number: Int?) -> SectionKind? {
        guard let number, let kind = SectionKind(rawValue: number) else { return nil }
        let words = Array(compact.filter { !"、，,。．.：:　 ".contains($0) })
        guard !words.isEmpty, words.count <= 40 else { return nil }
        for known in knownTitles where known.kind == kind {
            let title = Array(known.title.filter { !"、，,。．.：:".contains($0) })
            let allowed = max(1, title.count / 5)
            if abs(title.count - words.count) <= allowed, editDistance(words, title, limit: allowed) <= allowed { return kind }
        }
        return nil
    }

    /// Levenshtein distance between two short character arrays, or `limit + 1` once it must exceed `limit`.
    static func editDistance(_ a: [Character], _ b: [Character], limit: Int) -> Int {
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            current[0] = i
            var best = current[0]
            for j in 1...max(b.count, 1) where !b.isEmpty {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
                best = min(best, current[j])
            }
            if best > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}
