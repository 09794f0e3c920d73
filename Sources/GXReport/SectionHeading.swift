/// Recognises a top-level section heading however it is numbered (一、 / 1、 / none) or truncated.
struct SectionHeading {
    /// The section kind, or nil for an extra section the author added.
    var kind: SectionKind?
    /// The heading's number, when it has one (1-based).
    var number: Int?
    /// The heading text as written, trimmed.
    var text: String

    static let chineseDigits: [Character: Int] = [
        "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
    ]

    /// Parses a paragraph as a heading; nil when it does not look like a top-level heading.
    static func parse(_ paragraph: String) -> SectionHeading? {
        let text = paragraph.trimmingWhitespace()
        guard !text.isEmpty, text.count <= 48 else { return nil }
        // Headings are titles, not sentences: a clause break means running text that mentions the words.
        var core = Substring(text)
        while let last = core.last, "。.；;".contains(last) { core = core.dropLast() }
        guard !core.contains(where: { "。，,；;".contains($0) }) else { return nil }
        var number: Int?
        var body = Substring(text)
        // Parenthesised numbers （一） / （1） mark sub-headings, never sections.
        if let first = body.first, first == "（" || first == "(" { return nil }
        var digits = ""
        var idx = body.startIndex
        while idx != body.endIndex, chineseDigits[body[idx]] != nil || body[idx].isASCII && body[idx].isNumber {
            digits.append(body[idx])
            idx = body.index(after: idx)
        }
        if !digits.isEmpty, idx != body.endIndex, "、.．,，".contains(body[idx]) {
            number = Int(digits) ?? chineseNumber(digits)
            body = body[body.index(after: idx)...]
        } else if !digits.isEmpty {
            return nil
        }
        let rest = String(body).trimmingWhitespace()
        guard !rest.isEmpty else { return nil }
        let compact = rest.removingWhitespace()
        if let kind = kind(of: compact, numbered: number != nil) {
            return SectionHeading(kind: kind, number: number, text: text)
        }
        // An unknown title with a Chinese numeral (五、监督保障机制) may be an extra section;
        // the parser accepts it only when its number follows the previous section's.
        if let number, Int(digits) == nil, compact.count <= 20, !compact.contains("。") {
            return SectionHeading(kind: nil, number: number, text: text)
        }
        return nil
    }

    static func chineseNumber(_ s: String) -> Int? {
        let values = s.compactMap { chineseDigits[$0] }
        guard values.count == s.count else { return nil }
        switch values.count {
        case 1: return values[0]
        case 2 where values[0] == 10: return 10 + values[1]
        case 2 where values[1] == 10: return values[0] * 10
        case 3 where values[1] == 10: return values[0] * 10 + values[2]
        default: return nil
        }
    }

    static func kind(of compact: String, numbered: Bool) -> SectionKind? {
        // Unnumbered headings must start with the wording; numbered ones may paraphrase.
        func has(_ word: String) -> Bool { numbered ? compact.contains(word) : compact.hasPrefix(word) }
        if has("总体情况"), compact.count <= 16 { return .overview }
        if has("主动公开政府信息") || compact.hasPrefix("主动公开情况") { return .proactive }
        if has("收到和处理") || has("依申请公开政府信息") && compact.contains("申请情况") { return .applications }
        if numbered ? (compact.contains("行政复议") && compact.contains("行政诉讼"))
            : (compact.hasPrefix("政府信息公开行政复议") || compact.hasPrefix("行政复议")) && compact.contains("行政诉讼") {
            return .reviewLitigation
        }
        if has("存在的主要问题") || has("主要问题及改进") || compact.hasPrefix("政府信息公开工作存在的主要问题") { return .problems }
        if has("其他需要报告") { return .otherMatters }
        return nil
    }
}
