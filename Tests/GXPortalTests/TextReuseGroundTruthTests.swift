import Foundation
import Testing
import GXBuild
import GXCorpus
import GXReport
@testable import GXPortal

/// Text reuse against the corpus generator's ground truth: every passage the generator copied at or above a threshold
/// (a share of 50% of a report's own words from the agency's previous report, or 50 characters from another agency's
/// report, figures and punctuation edited) is reported with its source; copies just below, and everything else, are
/// not. A quarter of the agencies write with the vocabulary nothing was tuned on.
@Suite struct TextReuseGroundTruthTests {
    /// A reported copy: the report, the rule and the report it names.
    struct Copy: Hashable, CustomStringConvertible {
        var file: String
        var rule: String
        var source: String
        var description: String { "\(file) \(rule) \(source)" }
    }

    /// The corpus of `seed`, written and parsed as a build parses it.
    static func parsed(seed: UInt64) throws -> (Corpus, ParsedInputs) {
        let corpus = CorpusGenerator(count: 500, errorRate: 0.1, seed: seed).generate()
        let content = SiteTestData.scratch("reuse-truth-\(seed)")
        for file in corpus.files {
            try file.contents.write(to: content.appendingPathComponent(file.name), atomically: false, encoding: .utf8)
        }
        return (corpus, ParseStep.parseAll(try ContentLoader.inputs(in: content), jobs: 2))
    }

    @Test(arguments: [24, 2026] as [UInt64])
    func everyCopyAtTheThresholdsIsFoundWithItsSourceAndNothingElse(seed: UInt64) throws {
        let (corpus, parsed) = try Self.parsed(seed: seed)
        var found: Set<Copy> = []
        for (report, findings) in parsed.reports {
            for f in findings where f.rule == "text-reuse" || f.rule == "text-shared" {
                let source = try #require(f.message.firstMatch(of: /报告（([^）]+)）/)).output.1
                found.insert(Copy(file: report.source, rule: f.rule, source: String(source)))
            }
        }
        let expected = Set(corpus.reuse.filter(\.reported).map { Copy(file: $0.file, rule: $0.rule, source: $0.source) })
        #expect(found.subtracting(expected).isEmpty, "not copied: \(found.subtracting(expected).sorted { $0.file < $1.file })")
        #expect(expected.subtracting(found).isEmpty, "missed: \(expected.subtracting(found).sorted { $0.file < $1.file })")
        // The corpus holds copies of both kinds on both sides of the thresholds.
        for rule in ["text-reuse", "text-shared"] {
            #expect(corpus.reuse.contains { $0.rule == rule && $0.reported })
            #expect(corpus.reuse.contains { $0.rule == rule && !$0.reported })
        }
    }

    @Test func sharesAndLengthsAreMeasuredExactly() throws {
        let (corpus, parsed) = try Self.parsed(seed: 24)
        let reuse = parsed.reuse
        for copy in corpus.reuse where copy.rule == "text-shared" && copy.reported {
            // The passage is the copied letters, give or take a letter that happens to match beside it.
            let passage = reuse[copy.file]?.passages.filter { $0.source == copy.source }.map(\.own).max()
            #expect(passage.map { (copy.size...(copy.size + 2)).contains($0) } == true, "\(copy)")
        }
        for copy in corpus.reuse where copy.rule == "text-reuse" {
            // Own words beside the generator's (a region's name between common sentences) only lower the share a little.
            let percent = try #require(reuse[copy.file]?.percent)
            #expect(((copy.size - 6)...copy.size).contains(percent), "\(copy): \(percent)%")
        }
    }
}
