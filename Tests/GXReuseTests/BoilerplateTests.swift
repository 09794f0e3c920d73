import Testing
@testable import GXReuse

struct BoilerplateTests {
    /// Twelve reports of region 1 and eight of region 2 share a paragraph; each has its own words too.
    private func corpus() -> (texts: [ComparableText], regions: [Int], shared: String) {
        var prose = ReuseTestText(seed: 99)
        let shared = prose.prose(3)
        var texts: [ComparableText] = [], regions: [Int] = []
        for i in 0..<20 {
            texts.append(.of(prose.prose(2), shared, prose.prose(2)))
            regions.append(i < 12 ? 1 : 2)
        }
        return (texts, regions, shared)
    }

    @Test(arguments: [1 << 30, 4096, 512])
    func theCountIsTheSameInAnyNumberOfPasses(budget: Int) {
        let (texts, regions, shared) = corpus()
        let whole = Boilerplate.counting(texts, regions: regions, reports: 20, regionReports: 20, budget: 1 << 30)
        let split = Boilerplate.counting(texts, regions: regions, reports: 20, regionReports: 20, budget: budget, jobs: 2)
        #expect(whole == split)
        for hash in Shingles.hashes(of: shared) { #expect(split.contains(hash, region: 1)) }
    }

    /// Nineteen reports each hold a paragraph twice: still fewer than 20 reports, in one pass or spilled over many.
    @Test(arguments: [1 << 30, 4096, 512])
    func aReportRepeatingAPhraseCountsOnceInAnyNumberOfPasses(budget: Int) {
        var prose = ReuseTestText(seed: 7)
        let shared = prose.prose(3)
        let texts = (0..<19).map { _ in ComparableText.of(prose.prose(2), shared, prose.prose(1), shared) }
        let b = Boilerplate.counting(texts, regions: Array(repeating: 1, count: 19), reports: 20, regionReports: 20,
                                     budget: budget, jobs: 2)
        #expect(Shingles.hashes(of: shared).allSatisfy { !b.contains($0, region: 1) })
        #expect(b == Boilerplate())
    }

    @Test(arguments: [1, 2, 3, 7])
    func passesShareTheShinglesEvenly(passes: Int) {
        var prose = ReuseTestText(seed: 41)
        var counts = [Int](repeating: 0, count: passes)
        for hash in Shingles.hashes(of: prose.prose(800)) { counts[Boilerplate.pass(of: hash, among: passes)] += 1 }
        let total = counts.reduce(0, +)
        #expect(total > 10_000)
        for n in counts { #expect(abs(n * passes - total) * 10 < total, "\(counts)") }
    }

    @Test func phrasesBelowTheCountAreOwnWords() {
        let (texts, regions, shared) = corpus()
        let b = Boilerplate.counting(texts, regions: regions, reports: 21, regionReports: 21)
        #expect(Shingles.hashes(of: shared).allSatisfy { !b.contains($0, region: 1) })
    }

    @Test func aRegionCountsItsOwnCommonWording() {
        let (texts, regions, shared) = corpus()
        let b = Boilerplate.counting(texts, regions: regions, reports: 21, regionReports: 10)
        let hashes = Shingles.hashes(of: shared)
        #expect(hashes.allSatisfy { b.contains($0, region: 1) })
        #expect(hashes.allSatisfy { !b.contains($0, region: 2) })
    }

    @Test func theTemplatesSentencesAreCommonWording() {
        let text = ComparableText.of("本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求编制。")
        #expect(OwnUnits(text, boilerplate: Boilerplate(), region: 0).count == 0)
    }

    @Test(arguments: 0..<40)
    func winnowingPicksAShingleOfEverySharedPassageOfTheGuaranteedLength(seed: Int) {
        var x = ReuseTestText(seed: UInt64(seed) + 1000), y = ReuseTestText(seed: UInt64(seed) + 2000)
        let passage = String(decoding: ComparableText.normalized(x.prose(4)).prefix(Winnowing.guaranteed), as: UTF16.self)
        let a = ComparableText.of(x.prose(3) + passage + x.prose(2)), b = ComparableText.of(y.prose(2) + passage + y.prose(3))
        let none = Boilerplate(template: [])
        let pa = Winnowing.anchors(a, own: OwnUnits(a, boilerplate: none, region: 0))
        let pb = Winnowing.anchors(b, own: OwnUnits(b, boilerplate: none, region: 0))
        #expect(!Set(pa).isDisjoint(with: pb))
    }
}
