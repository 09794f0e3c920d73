@testable import GXReport

/// Turns a report in Tika's layout into the text a crawler exports: each table row's cell texts glued into one line,
/// and each section heading run together with the line after it.
enum Flattening {
    /// Figures to write in place of the report's own: table 三 by row (seven each), table 四 (fifteen).
    struct Figures {
        /// Table 三's rows.
        var applications: [ApplicationRow: [Int]] = [:]
        /// Table 四's fifteen figures.
        var review: [Int]?
    }

    /// The crawled text of `tika`, with `figures` in place of the tables' own where given.
    static func flatten(_ tika: String, figures: Figures = Figures()) -> String {
        var lines: [String] = []
        var section: SectionKind?
        var headingPending = false
        func emit(_ line: String) {
            if headingPending, !lines.isEmpty {
                lines[lines.count - 1] += line
                headingPending = false
            } else {
                lines.append(line)
            }
        }
        for item in TikaLayout.items(of: tika) {
            switch item {
            case .paragraph(let text, _):
                let trimmed = text.trimmingWhitespace()
                if let heading = SectionHeading.parse(trimmed), let kind = heading.kind {
                    section = kind
                    emit(trimmed)
                    headingPending = true
                } else {
                    emit(trimmed)
                }
            case .table(let table):
                var group: ApplicationRow.Group?
                for row in table.rows {
                    var texts = row.map { $0.text.removingWhitespace() }
                    if section == .applications, texts.count >= 8 {
                        let labels = Array(texts.dropLast(7))
                        if let kind = ApplicationRow.match(labels: labels, current: &group), let values = figures.applications[kind] {
                            texts = labels + values.map(String.init)
                        }
                    } else if section == .reviewLitigation, texts.count >= 15, let values = figures.review,
                              texts.suffix(15).allSatisfy({ $0.isEmpty || $0.allSatisfy(\.isNumber) }) {
                        texts = Array(texts.dropLast(15)) + values.map(String.init)
                    }
                    let line = texts.joined()
                    if !line.isEmpty { emit(line) }
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// The independent check: every composition of a digit string into figures, then the template's equations.
enum BruteForce {
    /// Every way to cut `digits` into `parts` figures (no leading zero except a lone 0, at most twelve digits).
    static func compositions(_ digits: String, parts: Int) -> [[Int]] {
        let characters = Array(digits)
        var result: [[Int]] = []
        var current: [Int] = []
        func cut(_ start: Int) {
            if current.count == parts {
                if start == characters.count { result.append(current) }
                return
            }
            guard start < characters.count else { return }
            for end in (start + 1)...characters.count {
                let piece = characters[start..<end]
                if piece.count > 1, piece.first == "0" { break }
                if piece.count > 12 { break }
                current.append(Int(String(piece))!)
                cut(end)
                current.removeLast()
            }
        }
        cut(0)
        return result
    }

    /// The splits of a glued table 三 row that satisfy its row equation.
    static func rowSplits(_ digits: String) -> [[Int]] {
        compositions(digits, parts: 7).filter { $0[6] == $0[..<6].reduce(0, +) }
    }

    /// The splits of table 四's glued figures whose three blocks each add up.
    static func reviewSplits(_ digits: String) -> [[Int]] {
        // Every cut into three blocks, then every composition of each block into five figures.
        let characters = Array(digits)
        func block(_ range: Range<Int>) -> [[Int]] {
            compositions(String(characters[range]), parts: 5).filter { $0[4] == $0[..<4].reduce(0, +) }
        }
        var result: [[Int]] = []
        for i in 0...characters.count {
            for j in i...characters.count {
                for a in block(0..<i) { for b in block(i..<j) { for c in block(j..<characters.count) { result.append(a + b + c) } } }
            }
        }
        return result
    }

    /// Table 三's one reading, or nil when it has none or several: rows unique by their own equation are fixed; the
    /// others are chosen together so that every column equation touching them holds.
    static func table(_ rows: [(ApplicationRow, String)]) -> [ApplicationRow: [Int]]? {
        let splits = rows.map { rowSplits($0.1) }
        guard splits.allSatisfy({ !$0.isEmpty }) else { return nil }
        let kinds = rows.map(\.0)
        let is2021 = kinds.contains(.otherOther)
        let outcomes = ApplicationRow.outcomeRows(in: is2021 ? ApplicationRow.rows2021 : ApplicationRow.rows2019)
        let open = Set(rows.indices.filter { splits[$0].count > 1 }.map { kinds[$0] })
        var solutions: [[ApplicationRow: [Int]]] = []
        var choice: [ApplicationRow: [Int]] = [:]
        func check() -> Bool {
            for column in 0..<7 {
                let v = { (row: ApplicationRow) in choice[row]![column] }
                if outcomes.allSatisfy({ choice[$0] != nil }), choice[.total] != nil, !open.isDisjoint(with: outcomes + [.total]),
                   outcomes.map(v).reduce(0, +) != v(.total) { return false }
                let reconciled: [ApplicationRow] = [.new, .carriedOver, .total, .carriedForward]
                if reconciled.allSatisfy({ choice[$0] != nil }), !open.isDisjoint(with: reconciled),
                   v(.new) + v(.carriedOver) != v(.total) + v(.carriedForward) { return false }
            }
            return true
        }
        func choose(_ i: Int) {
            if solutions.count > 1 { return }
            if i == rows.count {
                if check() { solutions.append(choice) }
                return
            }
            for split in splits[i] {
                choice[kinds[i]] = split
                choose(i + 1)
            }
        }
        choose(0)
        return solutions.count == 1 ? solutions[0] : nil
    }
}

/// Handmade crawled reports: every heading inline, table 三's rows glued with their group labels, table 四's figures
/// on one line after its glued headers.
enum CrawledText {
    /// The glued label of a row: its group's label first when the row opens the group, as crawlers glue merged cells.
    static func label(_ row: ApplicationRow, after previous: ApplicationRow?) -> String {
        if row == .granted { return "三、本年度办理结果" + row.label }
        guard let group = row.group, group.hasPrefix("（"), group != previous?.group else { return row.label }
        return group + row.label
    }

    /// A whole crawled report of `year` whose table 三 rows (those given, in template order) glue the given digits.
    static func report(rows: [ApplicationRow: String], review: String = "000000000000000", year: Int = 2020,
                       template: [ApplicationRow] = ApplicationRow.rows2019) -> String {
        var lines = [
            "某某县测试局\(year)年政府信息公开工作年度报告",
            "一、总体情况\(year)年，本局认真贯彻落实《条例》，全年共收到政府信息公开申请若干件。",
            "二、主动公开政府信息情况本年度主动公开政府信息20条。",
            "三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
            "申请人情况自然人法人或其他组织总计",
            "商业企业科研机构社会公益组织法律服务机构其他",
        ]
        var previous: ApplicationRow?
        for row in template {
            guard let digits = rows[row] else { continue }
            lines.append(label(row, after: previous) + digits)
            previous = row
        }
        lines += [
            "四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼",
            "结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉",
            "结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计",
            review,
            "五、存在的主要问题及改进情况本局政府信息公开工作仍有不足。",
            "六、其他需要报告的事项本年度未收取信息处理费。",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// Table 三 rows of the 2019 template: every row "0000000" except those given.
    static func rows(_ given: [ApplicationRow: String]) -> [ApplicationRow: String] {
        var rows = Dictionary(uniqueKeysWithValues: ApplicationRow.rows2019.map { ($0, "0000000") })
        rows.merge(given) { $1 }
        return rows
    }
}
