import Foundation
import Testing
@testable import GXReport
@testable import GXPortal

@Suite struct SiteModelTests {
    static func report(_ source: String, _ agency: String, _ region: String, _ year: Int) -> (Report, [Finding]) {
        (Report(source: source, format: "text", title: "\(agency)\(year)年政府信息公开工作年度报告", agency: agency, region: region,
                year: year, titleLocation: SourceLocation(line: 1, column: 1)), [])
    }

    /// Inputs in no particular order: 甲局 has three reports (two of one year), 乙局 moved from 余姚市 to 宁波市, 丙局 has no region.
    static let inputs = [
        report("b.txt", "甲局", "宁波市", 2023), report("c.txt", "乙局", "余姚市", 2023), report("e.txt", "丙局", "", 2023),
        report("a.txt", "甲局", "宁波市", 2022), report("d.txt", "乙局", "宁波市", 2024), report("f.txt", "甲局", "宁波市", 2023),
    ]

    @Test func entriesAreInSlugYearAndSourceOrder() {
        let model = SiteModel(entries: Self.inputs, config: SiteConfig())
        #expect(model.entries.map(\.report.source) == ["e.txt", "a.txt", "b.txt", "f.txt", "c.txt", "d.txt"])
        #expect(model.entries.map(\.agencySlug) == ["bing-ju", "jia-ju", "jia-ju", "jia-ju", "yi-ju", "yi-ju"])
        #expect(model.entries.map(\.regionSlug) == [nil, "ning-bo-shi", "ning-bo-shi", "ning-bo-shi", "yu-yao-shi", "ning-bo-shi"])
        #expect(model.years == [2022, 2023, 2024])
    }

    @Test func agenciesAreInPinyinOrderWithTheirReports() {
        let model = SiteModel(entries: Self.inputs, config: SiteConfig())
        #expect(model.agencies.map(\.name) == ["丙局", "甲局", "乙局"])
        #expect(model.agencies.map { $0.entries.map(\.report.source) } == [["e.txt"], ["a.txt", "b.txt", "f.txt"], ["c.txt", "d.txt"]])
        // An agency's region is its first report's.
        #expect(model.agencies.map(\.region) == ["", "宁波市", "余姚市"])
        #expect(model.agencies.map(\.regionSlug) == [nil, "ning-bo-shi", "yu-yao-shi"])
    }

    @Test(arguments: [
        ([], ["宁波市", "余姚市"]),
        (["余姚市"], ["余姚市", "宁波市"]),
    ])
    func regionsListTheirReportsAndAgencies(order: [String], expected: [String]) throws {
        var config = SiteConfig()
        config.regionOrder = order
        let model = SiteModel(entries: Self.inputs, config: config)
        #expect(model.regions.map(\.name) == expected)
        let ningbo = try #require(model.regions.first { $0.name == "宁波市" })
        #expect(ningbo.slug == "ning-bo-shi")
        #expect(ningbo.entries.map(\.report.source) == ["a.txt", "b.txt", "f.txt", "d.txt"])
        #expect(ningbo.agencies == ["乙局", "甲局"])
        let yuyao = try #require(model.regions.first { $0.name == "余姚市" })
        #expect(yuyao.entries.map(\.report.source) == ["c.txt"])
        #expect(yuyao.agencies == ["乙局"])
    }

    @Test func noReportsMakeAnEmptyModel() {
        let model = SiteModel(entries: [], config: SiteConfig())
        #expect(model.entries.isEmpty && model.agencies.isEmpty && model.regions.isEmpty && model.years.isEmpty)
    }

    @Test func earlierVersionsTakeTheirReportsSlugs() throws {
        let older = Self.report("b-v1.txt", "甲局", "宁波市", 2023)
        let model = SiteModel(entries: Self.inputs, config: SiteConfig(), earlier: ["b.txt": [older]])
        let entry = try #require(model.entries.first { $0.report.source == "b.txt" })
        #expect(entry.earlierVersions.map(\.report.source) == ["b-v1.txt"])
        #expect(entry.earlierVersions.map(\.version) == [1])
        #expect(entry.earlierVersions.map(\.agencySlug) == ["jia-ju"])
        #expect(entry.earlierVersions.map(\.regionSlug) == ["ning-bo-shi"])
    }
}
