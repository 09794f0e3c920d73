import Foundation

extension ReportParser {
    /// Where the title is: its text, where it starts, and the items it spans.
    struct TitleSpan {
        /// The title's paragraphs joined.
        var text: String
        /// Where its first paragraph is.
        var location: SourceLocation
        /// The items it spans; the body starts after them.
        var items: Range<Int>
        /// The agency and year it names (`identity(fromTitle:)` of `text`).
        var identity: (agency: String, year: Int?)

        /// The span of `text`, its identity read from it.
        init(text: String, location: SourceLocation, items: Range<Int>, identity: (agency: String, year: Int?)? = nil) {
            self.text = text
            self.location = location
            self.items = items
            self.identity = identity ?? ReportParser.identity(fromTitle: text)
        }
    }

    /// How many paragraphs at the top are searched for the title (page metadata and chrome may precede it).
    static let titleSearchDepth = 16

    /// The title: the shortest run of one to three short paragraphs near the top that reads as a report title naming
    /// an agency and a year (split titles, the agency on a line above the year, metadata lines above); failing that,
    /// the first paragraphs after any metadata until one ends in 报告.
    static func title(in items: [TikaLayout.Item]) -> TitleSpan {
        // Most reports open with their title: the first lines up to the one ending in 报告 name the agency and the
        // year, and nothing more is looked for.
        let first = firstParagraphsTitle(in: items)
        let named = !first.identity.agency.isEmpty && first.identity.year != nil
        if first.items.lowerBound == 0, named, looksLikeTitle(first.text) { return first }
        let found = titleNamingAgency(in: items)
        if let found, !found.identity.agency.isEmpty { return found }
        // Without a short run naming the agency (an agency's name can be long), the first lines decide.
        return named ? first : found ?? first
    }

    /// The shortest run of short paragraphs that reads as a title and names an agency, else one that reads as a title.
    static func titleNamingAgency(in items: [TikaLayout.Item]) -> TitleSpan? {
        var paragraphs: [(index: Int, text: String, location: SourceLocation)] = []
        for (index, item) in items.prefix(titleSearchDepth).enumerated() {
            guard case .paragraph(let text, let location) = item else { break }
            let line = text.trimmingWhitespace()
            if !paragraphs.isEmpty, SectionHeading.parse(line) != nil { break }
            paragraphs.append((index, line, location))
        }
        for end in paragraphs.indices {
            var withoutAgency: TitleSpan?
            for count in 1...3 where end - count + 1 >= 0 {
                let run = paragraphs[(end - count + 1)...end]
                guard run.allSatisfy({ $0.text.hasAtMostCharacters(60) && !isMetadataLine($0.text) }) else { break }
                let text = run.map(\.text).joined()
                guard looksLikeTitle(text) else { continue }
                let span = TitleSpan(text: text, location: run.first!.location, items: run.first!.index..<end + 1)
                // A year line without the agency ("2024年政府信息公开工作年度报告") takes the line above it when that
                // names one.
                if span.identity.agency.isEmpty {
                    withoutAgency = withoutAgency ?? span
                    continue
                }
                return span
            }
            if let withoutAgency { return withoutAgency }
        }
        return nil
    }

    /// The first paragraphs after any metadata lines until one ends in 报告 (titles are split over lines).
    static func firstParagraphsTitle(in items: [TikaLayout.Item]) -> TitleSpan {
        var parts: [String] = []
        var location = SourceLocation(line: 1, column: 1)
        var start = 0
        var index = 0
        while index < items.count, parts.count < 3 {
            guard case .paragraph(let text, let loc) = items[index] else { break }
            let line = text.trimmingWhitespace()
            if parts.isEmpty, isMetadataLine(line), index + 1 < min(items.count, titleSearchDepth) {
                index += 1
                start = index
                continue
            }
            if parts.isEmpty {
                location = loc
            } else if SectionHeading.parse(line) != nil || !line.hasAtMostCharacters(40) || isMetadataLine(line) {
                break
            }
            parts.append(line)
            index += 1
            if line.hasSuffix("报告") || line.hasSuffix("报告》") { break }
        }
        return TitleSpan(text: parts.joined(), location: location, items: start..<index)
    }

    /// Whether `text` reads like a report title: a year, then 信息公开 (or 政务公开) and 年度报告, briefly.
    static func looksLikeTitle(_ text: String) -> Bool {
        let compact = text.removingWhitespace()
        guard compact.hasAtMostCharacters(100),
              let disclosure = compact.fastRange(of: "信息公开") ?? compact.fastRange(of: "政务公开"),
              compact[disclosure.lowerBound...].fastContains("年度报告") || compact[disclosure.lowerBound...].fastContains("年报")
        else { return false }
        return TitleYear.find(in: Array(compact)) != nil
    }

    /// The labels that open lines of page metadata above or below a title on government sites, as UTF-8.
    static let metadataLabels: [[UInt8]] = [
        "索引号", "发布机构", "发布日期", "公开日期", "成文日期", "发布时间", "来源", "分类", "主题分类", "文号", "发文机关",
        "信息来源", "浏览次数", "字号", "【字体", "生成日期", "公开方式", "公开范围", "有效性", "所属机构", "关键词", "主题词", "体裁分类",
    ].map { Array($0.utf8) }

    /// Whether a line is page metadata: it opens with one of `metadataLabels`, compared as bytes (the labels are
    /// plain, and a mark combining with a label's last character would change nothing here).
    static func isMetadataLine(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { bytes in metadataLabels.contains { bytes.starts(with: $0) } }
    }

    /// Agency and year from a title such as `2020年椒江区人民政府行政服务中心政府信息公开工作年度报告`.
    static func identity(fromTitle title: String) -> (agency: String, year: Int?) {
        var text = title.removingWhitespace()
        var year: Int?
        let chars = Array(text)
        if let found = TitleYear.find(in: chars) {
            year = found.year
            // Cut by index rather than from `chars`: strings made of Character arrays are slow to build.
            let lower = text.index(text.startIndex, offsetBy: found.range.lowerBound)
            let upper = text.index(lower, offsetBy: found.range.count)
            text = String(text[..<lower]) + String(text[upper...])
        }
        for marker in ["政府信息公开工作年度报告", "政府信息公开年度报告", "政务公开工作年度报告", "信息公开工作年度报告", "年度报告"] {
            if let range = text.fastRange(of: marker) {
                text = String(text[..<range.lowerBound])
                break
            }
        }
        for suffix in ["关于", "的"] where text.hasSuffix(suffix) {
            text = String(text.dropLast(suffix.count))
        }
        text = trimmingTitlePunctuation(text)
        return (text, year)
    }

    /// Quotation marks and dashes around an agency's name in a title.
    static let titlePunctuation = "《》“”\"'·-—:：#*"

    /// `text.trimmingCharacters(in: CharacterSet(charactersIn: titlePunctuation))`, on scalars when the text is plain.
    static func trimmingTitlePunctuation(_ text: String) -> String {
        // Foundation trims UTF-16 units; these marks are single BMP scalars, and in plain text
        // (see `PlainText`) no unit of another scalar can be one of them, so trimming scalars agrees.
        guard text.utf8.withContiguousStorageIfAvailable({ PlainText.isPlain($0) }) == true else {
            return text.trimmingCharacters(in: CharacterSet(charactersIn: titlePunctuation))
        }
        let marks = titlePunctuation.unicodeScalars
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !marks.contains($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !marks.contains($0) })!
        return String(scalars[first...last])
    }

    /// The publication date stated near the top (发布日期/公开日期/成文日期/时间), as yyyy-MM-dd.
    static func publicationDate(in blocks: [Block]) -> String? {
        for case .paragraph(let text, _) in blocks {
            let compact = SearchText(text.removingWhitespace())
            guard let label = dateLabels.firstEntry(in: compact).map({ dateLabels.entries[$0][0] }) else { continue }
            let after = compact.text[compact.range(of: label)!.upperBound...]
            if let date = parseDate(after) { return date }
        }
        return nil
    }

    /// The labels of a publication date, tried in order.
    static let dateLabels = WordIndex(["发布日期", "公开日期", "成文日期", "发布时间", "时间"].map { [$0] })

    /// Normalises a date written as 2024-01-17, 2024年1月17日, 2024/1/17 or 2024.1.17 to yyyy-MM-dd.
    public static func normalisedDate(_ text: String) -> String? {
        parseDate(Substring(text))
    }

    /// Parses the first date like 2024-01-17, 2024年1月17日, 2024/1/17 or 2024.1.17.
    static func parseDate(_ text: Substring) -> String? {
        var numbers: [Int] = []
        var current = ""
        for ch in text {
            if ch.isASCII, ch.isNumber {
                current.append(ch)
            } else {
                if !current.isEmpty { numbers.append(Int(current)!); current = "" }
                if numbers.count == 3 { break }
                if !"-/.年月日:：".contains(ch) { if !numbers.isEmpty { break } else { continue } }
            }
        }
        if !current.isEmpty, numbers.count < 3 { numbers.append(Int(current)!) }
        guard numbers.count >= 3, (1990...2100).contains(numbers[0]), (1...12).contains(numbers[1]), (1...31).contains(numbers[2]) else { return nil }
        // The ranges above make these "%04d-%02d-%02d"; String(format:) is slow on Linux.
        func padded(_ n: Int, _ width: Int) -> String {
            let digits = String(n)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(padded(numbers[0], 4))-\(padded(numbers[1], 2))-\(padded(numbers[2], 2))"
    }
}
