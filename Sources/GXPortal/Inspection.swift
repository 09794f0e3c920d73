import Foundation
import GXBuild
import GXReport

/// How one file was read, for `gxsite inspect`: format, identity, sections, every table row with its cells and their
/// places, the figures of tables 三 and 四 (recovered ones marked), and the findings, so an office can see why a report
/// reads as it does.
public struct Inspection: Sendable {
    /// The path as given.
    public var path: String
    /// What reading the file gave.
    public var outcome: ParseOutcome

    /// Reads the file at `url` as a build would (any supported format, its sidecar included).
    public init(url: URL, path: String) {
        self.path = path
        self.outcome = InputReader.read(InputFile(path: path, url: url))
    }

    /// A cell's place as `line:column`, with the page for a paged input.
    static func place(_ l: SourceLocation) -> String {
        l.page > 0 ? "p\(l.page) \(l.line):\(l.column)" : "\(l.line):\(l.column)"
    }

    /// A cell's text for one line of output: `.` for blank, `~` after a recovered figure.
    static func shown(_ cell: Cell) -> String {
        let text: String
        switch cell.value {
        case .number(let n): text = String(n)
        case .blank: text = "."
        case .text(let t): text = "“\(t)”"
        }
        return text + (cell.isRecovered ? "~" : "")
    }

    /// The plain-text account.
    public func text() -> String {
        var out = "file: \(path)\n"
        guard let report = outcome.report else {
            out += "not read as a report\n"
            return out + findingLines()
        }
        out += "format: \(report.format)\n"
        out += "title: \(report.title) (\(Self.place(report.titleLocation)))\n"
        out += "agency: \(report.agency)\nregion: \(report.region.isEmpty ? "-" : report.region)\nyear: \(report.year)\n"
        out += "template: \(report.template.rawValue)\n"
        if let published = report.published { out += "published: \(published)\n" }
        out += "sections:\n"
        for section in report.sections {
            let kind = section.kind.map { "\($0.rawValue)" } ?? "extra"
            let tables = section.blocks.filter { if case .table = $0 { return true } else { return false } }.count
            out += "  [\(kind)] \(section.heading) (\(Self.place(section.location)))\(tables > 0 ? ", \(tables) table(s)" : "")\n"
        }
        for section in report.sections {
            for case .table(let table) in section.blocks {
                out += "table in \(section.heading) at \(Self.place(table.location))\(table.gridded ? ", on its grid" : ""):\n"
                for row in table.rows {
                    let cells = row.map { cell in
                        let text = cell.displayText.isEmpty ? "·" : cell.displayText
                        return "\(text)@\(Self.place(cell.location))\(cell.gridSpan > 1 ? "×\(cell.gridSpan)" : "")"
                    }
                    out += "  | " + cells.joined(separator: " | ") + "\n"
                }
            }
        }
        if let table = report.applications {
            out += "table 三 figures (\(ApplicantColumn.allCases.map(\.label).joined(separator: " / "))):\n"
            for row in table.rows {
                let cells = table.cells[row].map { $0.map { "\(Self.shown($0))@\(Self.place($0.location))" } } ?? []
                out += "  \(row.displayLabel): " + cells.joined(separator: "  ") + "\n"
            }
        } else {
            out += "table 三: not read\n"
        }
        if let review = report.review {
            out += "table 四 figures:\n"
            for block in ReviewBlock.allCases {
                let cells = ReviewOutcome.allCases.map { review[block, $0] }.map { "\(Self.shown($0))@\(Self.place($0.location))" }
                out += "  \(block.label): " + cells.joined(separator: "  ") + "\n"
            }
        } else {
            out += "table 四: not read\n"
        }
        return out + findingLines()
    }

    /// The findings, one a line, as `check` prints them.
    private func findingLines() -> String {
        guard !outcome.findings.isEmpty else { return "findings: none\n" }
        return "findings:\n" + outcome.findings.map { f in
            "  \(Self.place(f.location)): \(f.severity.rawValue): \(f.message) [\(f.rule)]\n"
        }.joined()
    }

    /// The JSON account: the same facts as `text()`, keyed for tools.
    public func json() -> String {
        func location(_ l: SourceLocation) -> JSONValue {
            var fields: [(String, JSONValue)] = [("line", .int(l.line)), ("column", .int(l.column))]
            if l.page > 0 { fields.append(("page", .int(l.page))) }
            return .object(fields)
        }
        func cell(_ c: Cell) -> JSONValue {
            let value: JSONValue = switch c.value {
            case .number(let n): .int(n)
            case .blank: .null
            case .text(let t): .string(t)
            }
            return .object([("raw", .string(c.raw)), ("value", value), ("recovered", .bool(c.isRecovered)), ("location", location(c.location))])
        }
        let findings = JSONValue.array(outcome.findings.map { f in
            .object([("rule", .string(f.rule)), ("severity", .string(f.severity.rawValue)), ("message", .string(f.message)),
                     ("location", location(f.location))])
        })
        guard let report = outcome.report else {
            return JSONValue.object([("file", .string(path)), ("report", .null), ("findings", findings)]).serialized()
        }
        let sections = JSONValue.array(report.sections.map { section in
            let tables = section.blocks.compactMap { block -> JSONValue? in
                guard case .table(let table) = block else { return nil }
                return .object([
                    ("location", location(table.location)), ("gridded", .bool(table.gridded)),
                    ("rows", .array(table.rows.map { row in
                        .array(row.map { c in
                            .object([("text", .string(c.displayText)), ("grid_column", .int(c.gridColumn)), ("grid_span", .int(c.gridSpan)),
                                     ("location", location(c.location))])
                        })
                    })),
                ])
            }
            return .object([("kind", section.kind.map { .int($0.rawValue) } ?? .null), ("heading", .string(section.heading)),
                             ("location", location(section.location)), ("tables", .array(tables))])
        })
        let applications: JSONValue = report.applications.map { table in
            .array(table.rows.map { row in
                .object([("row", .string(row.displayLabel)), ("cells", .array((table.cells[row].map(Array.init) ?? []).map(cell)))])
            })
        } ?? .null
        let review: JSONValue = report.review.map { review in
            .array(ReviewBlock.allCases.map { block in
                .object([("block", .string(block.label)), ("cells", .array(ReviewOutcome.allCases.map { cell(review[block, $0]) }))])
            })
        } ?? .null
        return JSONValue.object([
            ("file", .string(path)), ("format", .string(report.format)), ("title", .string(report.title)),
            ("agency", .string(report.agency)), ("region", .string(report.region)), ("year", .int(report.year)),
            ("template", .string(report.template.rawValue)), ("published", report.published.map { .string($0) } ?? .null),
            ("sections", sections), ("applications", applications), ("review_litigation", review), ("findings", findings),
        ]).serialized()
    }
}
