import Foundation
import GXCorpus
import Testing
import GXReport
@testable import GXPortal
@testable import GXBuild

/// The parse cache stores outcomes in `ReportArchive` form: what comes back must be what was parsed, field for field.
struct ReportArchiveTests {
    /// Every fixture input in every format, and generated reports with injected errors (blank, text and odd cells).
    static let inputs: [URL] = {
        let fixtures = ["Tests/Fixtures/site/content", "Tests/Fixtures/formats", "Tests/Fixtures/reports"].flatMap { folder in
            let url = SiteTestData.root.appendingPathComponent(folder)
            return SiteTestData.files(in: url).filter { !$0.hasSuffix(".md") }.map { url.appendingPathComponent($0) }
        }
        let generated = SiteTestData.scratch("archive-corpus")
        _ = try? CorpusGenerator(count: 12, errorRate: 0.5, seed: 11).write(to: generated)
        let corpus = SiteTestData.files(in: generated).filter { $0.hasSuffix(".txt") }.map { generated.appendingPathComponent($0) }
        return fixtures + corpus
    }()

    /// The outcome as the build keeps it: narrative dropped.
    static func stripped(_ url: URL) -> ParseOutcome {
        var outcome = InputReader.read(InputFile(path: url.lastPathComponent, url: url))
        outcome.report?.sections = []
        outcome.report?.preamble = []
        return outcome
    }

    @Test(arguments: inputs)
    func roundTripKeepsEveryField(_ url: URL) throws {
        var outcome = Self.stripped(url)
        // Accepted findings carry the office's reason: stored too.
        if !outcome.findings.isEmpty { outcome.findings[0].acceptance = "已在报告中说明" }
        let bytes = ReportArchive.encode(outcome)
        let back = try #require(bytes.withUnsafeBytes { ReportArchive.decode($0) })
        // The canonical dump reflects every stored property, so a field added to Report later must be archived too.
        #expect(ContextDigest.canonical(back.report as Any) == ContextDigest.canonical(outcome.report as Any))
        #expect(back.findings == outcome.findings)
        #expect(ReportArchive.encode(back) == bytes)
    }

    @Test func tablesOfAnotherShapeAreRejected() throws {
        let url = SiteTestData.siteFixture.appendingPathComponent("content/zhenhai-2021.txt")
        let outcome = Self.stripped(url)
        let report = try #require(outcome.report)
        var short = report
        short.review?.cells.removeLast()
        let bytes = ReportArchive.encode(ParseOutcome(report: short, findings: outcome.findings))
        #expect(bytes.withUnsafeBytes { ReportArchive.decode($0) } == nil)
        // A table 三 row of six cells, or one read twice, cannot be made as a table: the bytes are written by hand.
        #expect(Self.tableArchive(rows: [(0, 7), (1, 7)]).withUnsafeBytes { ReportArchive.decode($0) } != nil)
        for rows in [[(0, 7), (1, 6)], [(0, 7), (0, 7)], [(26, 7)]] {
            #expect(Self.tableArchive(rows: rows).withUnsafeBytes { ReportArchive.decode($0) } == nil, "\(rows)")
        }
    }

    /// The archive of a report with only a table 三 of `rows` (each a row's case position and its number of cells, all
    /// cells `0`), in `ReportArchive`'s layout.
    static func tableArchive(rows: [(index: Int, cells: Int)], figure: Int = 0) -> [UInt8] {
        var w = ArchiveWriter()
        w.int(ReportArchive.version)
        w.blob([UInt8]())  // no compared text: no units,
        w.int(0)  // no sections
        w.int(0)  // and no paragraphs
        w.bool(true)
        for text in ["a.txt", "txt", "标题", "某局", "某市"] { w.string(text) }
        w.int(2021)
        for place in [1, 1, 0] { w.int(place) }  // the title's line, column and page
        w.bool(false)  // no section 二
        w.bool(true)
        for place in [1, 1, 0] { w.int(place) }  // where table 三 starts
        w.int(rows.count)
        for (index, cells) in rows {
            w.int(index)
            w.int(cells)
            for _ in 0..<cells {
                w.int(0)  // a figure written as its digits
                w.int(figure)
                for place in [1, 1, 0] { w.int(place) }
                w.bool(false)  // read, not recovered
            }
            w.bool(index == 0)  // a label place for the first row only
            if index == 0 { for place in [3, 3, 0] { w.int(place) } }
        }
        w.bool(false)  // no table 四
        w.string(nil as String?)
        w.string(nil as String?)
        w.bool(false)
        w.string(nil as String?)
        w.int(0)  // no findings
        return w.bytes
    }

    /// Rows in case order go straight into the table's run; rows out of it are placed among the others. Either way the
    /// table holds each row's cells and label place, rows in the order read.
    @Test(arguments: [[0, 1, 2], [2, 0, 5, 3], [24, 1], [3, 2, 1, 0]], [0, 7, 5_000_000_000])
    func tableRowsReadBackInAnyOrder(_ order: [Int], figure: Int) throws {
        let bytes = Self.tableArchive(rows: order.map { ($0, 7) }, figure: figure)
        let table = try #require(bytes.withUnsafeBytes { ReportArchive.decode($0) }?.report?.applications)
        let rows = order.map { ApplicationRow.allCases[$0] }
        #expect(table.rows == rows)
        for row in ApplicationRow.allCases {
            #expect(table.contains(row) == rows.contains(row))
            guard rows.contains(row) else { continue }
            let cells = try #require(table.cells[row])
            #expect(cells.map(\.number) == Array(repeating: figure, count: 7))
            #expect(cells.map(\.raw) == Array(repeating: String(figure), count: 7))
            #expect(cells.allSatisfy { $0.location == SourceLocation(line: 1, column: 1) })
            #expect(table.labelLocation(of: row) == (row == ApplicationRow.allCases[0] ? SourceLocation(line: 3, column: 3) : nil))
        }
        // The same table as one made from the cells, row by row.
        var made = ApplicationTable(location: SourceLocation(line: 1, column: 1))
        for row in rows {
            let cell = Cell(raw: String(figure), location: SourceLocation(line: 1, column: 1))
            made.add(row, cells: Array(repeating: cell, count: 7),
                     label: row == ApplicationRow.allCases[0] ? SourceLocation(line: 3, column: 3) : nil)
        }
        #expect(table == made)
    }

    @Test func truncatedOrAlteredBytesAreRejectedNotMisread() throws {
        let url = SiteTestData.siteFixture.appendingPathComponent("content/zhenhai-2021.txt")
        let bytes = ReportArchive.encode(Self.stripped(url))
        #expect(bytes.count > 500)
        for length in 0..<bytes.count {
            #expect(Array(bytes.prefix(length)).withUnsafeBytes { ReportArchive.decode($0) } == nil, "prefix of \(length) bytes")
        }
        #expect((bytes + [0]).withUnsafeBytes { ReportArchive.decode($0) } == nil, "trailing byte")
        var otherVersion = bytes
        otherVersion[0] = UInt8(ReportArchive.version * 2 + 2)
        #expect(otherVersion.withUnsafeBytes { ReportArchive.decode($0) } == nil)
    }
}
