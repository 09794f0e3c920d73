/// Rebuilds tables 三 and 四 from crawled text, where each row's cells were glued into one paragraph
/// (`一、本年新收政府信息公开申请数量640020470`), but only where the template's equations allow exactly one reading.
///
/// A row of table 三 is split into its seven figures so that 总计 = 自然人 + the five 法人 columns; where a row admits
/// several splits, the rows' choices are settled together by the equations between rows (per column, 一 + 二 =
/// （七）总计 + 四, and （七）总计 = the outcome rows). Table 四's fifteen figures are split into three blocks whose
/// 总计 is the sum of the other four. No split, or more than one: the table is not read.
struct FlattenedTableReader {
    /// The input's path, for findings.
    var source: String
    /// Every text is known to be plain (see `PlainText`).
    var plain = false

    /// A paragraph read as a glued row: the words before the digits at its end, the digits, and where each digit is.
    struct GluedLine {
        /// The text before the trailing digits, white space removed.
        var label: String
        /// The trailing digits' values, white space between them dropped.
        var digits: [UInt8]
        /// Whether each digit follows white space within the run (a border between figures the text kept).
        var breaks: [Bool]
        /// Each digit's place in the source.
        var places: [SourceLocation]
        /// Where the paragraph starts.
        var location: SourceLocation
    }

    /// A paragraph split into its label and trailing digits (ASCII or full-width); `offset` counts the characters of
    /// earlier paragraphs at the same place (lines an HTML `<br>` broke), so that every digit keeps a place of its own.
    static func gluedLine(_ text: String, at location: SourceLocation, offset: Int = 0) -> GluedLine {
        let characters = Array(text)
        var start = characters.count
        while start > 0, let c = characters[start - 1].unicodeScalars.first, characters[start - 1].unicodeScalars.count == 1,
              digit(c) != nil || c.properties.isWhitespace {
            start -= 1
        }
        var digits: [UInt8] = []
        var breaks: [Bool] = []
        var places: [SourceLocation] = []
        var afterSpace = false
        for i in start..<characters.count {
            guard let d = characters[i].unicodeScalars.first.flatMap(digit) else {
                afterSpace = true
                continue
            }
            breaks.append(afterSpace && !digits.isEmpty)
            afterSpace = false
            digits.append(d)
            places.append(SourceLocation(line: location.line, column: location.column + offset + i, page: location.page))
        }
        let label = String(characters[..<start]).removingWhitespace()
        return GluedLine(label: label, digits: digits, breaks: breaks, places: places, location: location)
    }

    /// A digit's value, ASCII or full-width.
    static func digit(_ scalar: Unicode.Scalar) -> UInt8? {
        switch scalar.value {
        case 0x30...0x39: UInt8(scalar.value - 0x30)
        case 0xFF10...0xFF19: UInt8(scalar.value - 0xFF10)
        default: nil
        }
    }

    /// A glued label cut where each template label part starts (`三、本年度办理结果（一）予以公开` → two parts), so that
    /// `ApplicationRow.match` sees the row's own words last, as it does in a table.
    static func labelParts(_ label: String) -> [String] {
        var parts: [String] = []
        var current = ""
        let characters = Array(label)
        for (i, c) in characters.enumerated() {
            // Only a numbered group （一）…（七） opens a part: other parentheses are notes inside a label.
            let opensGroup = (c == "（" || c == "(") && i + 2 < characters.count && SectionHeading.chineseDigits[characters[i + 1]] != nil
                && (characters[i + 2] == "）" || characters[i + 2] == ")")
            let opensItem = c.isASCII && c.isNumber && i + 1 < characters.count && ".．、".contains(characters[i + 1])
                && (i == 0 || !(characters[i - 1].isASCII && characters[i - 1].isNumber))
            if (opensGroup || opensItem), !current.isEmpty {
                parts.append(current)
                current = ""
            }
            current.append(c)
        }
        if !current.isEmpty { parts.append(current) }
        return parts
    }

    // MARK: Table 三

    /// Table 三 rebuilt from the section's glued rows; nil when the section holds none.
    func readApplications(_ section: Section) -> (table: ApplicationTable?, findings: [Finding])? {
        var group: ApplicationRow.Group?
        var rows: [(row: ApplicationRow, line: GluedLine)] = []
        var seen = Set<ApplicationRow>()
        var repeated: (SourceLocation, String)?
        var offsets = Offsets()
        for case .paragraph(let text, let location) in section.blocks {
            let line = Self.gluedLine(text, at: location, offset: offsets.next(text, at: location))
            let parts = Self.labelParts(line.label)
            if line.digits.isEmpty {
                // A group label on a line of its own (`三、本年度办理结果`) opens the group for the rows below.
                if line.label.count <= 24, !line.label.contains(where: { "。，；：".contains($0) }) {
                    _ = ApplicationRow.match(labels: parts, current: &group, plain: plain)
                }
                continue
            }
            guard !parts.isEmpty, let row = ApplicationRow.match(labels: parts, current: &group, plain: plain) else { continue }
            guard seen.insert(row).inserted else {
                if repeated == nil { repeated = (location, Messages.repeatedRow(row.displayLabel)) }
                continue
            }
            rows.append((row, line))
        }
        guard let first = rows.first else { return nil }
        if let (location, message) = repeated { return (nil, [unparsed(location, message)]) }
        let sample = String((first.line.label + first.line.digits.map(String.init).joined()).prefix(30))
        switch solveApplications(rows.map { ($0.row, $0.line.digits, $0.line.breaks) }) {
        case .none:
            return (nil, [unparsed(section.location, Messages.unsplittableTable(.applications, sample: sample, ambiguous: false))])
        case .several:
            return (nil, [unparsed(section.location, Messages.unsplittableTable(.applications, sample: sample, ambiguous: true))])
        case .one(let figures):
            var table = ApplicationTable(location: first.line.location)
            for (index, (row, line)) in rows.enumerated() {
                table.add(row, cells: figures[index].map { Self.cell($0, in: line) }, label: line.location)
            }
            var findings = [Rule.recoveredTable.finding(file: source, at: table.location, Messages.recoveredTable(.applications),
                                                        where: Messages.whereApplicationTable)]
            let expected = rows.contains { [.otherNoCorrection, .otherUnpaidFee, .otherOther].contains($0.row) }
                ? ApplicationRow.rows2021 : ApplicationRow.rows2019
            let absent = expected.filter { !seen.contains($0) }.map(\.displayLabel)
            if !absent.isEmpty { findings.append(unparsed(table.location, Messages.missingRows(absent))) }
            return (table, findings)
        }
    }

    /// How many readings a flattened table has: none, exactly one (its figures, by row), or several.
    enum Solution: Equatable {
        /// No split satisfies the equations.
        case none
        /// Exactly one does: each row's figures.
        case one([[DigitSplitter.Figure]])
        /// Several do, or the search passed its bound.
        case several
    }

    /// The one reading of table 三's glued rows, given in source order, if there is exactly one.
    func solveApplications(_ rows: [(row: ApplicationRow, digits: [UInt8], breaks: [Bool])]) -> Solution {
        var candidates: [[[DigitSplitter.Figure]]] = []
        for (_, digits, breaks) in rows {
            guard let splits = DigitSplitter.placedSplits(digits, breaks: breaks, groups: 1, size: ApplicationTable.width,
                                                          limit: DigitSplitter.bound) else { return .several }
            if splits.isEmpty { return .none }
            candidates.append(splits)
        }
        let open = candidates.indices.filter { candidates[$0].count > 1 }
        // Rows each fixed by their own equation are taken as they are: an equation between rows that they break
        // is the validator's to report, not a reason to drop the table.
        guard !open.isEmpty else { return .one(candidates.map { $0[0] }) }
        let index = Dictionary(uniqueKeysWithValues: rows.enumerated().map { ($0.element.row, $0.offset) })
        let is2021 = rows.contains { [.otherNoCorrection, .otherUnpaidFee, .otherOther].contains($0.row) }
        let outcomes = ApplicationRow.outcomeRows(in: is2021 ? ApplicationRow.rows2021 : ApplicationRow.rows2019)
        // Each equation as the rows on its two sides; only those with all their rows read and touching an open row count.
        var equations: [(left: [Int], right: [Int])] = []
        let outcomeRows = outcomes.compactMap { index[$0] }
        if outcomeRows.count == outcomes.count, let total = index[.total] { equations.append((outcomeRows, [total])) }
        if let new = index[.new], let carried = index[.carriedOver], let total = index[.total], let forward = index[.carriedForward] {
            equations.append(([new, carried], [total, forward]))
        }
        equations = equations.filter { ($0.left + $0.right).contains { candidates[$0].count > 1 } }
        var choice = candidates.map { $0[0] }
        var found: [[DigitSplitter.Figure]]?
        var count = 0
        var tried = 0
        func holds() -> Bool {
            for (left, right) in equations {
                for column in 0..<ApplicationTable.width {
                    let l = left.reduce(0) { $0 + choice[$1][column].value }
                    let r = right.reduce(0) { $0 + choice[$1][column].value }
                    if l != r { return false }
                }
            }
            return true
        }
        func choose(_ k: Int) {
            if count > 1 || tried > DigitSplitter.bound { return }
            if k == open.count {
                tried += 1
                if holds() {
                    count += 1
                    found = choice
                }
                return
            }
            for split in candidates[open[k]] {
                choice[open[k]] = split
                choose(k + 1)
            }
        }
        choose(0)
        if tried > DigitSplitter.bound || count > 1 { return .several }
        return found.map { .one($0) } ?? .none
    }

    // MARK: Table 四

    /// Characters of table 四's header words, which may precede its glued figures.
    static let reviewHeaderCharacters = Set("行政复议诉讼结果维持纠正其他尚未审结总计未经直接起后")

    /// Table 四 rebuilt from the section's glued figures (one or two lines after the glued headers); nil when none.
    func readReview(_ section: Section) -> (table: ReviewTable?, findings: [Finding])? {
        var lines: [GluedLine] = []
        var offsets = Offsets()
        for case .paragraph(let text, let location) in section.blocks {
            let line = Self.gluedLine(text, at: location, offset: offsets.next(text, at: location))
            if !line.digits.isEmpty, line.label.allSatisfy(Self.reviewHeaderCharacters.contains) {
                lines.append(line)
            } else if !lines.isEmpty {
                break
            }
        }
        guard let first = lines.first else { return nil }
        let digits = lines.flatMap(\.digits)
        // A new line starts a new figure, as white space does.
        let breaks = lines.enumerated().flatMap { n, line in line.breaks.enumerated().map { $0.offset == 0 ? n > 0 : $0.element } }
        let places = lines.flatMap(\.places)
        let sample = String((first.label + first.digits.map(String.init).joined()).prefix(30))
        guard let splits = DigitSplitter.placedSplits(digits, breaks: breaks, groups: ReviewBlock.allCases.count, size: ReviewOutcome.allCases.count) else {
            return (nil, [unparsed(section.location, Messages.unsplittableTable(.reviewLitigation, sample: sample, ambiguous: true))])
        }
        guard splits.count == 1 else {
            let message = Messages.unsplittableTable(.reviewLitigation, sample: sample, ambiguous: !splits.isEmpty)
            return (nil, [unparsed(section.location, message)])
        }
        let cells = splits[0].map { figure in
            Cell(raw: Cell.text(of: figure.value), value: .number(figure.value), location: places[figure.offset], recovered: true)
        }
        // On the heading, as `unparsed-table` would be: the glued line may start with a figure, whose cell it would flag.
        let finding = Rule.recoveredTable.finding(file: source, at: section.location, Messages.recoveredTable(.reviewLitigation),
                                                  where: Messages.whereReviewTable)
        return (ReviewTable(cells: cells, location: first.location), [finding])
    }

    // MARK: Helpers

    /// The characters already read at each place: paragraphs an HTML `<br>` broke out of one element share its place.
    struct Offsets {
        /// Characters read so far by place.
        private var used: [SourceLocation: Int] = [:]

        /// The offset of `text` at `location`, counting it as read.
        mutating func next(_ text: String, at location: SourceLocation) -> Int {
            let offset = used[location, default: 0]
            used[location] = offset + text.count + 1
            return offset
        }
    }

    /// A recovered cell of `line`, placed at its figure's first digit.
    static func cell(_ figure: DigitSplitter.Figure, in line: GluedLine) -> Cell {
        Cell(raw: Cell.text(of: figure.value), value: .number(figure.value), location: line.places[figure.offset], recovered: true)
    }

    /// An `unparsed-table` finding.
    func unparsed(_ location: SourceLocation, _ message: String) -> Finding {
        Rule.unparsedTable.finding(file: source, at: location, message)
    }
}
