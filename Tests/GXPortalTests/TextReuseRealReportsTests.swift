import Foundation
import Testing
import GXBuild
import GXReport
@testable import GXPortal

/// Text reuse on the real reports of `../shared` (beside the repository): different agencies write in their own words,
/// so none shares a passage with another; the two 洪泽区 governments are one agency written two ways.
@Suite struct TextReuseRealReportsTests {
    static let shared = SiteTestData.root.deletingLastPathComponent().appendingPathComponent("shared")

    /// Every real report of ../shared in one content folder, parsed as a build parses it.
    static func parsed() throws -> ParsedInputs {
        let content = SiteTestData.scratch("reuse-real")
        let fm = FileManager.default
        var sources = try fm.contentsOfDirectory(atPath: shared.appendingPathComponent("seeds").path).map { "seeds/" + $0 }
        sources += try fm.contentsOfDirectory(atPath: shared.appendingPathComponent("samples/real").path).map { "samples/real/" + $0 }
        sources += try fm.contentsOfDirectory(atPath: shared.appendingPathComponent("samples/pdf").path).map { "samples/pdf/" + $0 }
        sources += ["samples/huaian-city-gov-2024.pdf"]
        for source in sources {
            try fm.copyItem(at: shared.appendingPathComponent(source),
                            to: content.appendingPathComponent(source.replacingOccurrences(of: "/", with: "_")))
        }
        return ParseStep.parseAll(try ContentLoader.inputs(in: content), jobs: 2)
    }

    @Test func differentAgenciesShareNoPassage() throws {
        let parsed = try Self.parsed()
        #expect(parsed.reports.count >= 10)
        let shared = parsed.reports.flatMap(\.1).filter { $0.rule == "text-shared" }
        #expect(shared.isEmpty, "\(shared.map(\.message))")
        // Every report was compared: its own words counted.
        #expect(parsed.reports.allSatisfy { (parsed.reuse[$0.0.source]?.own ?? 0) > 0 })
        // 淮安市洪泽区人民政府 2024 is measured against 洪泽区人民政府 2023: one agency, its name written two ways.
        let hongze = try #require(parsed.reuse["samples_pdf_202_huaian_hongze_gov_2024.pdf"])
        #expect(hongze.previous?.source == "samples_pdf_201_huaian_hongze_gov_2023.pdf")
    }
}
