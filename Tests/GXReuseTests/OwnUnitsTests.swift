import Testing
@testable import GXReuse

struct OwnUnitsTests {
    /// Own words, common wording and a name, over more than two 64-unit words of bits.
    @Test(arguments: [0, 1, 2])
    func theFirstOwnUnitTheFirstOtherAndTheRunsAreFoundAsAScanFindsThem(seed: Int) {
        var prose = ReuseTestText(seed: UInt64(seed) + 3)
        let common = prose.prose(2)
        let text = ComparableText.of(prose.prose(2), common, "本局", prose.prose(3), common)
        let boilerplate = Boilerplate(template: Set(Shingles.hashes(of: common).map(Boilerplate.key)))
        let own = OwnUnits(text, boilerplate: boilerplate, region: 0, names: [ComparableText.normalized("本局")])
        #expect(text.units.count > 128 && own.count > 0 && own.count < text.units.count)
        for i in 0...text.units.count {
            let scanned = (i..<text.units.count).first { own[$0] } ?? text.units.count
            #expect(own.firstOwn(from: i) == scanned)
            let other = (i..<text.units.count).first { !own[$0] } ?? text.units.count
            #expect(own.firstNotOwn(from: i) == other)
        }
        // The runs that are not own, unit by unit.
        var runs: [Range<Int>] = [], start: Int?
        for i in 0...text.units.count {
            let common = i < text.units.count && !own[i]
            if common, start == nil { start = i }
            if !common, let s = start { runs.append(s..<i); start = nil }
        }
        #expect(runs.count >= 2 && own.commonRuns == runs)
    }
}
