import Testing
@testable import GXReuse

struct ReuseDetectorTests {
    /// 24 agencies of one region reporting for 2023 and 2024: every report opens with the region's prescribed
    /// paragraph, then its own words; a few copy.
    private func corpus() -> (documents: [ReuseDocument], texts: [ComparableText]) {
        var prose = ReuseTestText(seed: 5)
        let prescribed = prose.prose(4)
        var own: [[String]] = (0..<24).map { _ in [prose.prose(5), prose.prose(5)] }
        // Agency 0 repeats 3 of its 5 sentences of 2023, figures and punctuation edited.
        let earlier = own[0][0].split(separator: "。").map(String.init)
        own[0][1] = earlier[0] + "，2024年。" + earlier[1] + "；" + earlier[2] + "。" + prose.prose(2)
        // Agency 1 takes a passage of agency 2's 2023 report; agencies 3 and 4 share one in 2024.
        let taken = String(decoding: ComparableText.normalized(own[2][0]).prefix(55), as: UTF16.self)
        own[1][1] = prose.prose(2) + taken + "。" + prose.prose(2)
        let together = String(decoding: ComparableText.normalized(prose.prose(5)).prefix(60), as: UTF16.self)
        own[3][1] += together
        own[4][1] = together + own[4][1]
        var documents: [ReuseDocument] = [], texts: [ComparableText] = []
        for agency in 0..<24 {
            for (n, year) in [2023, 2024].enumerated() {
                documents.append(ReuseDocument(agency: agency, region: 7, year: year))
                texts.append(.of(prescribed, own[agency][n]))
            }
        }
        return (documents, texts)
    }

    private func index(_ agency: Int, _ year: Int) -> Int { agency * 2 + (year - 2023) }

    @Test(arguments: [1, 2])
    func copiesAreFoundWithTheirSourcesAndNothingElse(jobs: Int) {
        let (documents, texts) = corpus()
        let results = ReuseDetector(jobs: jobs).detect(documents, texts: texts)
        // The prescribed paragraph is common wording: no report's own count includes it.
        for (d, result) in results.enumerated() { #expect(result.own < texts[d].count - 60) }
        #expect(results[index(0, 2024)].share.map { $0 >= 0.5 } == true)
        #expect(results[index(0, 2024)].previous == index(0, 2023))
        #expect(results[index(0, 2023)].share == nil)
        let flagged = results.indices.filter { (results[$0].share ?? 0) >= 0.5 }
        #expect(flagged == [index(0, 2024)])
        #expect(results[index(1, 2024)].shared == [index(2, 2023)])
        #expect(results[index(3, 2024)].shared == [index(4, 2024)])
        #expect(results[index(4, 2024)].shared == [index(3, 2024)])
        // Agency 2's 2023 report was copied from, later: it names no later report.
        #expect(results[index(2, 2023)].shared.isEmpty)
        let sharing = results.indices.filter { !results[$0].shared.isEmpty }
        #expect(sharing == [index(1, 2024), index(3, 2024), index(4, 2024)])
        let passage = results[index(1, 2024)].passages.first { $0.source == index(2, 2023) }
        #expect(passage?.own == 55)
    }

    @Test func resultsAreTheSameOnEveryRun() {
        let (documents, texts) = corpus()
        #expect(ReuseDetector(jobs: 2).detect(documents, texts: texts) == ReuseDetector(jobs: 1).detect(documents, texts: texts))
    }
}
