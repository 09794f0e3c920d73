import GXBuild
import GXReport

/// The open-data form of a report (`data/reports.json`, `report.json`): the keys below, in this order; a blank or
/// non-numeric cell is null.
enum ReportJSON {
    /// The object of `entry`, with its text reuse when it was compared.
    static func object(for entry: ReportEntry, reuse: ReportReuse? = nil) -> JSONValue {
        let r = entry.report
        var pairs: [(String, JSONValue)] = [
            ("id", .string(entry.id)),
            ("agency", .string(r.agency)),
            ("region", .string(r.region)),
            ("year", .int(r.year)),
            ("template", .string(r.template.rawValue)),
            ("source", .string(r.source)),
            ("page", .string(entry.page)),
            ("status", .string(entry.status.rawValue)),
            ("format", .string(r.format)),
        ]
        if let published = r.published { pairs.append(("published", .string(published))) }
        if let url = r.sourceURL { pairs.append(("source_url", .string(url))) }
        if entry.offersOriginal { pairs.append(("original", .string(entry.page + entry.originalName))) }
        pairs.append(("applications", applications(r.applications)))
        pairs.append(("review_litigation", review(r.review)))
        let recovered = recoveredCells(r)
        if !recovered.isEmpty { pairs.append(("recovered", .array(recovered.map(JSONValue.string)))) }
        if let d = r.disclosure { pairs.append(("disclosure", disclosure(d))) }
        if let version = entry.version { pairs.append(("version", .int(version))) }
        if !entry.earlierVersions.isEmpty { pairs.append(("corrections", corrections(entry))) }
        if let reuse { pairs.append(("reuse", Self.reuse(reuse))) }
        pairs.append(("findings", .array(entry.findings.map(finding))))
        return .object(pairs)
    }

    /// Text reuse: own and repeated characters, the share in whole percent (null when not measured), the previous
    /// report, the other agencies' reports sharing passages, and every passage (offsets in the compared letters).
    static func reuse(_ reuse: ReportReuse) -> JSONValue {
        func link(_ l: ReportReuse.Link) -> [(String, JSONValue)] {
            [("id", .string(l.id)), ("agency", .string(l.agency)), ("year", .int(l.year)), ("page", .string(l.page))]
        }
        return .object([
            ("own_chars", .int(reuse.reuse.own)),
            ("reused_chars", .int(reuse.reuse.reused)),
            ("percent", reuse.percent.map(JSONValue.int) ?? .null),
            ("previous", reuse.previous.map { .object(link($0)) } ?? .null),
            ("shared_with", .array(reuse.shared.map {
                .object(link($0.link) + [("passages", .int($0.passages)), ("longest", .int($0.longest))])
            })),
            ("passages", .array(reuse.passages.map { p in
                .object([("section", .int(p.passage.section)), ("start", .int(p.passage.range.lowerBound)),
                         ("length", .int(p.passage.range.count)), ("own_chars", .int(p.passage.own)),
                         ("source", .string(p.link.id)), ("previous", .bool(p.fromPrevious)), ("text", .string(p.passage.text))])
            })),
        ])
    }

    /// The keys (`CellKey`) of the cells whose figures were recovered from crawled text, table 三 then 四, in order.
    static func recoveredCells(_ r: Report) -> [String] {
        var keys: [String] = []
        if let table = r.applications {
            for row in table.rows {
                for column in ApplicantColumn.allCases where table[row, column]?.isRecovered == true {
                    keys.append(CellKey.application(row, column))
                }
            }
        }
        if let review = r.review {
            for block in ReviewBlock.allCases {
                for outcome in ReviewOutcome.allCases where review[block, outcome].isRecovered { keys.append(CellKey.review(block, outcome)) }
            }
        }
        return keys
    }

    static func figures(_ cells: CellRow?) -> JSONValue {
        guard let cells else { return .array(Array(repeating: .null, count: 7)) }
        return .array(cells.map(figure))
    }

    /// One cell as a JSON number, null when blank or not a number.
    static func figure(_ cell: Cell) -> JSONValue {
        // An explicit switch: `cell.number.map(JSONValue.int) ?? .null` crashes the 6.3 optimiser (ownership verifier).
        switch cell.value {
        case .number(let n): return .int(n)
        case .blank, .text: return .null
        }
    }

    static func applications(_ table: ApplicationTable?) -> JSONValue {
        guard let table else { return .null }
        let rows = table.rows.contains(.otherOther) || table.rows.contains(.otherNoCorrection) ? ApplicationRow.rows2021 : ApplicationRow.rows2019
        var top: [(String, JSONValue)] = []
        var groups: [String: [(String, JSONValue)]] = [:]
        var order: [String] = []
        for row in rows {
            let path = row.jsonPath
            if path.count == 1 {
                top.append((path[0], figures(table.cells[row])))
            } else {
                if groups[path[0]] == nil {
                    order.append(path[0])
                    top.append((path[0], .null))  // placeholder keeps the group's position
                }
                groups[path[0], default: []].append((path[1], figures(table.cells[row])))
            }
            if row == .otherOther {
                top.append(("other", otherSum(table)))
            }
        }
        let filled = top.map { key, value -> (String, JSONValue) in
            if let group = groups[key] { return (key, .object(group)) }
            return (key, value)
        }
        // 2021: `other` (the sum of the breakdown) sits before `other_breakdown`.
        if let i = filled.firstIndex(where: { $0.0 == "other_breakdown" }), let j = filled.firstIndex(where: { $0.0 == "other" }), j > i {
            var moved = filled
            let item = moved.remove(at: j)
            moved.insert(item, at: i)
            return .object(moved)
        }
        return .object(filled)
    }

    /// 2021's `other`: the per-column sum of the three 其他处理 rows, null where any part is blank.
    static func otherSum(_ table: ApplicationTable) -> JSONValue {
        let parts: [ApplicationRow] = [.otherNoCorrection, .otherUnpaidFee, .otherOther]
        return .array(ApplicantColumn.allCases.map { column in
            var sum = 0
            for part in parts {
                guard let n = table.number(part, column) else { return .null }
                sum += n
            }
            return .int(sum)
        })
    }

    static func review(_ table: ReviewTable?) -> JSONValue {
        .object(ReviewBlock.allCases.map { block in
            guard let table else { return (block.key, .array(Array(repeating: .null, count: 5))) }
            return (block.key, .array(ReviewOutcome.allCases.map { figure(table[block, $0]) }))
        })
    }

    static func disclosure(_ d: Disclosure) -> JSONValue {
        .object([
            ("layout", .string(d.layout)),
            ("items", .array(d.items.map { item in
                .object([
                    ("title", .string(item.title)),
                    ("columns", .array(item.columns.map(JSONValue.string))),
                    ("rows", .array(item.rows.map { row in
                        .object([("label", .string(row.label)), ("values", .array(row.values.map(JSONValue.string)))])
                    })),
                ])
            })),
        ])
    }

    static func finding(_ f: Finding) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("rule", .string(f.rule)),
            ("severity", .string(f.severity.rawValue)),
            ("line", .int(f.line)),
            ("column", .int(f.column)),
        ]
        if f.page > 0 { pairs.append(("page", .int(f.page))) }
        pairs += [
            ("message", .string(f.message)),
            ("file", .string(f.file)),
        ]
        if let place = f.where { pairs.append(("where", .string(place))) }
        if let reason = f.acceptance { pairs.append(("accepted", .string(reason))) }
        return .object(pairs)
    }

    /// The superseded versions of a corrected report, oldest first, each with the figures its successor changed.
    static func corrections(_ entry: ReportEntry) -> JSONValue {
        let chain = entry.earlierVersions.map(\.report) + [entry.report]
        return .array(entry.earlierVersions.enumerated().map { n, v in
            var pairs: [(String, JSONValue)] = [("version", .int(n + 1)), ("source", .string(v.report.source))]
            if let published = v.report.published { pairs.append(("published", .string(published))) }
            pairs.append(("page", .string(v.page)))
            pairs.append(("changes", .array(FigureChange.between(chain[n], chain[n + 1]).map { c in
                .object([("cell", .string(c.cell)), ("name", .string(c.name)), ("old", .string(c.old)), ("new", .string(c.new))])
            })))
            return .object(pairs)
        })
    }
}
