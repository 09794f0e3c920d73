import Foundation
import Testing
import GXBuild
import GXCorpus
@testable import GXPortal

/// A first build keeps the compared texts in memory up to a budget and reads the others back from its spool: text
/// reuse finds the same either way.
@Suite struct KeptTextsTests {
    @Test func textsReadBackFromTheSpoolGiveTheSameReuseAsTextsKept() throws {
        let corpus = CorpusGenerator(count: 120, errorRate: 0, seed: 7).generate()
        let content = SiteTestData.scratch("kept-texts")
        for file in corpus.files {
            try file.contents.write(to: content.appendingPathComponent(file.name), atomically: false, encoding: .utf8)
        }
        let inputs = try ContentLoader.inputs(in: content)
        func parsed(keeping bytes: Int) throws -> ParsedInputs {
            let folder = SiteTestData.scratch("kept-texts-spool-\(bytes)")
            let spool = try #require(Spool(folder: folder.path))
            return ParseStep.parseAll(inputs, jobs: 2, keying: { path, sha in path + sha }, spool: spool,
                                      keptTextBytes: bytes)
        }
        let kept = try parsed(keeping: ParseStep.keptTextBytes), spooled = try parsed(keeping: 0)
        #expect(kept.reuse.count == kept.reports.count)
        #expect(kept.reuse.values.contains { !$0.passages.isEmpty })
        #expect(spooled.reuse == kept.reuse)
        #expect(spooled.reports.map(\.1) == kept.reports.map(\.1))
    }
}
