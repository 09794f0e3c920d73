import GXReport
import GXReuse

/// A compact binary form of a parse outcome (the report without its narrative, and the findings), for caching parses.
///
/// The narrative (sections and preamble) is not stored: the site keeps reports without it and reads it again from the
/// input when a report's own page is rendered.
public enum ReportArchive {
    /// Bumped whenever the layout changes, so an old cache is never read as a new one.
    public static let version = 5

    /// The bytes of `outcome`, narrative left out.
    public static func encode(_ outcome: ParseOutcome) -> [UInt8] {
        var w = ArchiveWriter()
        w.int(version)
        // The compared text first: text reuse reads it alone, without decoding the rest.
        write(outcome.text, to: &w)
        w.bool(outcome.report != nil)
        if let r = outcome.report { write(r, to: &w) }
        w.int(outcome.findings.count)
        for f in outcome.findings { write(f, to: &w) }
        return w.bytes
    }

    /// The outcome `encode` wrote, or nil when the bytes are not one (another version, truncated, corrupt).
    public static func decode(_ bytes: UnsafeRawBufferPointer) -> ParseOutcome? {
        var r = ArchiveReader(bytes)
        guard r.int() == version, let text = readText(&r, bytes), let hasReport = r.bool() else { return nil }
        var report: Report?
        if hasReport {
            guard let decoded = readReport(&r, bytes) else { return nil }
            report = decoded
        }
        guard let n = r.count() else { return nil }
        var findings: [Finding] = []
        findings.reserveCapacity(min(n, 1024))
        for _ in 0..<n {
            guard let f = readFinding(&r) else { return nil }
            findings.append(f)
        }
        guard r.atEnd else { return nil }
        return ParseOutcome(report: report, findings: findings, text: text)
    }

    /// The compared text of the outcome `encode` wrote, read alone; nil when the bytes are not an outcome.
    public static func text(_ bytes: UnsafeRawBufferPointer) -> ComparableText? {
        var r = ArchiveReader(bytes)
        guard r.int() == version else { return nil }
        return readText(&r, bytes)
    }

    private static func write(_ r: Report, to w: inout ArchiveWriter) {
        for s in [r.source, r.format, r.title, r.agency, r.region] { w.string(s) }
        w.int(r.year)
        write(r.titleLocation, to: &w)
        w.bool(r.archivedDisclosure != nil)
        if let d = r.archivedDisclosure { w.blob(d) }
        w.bool(r.applications != nil)
        if let t = r.applications {
            write(t.location, to: &w)
            w.int(t.rows.count)
            for row in t.rows {
                w.int(rowIndex[row]!)
                let cells = t.cells[row]!
                w.int(cells.count)
                for c in cells { write(c, to: &w) }
                let label = t.labelLocation(of: row)
                w.bool(label != nil)
                if let label { write(label, to: &w) }
            }
        }
        w.bool(r.review != nil)
        if let t = r.review {
            write(t.location, to: &w)
            w.int(t.cells.count)
            for c in t.cells { write(c, to: &w) }
        }
        w.string(r.published)
        w.string(r.sourceURL)
        w.bool(r.isCorrection)
        w.string(r.agencyAsWritten)
    }

    /// The compared text: its units as little-endian 16-bit words, then its sections and paragraphs.
    private static func write(_ text: ComparableText, to w: inout ArchiveWriter) {
        // Little-endian units, written as they lie in memory where that is the host's order (text reuse reads every
        // text back several times a build).
        #if _endian(little)
        text.units.withUnsafeBytes { w.blob($0) }
        #else
        text.units.map { $0.littleEndian }.withUnsafeBytes { w.blob($0) }
        #endif
        w.int(text.sections.count)
        for s in text.sections { w.int(s.number); w.int(s.start) }
        w.int(text.paragraphs.count)
        for p in text.paragraphs { w.int(p.start); w.int(p.line); w.int(p.column); w.int(p.page) }
    }

    /// The compared text `write` stored, nil when the bytes are not one.
    private static func readText(_ r: inout ArchiveReader, _ bytes: UnsafeRawBufferPointer) -> ComparableText? {
        guard let range = r.blob(), range.count % 2 == 0 else { return nil }
        // Copied whole rather than unit by unit: `range` lies within `bytes` (the reader checked it), and the units
        // are little-endian, converted in place where the host is not (`ReportArchiveTests` reads every text back).
        var units = [UInt16](unsafeUninitializedCapacity: range.count / 2) { buffer, initialized in
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[range]))
            initialized = range.count / 2
        }
        #if !_endian(little)
        for i in units.indices { units[i] = UInt16(littleEndian: units[i]) }
        #endif
        guard let sectionCount = r.count() else { return nil }
        var sections: [ComparableText.Section] = []
        for _ in 0..<sectionCount {
            guard let number = r.int(), let start = r.int(), (0...units.count).contains(start) else { return nil }
            sections.append(.init(number: number, start: start))
        }
        guard let paragraphCount = r.count() else { return nil }
        var paragraphs: [ComparableText.Paragraph] = []
        for _ in 0..<paragraphCount {
            guard let start = r.int(), let line = r.int(), let column = r.int(), let page = r.int(),
                  (0...units.count).contains(start) else { return nil }
            paragraphs.append(.init(start: start, line: line, column: column, page: page))
        }
        return ComparableText(units: units, sections: sections, paragraphs: paragraphs)
    }

    /// The report `write` stored, nil when the bytes are not one.
    private static func readReport(_ r: inout ArchiveReader, _ bytes: UnsafeRawBufferPointer) -> Report? {
        guard let source = r.string(), let format = r.string(), let title = r.string(), let agency = r.string(),
              let region = r.string(), let year = r.int(), let titleLocation = readLocation(&r) else { return nil }
        var report = Report(source: source, format: format, title: title, agency: agency, region: region, year: year,
                            titleLocation: titleLocation)
        guard let hasDisclosure = r.bool() else { return nil }
        if hasDisclosure {
            // Kept as written, checked but not decoded: only the report's own page and data read it.
            guard let range = r.blob() else { return nil }
            let section = UnsafeRawBufferPointer(rebasing: bytes[range])
            guard Disclosure.isArchive(section) else { return nil }
            report.archivedDisclosure = Array(section)
        }
        guard let hasApplications = r.bool() else { return nil }
        if hasApplications {
            guard let table = readApplications(&r) else { return nil }
            report.applications = table
        }
        guard let hasReview = r.bool() else { return nil }
        if hasReview {
            guard let table = readReview(&r) else { return nil }
            report.review = table
        }
        guard let published = r.optionalString(), let sourceURL = r.optionalString(), let isCorrection = r.bool(),
              let asWritten = r.optionalString() else { return nil }
        report.published = published
        report.sourceURL = sourceURL
        report.isCorrection = isCorrection
        report.agencyAsWritten = asWritten
        return report
    }

    /// Table 三 as `write` stored it, nil when the bytes are not that.
    private static func readApplications(_ r: inout ArchiveReader) -> ApplicationTable? {
        guard let location = readLocation(&r), let n = r.count() else { return nil }
        var table = ApplicationTable(location: location)
        var cells: [ArchivedCell] = []
        cells.reserveCapacity(columnCount)
        for _ in 0..<n {
            guard readApplicationRow(&r, into: &table, cells: &cells) else { return nil }
        }
        return table
    }

    /// Reads one row of table 三 into `table`, false when the bytes are not one; `cells` is scratch space kept from
    /// row to row.
    private static func readApplicationRow(_ r: inout ArchiveReader, into table: inout ApplicationTable,
                                           cells: inout [ArchivedCell]) -> Bool {
        // A table 三 row always has one cell per applicant column, and is there once: anything else is not
        // what encode wrote.
        guard let i = r.int(), rows.indices.contains(i), !table.contains(rows[i]), let cellCount = r.count(),
              cellCount == columnCount else { return false }
        let row = rows[i]
        // Rows in case order (as the template has them) go straight into the table's run, cell by cell.
        let appended = table.comesLast(row)
        if appended {
            guard table.append(row, cells: { store in
                for _ in 0..<cellCount {
                    switch readArchivedCell(&r) {
                    case .figure(let n, let line, let column): store.appendFigure(n, line: line, column: column)
                    case .whole(let cell): store.append(cell)
                    case nil: return false
                    }
                }
                return true
            }) else { return false }
        } else {
            cells.removeAll(keepingCapacity: true)
            for _ in 0..<cellCount {
                guard let c = readArchivedCell(&r) else { return false }
                cells.append(c)
            }
        }
        guard let hasLabel = r.bool() else { return false }
        var label: SourceLocation?
        if hasLabel {
            guard let l = readLocation(&r) else { return false }
            label = l
        }
        if appended {
            table.setLabel(label, of: row)
        } else {
            table.add(row, archived: cells, label: label)
        }
        return true
    }

    /// Table 四 as `write` stored it, nil when the bytes are not that.
    private static func readReview(_ r: inout ArchiveReader) -> ReviewTable? {
        // Table 四 always has its fifteen cells.
        guard let location = readLocation(&r), let n = r.count(), n == ReviewBlock.allCases.count * ReviewOutcome.allCases.count
        else { return nil }
        var cells: [Cell] = []
        cells.reserveCapacity(n)
        for _ in 0..<n {
            guard let c = readCell(&r) else { return nil }
            cells.append(c)
        }
        return ReviewTable(cells: cells, location: location)
    }

    /// The rows by index (`allCases` makes a new array on every use), and the number of applicant columns.
    private static let rows = ApplicationRow.allCases
    private static let columnCount = ApplicantColumn.allCases.count
    private static let rowIndex = Dictionary(uniqueKeysWithValues: ApplicationRow.allCases.enumerated().map { ($1, $0) })

    // A cell's value tag: a number written as its digits (the raw text is not stored), a number written otherwise,
    // blank, or text.
    private static func write(_ c: Cell, to w: inout ArchiveWriter) {
        switch c.value {
        case .number(let n) where c.raw == Cell.text(of: n):
            w.int(0)
            w.int(n)
        case .number(let n):
            w.int(1)
            w.int(n)
            w.string(c.raw)
        case .blank:
            w.int(2)
            w.string(c.raw)
        case .text(let t):
            w.int(3)
            w.string(c.raw)
            w.string(t)
        }
        write(c.location, to: &w)
        w.bool(c.isRecovered)
    }

    private static func readCell(_ r: inout ArchiveReader) -> Cell? {
        readArchivedCell(&r)?.cell
    }

    // A figure written as its digits stays a figure and its place: table 三 packs it as it is, without a `Cell`.
    private static func readArchivedCell(_ r: inout ArchiveReader) -> ArchivedCell? {
        guard let tag = r.int() else { return nil }
        let raw: String
        let value: CellValue
        switch tag {
        case 0:
            guard let n = r.int(), let line = r.int(), let column = r.int(), let page = r.int(), let recovered = r.bool() else {
                return nil
            }
            if page == 0, !recovered { return .figure(n, line: line, column: column) }
            return .whole(Cell(raw: Cell.text(of: n), value: .number(n), location: SourceLocation(line: line, column: column, page: page),
                               recovered: recovered))
        case 1:
            guard let n = r.int(), let s = r.string() else { return nil }
            (raw, value) = (s, .number(n))
        case 2:
            guard let s = r.string() else { return nil }
            (raw, value) = (s, .blank)
        case 3:
            guard let s = r.string(), let t = r.string() else { return nil }
            (raw, value) = (s, .text(t))
        default:
            return nil
        }
        guard let location = readLocation(&r), let recovered = r.bool() else { return nil }
        return .whole(Cell(raw: raw, value: value, location: location, recovered: recovered))
    }

    private static func write(_ l: SourceLocation, to w: inout ArchiveWriter) {
        w.int(l.line)
        w.int(l.column)
        w.int(l.page)
    }

    private static func readLocation(_ r: inout ArchiveReader) -> SourceLocation? {
        guard let line = r.int(), let column = r.int(), let page = r.int() else { return nil }
        return SourceLocation(line: line, column: column, page: page)
    }

    /// Appends `findings` in the archive's layout: every field of each, so what shows a finding can be keyed by it.
    package static func append(_ findings: [Finding], to w: inout ArchiveWriter) {
        w.int(findings.count)
        for f in findings { write(f, to: &w) }
    }

    private static func write(_ f: Finding, to w: inout ArchiveWriter) {
        w.string(f.rule)
        w.bool(f.severity == .error)
        w.string(f.file)
        w.int(f.line)
        w.int(f.column)
        w.int(f.page)
        w.string(f.message)
        w.string(f.where)
        w.string(f.acceptance)
    }

    private static func readFinding(_ r: inout ArchiveReader) -> Finding? {
        guard let rule = r.string(), let isError = r.bool(), let file = r.string(), let line = r.int(), let column = r.int(),
              let page = r.int(), let message = r.string(), let place = r.optionalString(), let acceptance = r.optionalString() else { return nil }
        var f = Finding(rule: rule, severity: isError ? .error : .warning, file: file,
                        location: SourceLocation(line: line, column: column, page: page), message: message, where: place)
        f.acceptance = acceptance
        return f
    }
}
