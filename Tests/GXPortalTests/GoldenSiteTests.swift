import Foundation
import Testing
@testable import GXPortal

/// Builds `Tests/Fixtures/site/content` and compares every output file with `Tests/Fixtures/site/expected`.
/// Re-record with `GXSITE_RECORD_GOLDEN=1 swift test --filter GoldenSiteTests`.
@Suite struct GoldenSiteTests {
    @Test func siteMatchesGoldenFiles() throws {
        let output = SiteTestData.scratch("golden").appendingPathComponent("Site")
        let options = BuildOptions(content: SiteTestData.siteFixture.appendingPathComponent("content"), output: output,
                                   themeDirectories: [SiteTestData.defaultTheme])
        let summary = try SiteBuilder(options: options).build()
        #expect(summary.reports == 3)
        #expect(summary.skipped == 0)
        let expected = SiteTestData.siteFixture.appendingPathComponent("expected")
        if ProcessInfo.processInfo.environment["GXSITE_RECORD_GOLDEN"] == "1" {
            try? FileManager.default.removeItem(at: expected)
            try FileManager.default.copyItem(at: output, to: expected)
            return
        }
        let actualFiles = SiteTestData.files(in: output)
        let expectedFiles = SiteTestData.files(in: expected)
        #expect(actualFiles == expectedFiles)
        for file in expectedFiles where actualFiles.contains(file) {
            let a = try Data(contentsOf: output.appendingPathComponent(file))
            let b = try Data(contentsOf: expected.appendingPathComponent(file))
            #expect(a == b, "\(file) differs from its golden copy; re-record with GXSITE_RECORD_GOLDEN=1 if the change is intended")
        }
        try? FileManager.default.removeItem(at: output.deletingLastPathComponent())
    }

    /// The same bytes whatever the number of threads, and whether report narratives are kept from parsing or read again.
    @Test func buildIsDeterministic() throws {
        let scratch = SiteTestData.scratch("determinism")
        var outputs: [[String: Data]] = []
        for (run, (jobs, budget)) in [(nil, NarrativeStore.defaultBudget), (1, NarrativeStore.defaultBudget), (4, 0)].enumerated() {
            let output = scratch.appendingPathComponent("Site\(run)")
            var options = BuildOptions(content: SiteTestData.siteFixture.appendingPathComponent("content"), output: output,
                                       themeDirectories: [SiteTestData.defaultTheme], jobs: jobs)
            options.narrativeBudget = budget
            _ = try SiteBuilder(options: options).build()
            var files: [String: Data] = [:]
            for f in SiteTestData.files(in: output) { files[f] = try Data(contentsOf: output.appendingPathComponent(f)) }
            outputs.append(files)
        }
        #expect(outputs[0] == outputs[1])
        #expect(outputs[0] == outputs[2])
        try? FileManager.default.removeItem(at: scratch)
    }
}
