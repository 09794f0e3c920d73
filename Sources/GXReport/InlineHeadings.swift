/// Finds a section heading run together with the text after it, as crawlers export reports
/// (`一、总体情况2020年，本局……`), and splits it off.
enum InlineHeadings {
    /// The heading and the text after it, when `paragraph` opens with the numbered heading of a template section
    /// (a Chinese numeral being that section's) followed by more text; nil otherwise, and cheaply so for most paragraphs.
    static func split(_ paragraph: String, plain: Bool = false) -> (heading: SectionHeading, rest: String)? {
        // Most paragraphs fail on their first two characters, before any string is made.
        guard let number = leadingNumber(paragraph) else { return nil }
        let text = paragraph.trimmingWhitespace()
        let body = text.dropFirst(2)
        for end in candidateEnds(of: body, number: number) {
            let head = String(text[..<end])
            let rest = String(text[end...]).trimmingWhitespace()
            // A heading is not followed by a clause mark: `1、主动公开政府信息情况。本年度……` is a sentence.
            guard let next = rest.first, !"。，；：:,;.、".contains(next),
                  let heading = SectionHeading.parse(head, plain: plain), let kind = heading.kind else { continue }
            // Chinese numerals must be the section's own; Word's list numbering (1、 2、) counts only the headings it
            // numbers, so an Arabic number may lag behind the section's.
            guard kind.rawValue == number || text.first!.isASCII else { continue }
            return (heading, rest)
        }
        return nil
    }

    /// Where the heading may end in `body`: after the template's own wording, else, earliest first, after 情况, 事项 or
    /// 措施, or before a sub-heading's parenthesis or a figure (`五、存在的主要问题及整改措施（一）…`, `一、总体情况2020年…`).
    private static func candidateEnds(of body: Substring, number: Int) -> [String.Index] {
        var ends: [String.Index] = []
        if let kind = SectionKind(rawValue: number) {
            let wording = kind.title.dropFirst(2)
            if body.hasPrefix(wording) { ends.append(body.index(body.startIndex, offsetBy: wording.count)) }
        }
        let window = body.prefix(40)
        var others: [String.Index] = []
        for word in ["情况", "事项", "措施"] {
            if let range = window.range(of: word) { others.append(range.upperBound) }
        }
        if let open = window.firstIndex(where: { $0 == "（" || $0 == "(" || $0.isASCII && $0.isNumber }) { others.append(open) }
        return ends + others.sorted()
    }

    /// The section number a paragraph starts with after any white space (一 to 六, 1 to 6), if a separator (、 . ．)
    /// follows it.
    private static func leadingNumber(_ text: String) -> Int? {
        let scalars = text.unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return nil }
        let next = scalars.index(after: start)
        guard next != scalars.endIndex, ["、", ".", "．"].contains(scalars[next]) else { return nil }
        switch scalars[start] {
        case "一": return 1
        case "二": return 2
        case "三": return 3
        case "四": return 4
        case "五": return 5
        case "六": return 6
        case "1"..."6": return Int(scalars[start].value) - 0x30
        default: return nil
        }
    }

    /// Whether a heading's text ends in a figure: then it is a row of a flattened table
    /// (`四、结转下年度继续办理0000000`), not an extra section.
    static func endsInFigure(_ heading: SectionHeading) -> Bool {
        heading.text.unicodeScalars.last.map { ("0"..."9").contains($0) || ("０"..."９").contains($0) } ?? false
    }
}
