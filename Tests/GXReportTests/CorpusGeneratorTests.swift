import Foundation
import GXCorpus
import Testing

// These tests read the generated text back with their own tiny Tika reader instead of trusting
// the generator's grid, so a renderer bug (a shifted row, a stray TAB) cannot hide behind the
// generator agreeing with itself.

/// One cell read back from Tika text: its text (continuation lines joined by "\n") and start line.
private struct ReadCell {
    var text: String
    var line: Int

    /// The integer, if the cell holds exactly one (white space, NBSP and U+3000 ignored).
    var number: Int? { Int(trimmed) }

    var trimmed: String {
        String(text.unicodeScalars.filter { ![" ", "\t", "\u{00A0}", "\u{3000}"].contains($0) }.map(Character.init))
    }
}

/// A table 三 data row read back: its role and its seven number cells.
private struct ApplicationRow {
    enum Role { case new, carried, outcome, total, forward }
    var role: Role
    var label: String
    var cells: [ReadCell]
}

/// What the test-side reader recovers from one report.
private struct ReadReport {
    var lines: [String]
    var applications: [ApplicationRow] = []
    var reviews: [ReadCell] = []

    init(_ text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var tables: [[[ReadCell]]] = []
        var table: [[ReadCell]] = []
        var row: [ReadCell] = []
        var inCell = false
        func closeTable() {
            if !row.isEmpty { table.append(row); row = [] }
            if !table.isEmpty { tables.append(table); table = [] }
        }
        for (i, line) in lines.enumerated() {
            if line.hasPrefix("\t") {
                row.append(ReadCell(text: String(line.dropFirst()), line: i + 1))
                inCell = true
            } else if line.isEmpty || (!inCell && ReadCell(text: line, line: 0).trimmed.isEmpty) {
                if !row.isEmpty { table.append(row); row = [] }
                inCell = false
            } else if inCell {
                row[row.count - 1].text += "\n" + line
            } else {
                closeTable()
            }
        }
        closeTable()

        for table in tables {
            let texts = table.flatMap { $0.map(\.text) }
            if texts.contains(where: { $0.contains("结转下年度") || $0.contains("转结下年度") }) {
                for row in table where row.count >= 8 {
                    let label = row[row.count - 8].trimmed
                    let role: ApplicationRow.Role
                    if label.contains("本年新收") { role = .new }
                    else if label.contains("上年结转") || label.contains("上年转结") { role = .carried }
                    else if label == "（七）总计" { role = .total }
                    else if label.contains("下年度") { role = .forward }
                    else if label.hasPrefix("（") || label.first?.isNumber == true { role = .outcome }
                    else { continue }
                    applications.append(ApplicationRow(role: role, label: label, cells: Array(row.suffix(7))))
                }
            }
            if texts.contains("复议后起诉"), let last = table.last, last.count == 15 {
                reviews = last
            }
        }
    }

    func rows(_ role: ApplicationRow.Role) -> [ApplicationRow] { applications.filter { $0.role == role } }

    /// The application or review cell that starts on `line`, with its row and column.
    func cell(at line: Int) -> (row: ApplicationRow?, column: Int, cell: ReadCell)? {
        for row in applications {
            if let c = row.cells.firstIndex(where: { $0.line == line }) { return (row, c, row.cells[c]) }
        }
        if let i = reviews.firstIndex(where: { $0.line == line }) { return (nil, i, reviews[i]) }
        return nil
    }

    /// Every equation of docs/validation-rules.md that fails, as (rule, line of the total cell).
    func brokenEquations() -> [(String, Int)] {
        var broken: [(String, Int)] = []
        for row in applications {
            let values = row.cells.compactMap(\.number)
            if values.count == 7, values[0..<6].reduce(0, +) != values[6] { broken.append(("row-sum", row.cells[6].line)) }
        }
        let outcomes = rows(.outcome)
        if let total = rows(.total).first, let new = rows(.new).first, let carried = rows(.carried).first,
           let forward = rows(.forward).first {
            for c in 0..<7 {
                let parts = outcomes.map { $0.cells[c].number }
                if let t = total.cells[c].number, !parts.contains(where: { $0 == nil }),
                   parts.reduce(0, { $0 + $1! }) != t {
                    broken.append(("outcome-sum", total.cells[c].line))
                }
                if let n = new.cells[c].number, let k = carried.cells[c].number, let t = total.cells[c].number,
                   let f = forward.cells[c].number, n + k != t + f {
                    broken.append(("reconciliation", forward.cells[c].line))
                }
            }
        }
        if reviews.count == 15 {
            for block in 0..<3 {
                let values = reviews[(block * 5)..<(block * 5 + 5)].compactMap(\.number)
                if values.count == 5, values[0] + values[1] + values[2] + values[3] != values[4] {
                    broken.append(("review-sum", reviews[block * 5 + 4].line))
                }
            }
        }
        return broken
    }

    /// The counts 总体情况 states, by word (收到, 办结, 行政复议, 行政诉讼).
    func claims() -> [String: Int] {
        var found: [String: Int] = [:]
        for line in lines {
            if line.hasPrefix("二、") || line.hasPrefix("2、") { break }
            for (word, key) in [("本年度共收到政府信息公开申请", "收到"), ("件，办结", "办结"), ("行政复议", "行政复议"), ("行政诉讼", "行政诉讼")] {
                var rest = Substring(line)
                while let range = rest.range(of: word) {
                    rest = rest[range.upperBound...]
                    let digits = rest.prefix(while: \.isNumber)
                    if !digits.isEmpty, rest.dropFirst(digits.count).hasPrefix("件") { found[key] = Int(digits) }
                }
            }
        }
        return found
    }
}

/// Corpora shared by several tests (generation is deterministic, so sharing changes nothing).
private enum SharedCorpora {
    static let small = CorpusGenerator(count: 600, errorRate: 0.1, seed: 11).generate()
    static let large = CorpusGenerator(count: 2_000, errorRate: 0.1, seed: 2024).generate()
}

private func deadline(agency: String, year: Int) -> String {
    // A government's own report may wait until 3月31日; a town government is not one.
    let government = agency.hasSuffix("人民政府") && !agency.hasSuffix("镇人民政府")
    return government ? "\(year + 1)-03-31" : "\(year + 1)-01-31"
}

@Suite("Corpus generator")
struct CorpusGeneratorTests {
    @Test("the same seed gives identical files and truth; another seed does not", arguments: [UInt64(1), 7, 123_456_789])
    func determinism(seed: UInt64) {
        let a = CorpusGenerator(count: 250, errorRate: 0.2, seed: seed).generate()
        let b = CorpusGenerator(count: 250, errorRate: 0.2, seed: seed).generate()
        #expect(a.files == b.files)
        #expect(a.truth == b.truth)
        #expect(a.groundTruthJSON() == b.groundTruthJSON())
        let c = CorpusGenerator(count: 250, errorRate: 0.2, seed: seed &+ 1).generate()
        #expect(a.files.map(\.contents) != c.files.map(\.contents))
        #expect(a.truth != c.truth)
    }

    @Test("file count and share of files with injected errors", arguments: zip([300, 500, 200, 40, 1], [0.1, 0.25, 0.0, 1.0, 0.5]))
    func countAndErrorShare(count: Int, rate: Double) {
        let corpus = CorpusGenerator(count: count, errorRate: rate, seed: 5).generate()
        #expect(corpus.files.count == count)
        #expect(Set(corpus.files.map(\.name)).count == count)
        let injected = Set(corpus.truth.map(\.file))
        #expect(injected.count == Int((Double(count) * rate).rounded()))
        #expect(injected.isSubset(of: Set(corpus.files.map(\.name))))
        let names = corpus.files.map(\.name)
        #expect(names == names.sorted())
    }

    @Test("every clean report satisfies every rule when read back from its text")
    func cleanReportsObeyEveryRule() {
        let corpus = SharedCorpora.small
        let injected = Set(corpus.truth.map(\.file))
        var busy = 0
        var checked = 0
        for file in corpus.files where !injected.contains(file.name) {
            let report = ReadReport(file.contents)
            checked += 1
            #expect(report.applications.count == (file.year <= 2020 ? 23 : 25), "\(file.name)")
            #expect(report.applications.allSatisfy { $0.cells.allSatisfy { $0.number != nil } }, "\(file.name)")
            #expect(report.reviews.count == 15 && report.reviews.allSatisfy { $0.number != nil }, "\(file.name)")
            #expect(report.brokenEquations().isEmpty, "\(file.name): \(report.brokenEquations())")

            let received = report.rows(.new).first?.cells[6].number
            let concluded = report.rows(.total).first?.cells[6].number
            if (received ?? 0) >= 10 { busy += 1 }
            let claims = report.claims()
            if let n = claims["收到"] { #expect(n == received, "\(file.name)") }
            if let n = claims["办结"] { #expect(n == concluded, "\(file.name)") }
            if let n = claims["行政复议"] { #expect(n == report.reviews[4].number, "\(file.name)") }
            if let n = claims["行政诉讼"] { #expect(n == report.reviews[9].number! + report.reviews[14].number!, "\(file.name)") }

            for heading in ["总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情", "行政复议、行政诉讼情况", "存在的主要问题", "其他需要报告的事项"] {
                #expect(report.lines.contains { $0.contains(heading) && !$0.hasPrefix("\t") && $0.count < 70 }, "\(file.name) lacks \(heading)")
            }
            if let dateLine = report.lines.first(where: { $0.hasPrefix("公开日期：") }) {
                #expect(String(dateLine.dropFirst(5)) <= deadline(agency: file.agency, year: file.year), "\(file.name)")
            }
        }
        #expect(checked == corpus.files.count - injected.count)
        // About 15% of agencies are busy; allow wide margins, but some must be.
        #expect(busy > checked / 30 && busy < checked / 2, "busy reports: \(busy) of \(checked)")
    }

    @Test("carry-over holds across consecutive years of clean reports")
    func carryOverHolds() {
        let corpus = SharedCorpora.small
        let injected = Set(corpus.truth.map(\.file))
        var byAgency: [String: [Int: ReadReport]] = [:]
        for file in corpus.files where !injected.contains(file.name) {
            byAgency[file.agency, default: [:]][file.year] = ReadReport(file.contents)
        }
        var pairs = 0
        var nonZero = 0
        for years in byAgency.values {
            for (year, report) in years {
                guard let previous = years[year - 1] else { continue }
                let carried = report.rows(.carried).first!.cells.map(\.number)
                let forward = previous.rows(.forward).first!.cells.map(\.number)
                #expect(carried == forward)
                pairs += 1
                if forward.contains(where: { ($0 ?? 0) > 0 }) { nonZero += 1 }
            }
        }
        #expect(pairs > 100)
        #expect(nonZero > 0, "no agency ever carried applications over")
    }

    @Test("every rule kind appears in the truth of a 2,000-report corpus")
    func everyRuleAppears() {
        let rules = Set(SharedCorpora.large.truth.map(\.rule))
        let expected: Set = [
            "reconciliation", "outcome-sum", "row-sum", "review-sum", "blank-cell", "non-numeric-cell",
            "missing-section", "unparsed-table", "template-mismatch", "carry-over", "narrative-mismatch",
            "duplicate-report", "late-publication", "recovered-table",
        ]
        #expect(rules == expected)
        for entry in SharedCorpora.large.truth {
            let errors: Set = ["reconciliation", "outcome-sum", "row-sum", "review-sum", "missing-section", "unparsed-table", "duplicate-report"]
            #expect(entry.severity == (errors.contains(entry.rule) ? "error" : "warning"))
        }
        let truth = SharedCorpora.large.truth
        #expect(truth == truth.sorted { ($0.file, $0.line, $0.column, $0.rule) < ($1.file, $1.line, $1.column, $1.rule) })
    }

    @Test("ground-truth locations point at the right cell or text")
    func locationsPointAtTheirCells() throws {
        let corpus = SharedCorpora.large
        let files = Dictionary(uniqueKeysWithValues: corpus.files.map { ($0.name, $0) })
        var reports: [String: ReadReport] = [:]
        for entry in corpus.truth {
            let file = try #require(files[entry.file])
            let report = reports[entry.file] ?? ReadReport(file.contents)
            reports[entry.file] = report
            let line = report.lines[entry.line - 1]
            let characters = Array(line)
            let context = "\(entry.file):\(entry.line):\(entry.column) \(entry.rule)"
            switch entry.rule {
            case "row-sum", "outcome-sum", "reconciliation", "review-sum", "blank-cell", "non-numeric-cell", "carry-over":
                #expect(entry.column == 2 && line.hasPrefix("\t"), "\(context)")
                let found = try #require(report.cell(at: entry.line), "\(context): no number cell there")
                switch entry.rule {
                case "row-sum":
                    #expect(found.column == 6 && found.row != nil, "\(context)")
                case "outcome-sum":
                    #expect(found.row?.role == .total, "\(context)")
                case "reconciliation":
                    #expect(found.row?.role == .forward, "\(context)")
                case "carry-over":
                    #expect(found.row?.role == .carried, "\(context)")
                case "review-sum":
                    #expect(found.row == nil && found.column % 5 == 4, "\(context)")
                case "blank-cell":
                    #expect(found.cell.trimmed.isEmpty || found.cell.trimmed == "/", "\(context)")
                    #expect(characters.count == 1 || characters[1] == found.cell.text.first, "\(context)")
                default:
                    #expect(found.cell.number == nil && !found.cell.trimmed.isEmpty && found.cell.trimmed != "/", "\(context)")
                }
                if ["row-sum", "outcome-sum", "reconciliation", "review-sum"].contains(entry.rule) {
                    #expect(report.brokenEquations().contains { $0 == (entry.rule, entry.line) }, "\(context): equation holds")
                    #expect(characters[1] == found.cell.text.first, "\(context)")
                }
            case "narrative-mismatch":
                #expect(characters[entry.column - 1].isNumber, "\(context)")
                let before = String(characters[..<(entry.column - 1)])
                #expect(["申请", "办结", "行政复议", "行政诉讼"].contains { before.hasSuffix($0) }, "\(context)")
            case "late-publication":
                #expect(entry.column == 1 && line.hasPrefix("公开日期："), "\(context)")
                #expect(String(line.dropFirst(5)) > deadline(agency: file.agency, year: file.year), "\(context)")
            case "template-mismatch":
                #expect(entry.column == 2 && line.hasPrefix("\t（本列数据的勾稽关系为"), "\(context)")
                #expect(report.applications.count == (file.year <= 2020 ? 25 : 23), "\(context)")
            case "unparsed-table":
                #expect(entry.column == 1 && line.contains("行政复议、行政诉讼情况"), "\(context)")
                #expect(report.reviews.isEmpty && report.lines[entry.line].hasPrefix("行政复议"), "\(context)")
            case "recovered-table":
                #expect(entry.column == 1 && line.contains("行政复议、行政诉讼情况"), "\(context)")
                #expect(report.reviews.isEmpty && report.lines[entry.line].hasPrefix("行政复议行政诉讼结果维持"), "\(context)")
            case "missing-section", "duplicate-report":
                #expect(entry.line == 1 && entry.column == 1, "\(context)")
            default:
                Issue.record("unexpected rule \(context)")
            }
        }
        // Every arithmetic break the reader sees in an injected file is in the truth.
        let located = Set(corpus.truth.map { "\($0.file):\($0.line):\($0.rule)" })
        for (name, report) in reports {
            for (rule, line) in report.brokenEquations() {
                #expect(located.contains("\(name):\(line):\(rule)"), "\(name):\(line) \(rule) missing from the truth")
            }
        }
    }

    @Test("a duplicate's finding sits on the copy published: the first of its agency and year in path order")
    func duplicatesFollowTheirOriginal() {
        let corpus = SharedCorpora.large
        let byName = Dictionary(uniqueKeysWithValues: corpus.files.map { ($0.name, $0) })
        let duplicates = corpus.truth.filter { $0.rule == "duplicate-report" }
        #expect(!duplicates.isEmpty)
        for entry in duplicates {
            let kept = byName[entry.file]!
            let sameReport = corpus.files.filter { $0.agency == kept.agency && $0.year == kept.year }
            #expect(sameReport.count == 2)
            #expect(sameReport.map(\.name).sorted().first == kept.name)
        }
    }

    @Test("write(to:) writes the same files and a decodable ground-truth.json")
    func writesFilesAndGroundTruth() throws {
        struct GroundTruth: Decodable {
            var generator: String
            var seed: UInt64
            var count: Int
            var injected: [InjectedError]
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gxcorpus-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let generator = CorpusGenerator(count: 120, errorRate: 0.3, seed: 99)
        let summary = try generator.write(to: directory)
        let corpus = generator.generate()
        #expect(summary.files == 120)
        #expect(summary.findings == corpus.truth.count)
        for file in corpus.files {
            let data = try Data(contentsOf: directory.appendingPathComponent(file.name))
            #expect(data == Data(file.contents.utf8))
        }
        let json = try Data(contentsOf: directory.appendingPathComponent("ground-truth.json"))
        #expect(String(decoding: json, as: UTF8.self) == corpus.groundTruthJSON())
        let truth = try JSONDecoder().decode(GroundTruth.self, from: json)
        #expect(truth.generator == CorpusGenerator.generatorName)
        #expect(truth.seed == 99 && truth.count == 120)
        #expect(truth.injected == corpus.truth)
    }
}
