import Foundation
import GXCorpus
import Testing
import GXReport
@testable import GXSite

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
        var narrow = report
        let row = try #require(narrow.applications?.rows.first)
        narrow.applications?.cells[row]?.removeLast()
        for broken in [short, narrow] {
            let bytes = ReportArchive.encode(ParseOutcome(report: broken, findings: outcome.findings))
            #expect(bytes.withUnsafeBytes { ReportArchive.decode($0) } == nil)
        }
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
