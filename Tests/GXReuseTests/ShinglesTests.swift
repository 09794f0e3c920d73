import Testing
@testable import GXReuse

/// Shingles walked in stretches, checked against every shingle of the text walked whole.
struct ShinglesTests {
    /// Three sections (so separators fall inside some stretches), with common wording and a name between own words.
    static func text(seed: Int) -> (ComparableText, OwnUnits) {
        var prose = ReuseTestText(seed: UInt64(seed) + 11)
        let common = prose.prose(2)
        var text = ComparableText()
        for (n, section) in [1, 5, 6].enumerated() {
            text.beginSection(section)
            text.append(paragraph: prose.prose(n + 1) + common + "本局" + prose.sentence(2 + seed), line: n + 1, column: 1)
            text.append(paragraph: common + prose.sentence(1 + n), line: n + 1, column: 2)
        }
        let boilerplate = Boilerplate(template: Set(Shingles.hashes(of: common).map(Boilerplate.key)))
        return (text, OwnUnits(text, boilerplate: boilerplate, region: 0, names: [ComparableText.normalized("本局")]))
    }

    static func all(_ units: [UInt16]) -> [(Int, UInt64)] {
        var all: [(Int, UInt64)] = []
        Shingles.forEach(units) { all.append(($0, $1)) }
        return all
    }

    @Test(arguments: 0..<4)
    func aStretchGivesTheShinglesStartingInItAsTheWholeWalkDoes(seed: Int) {
        let units = Self.text(seed: seed).0.units
        let all = Self.all(units)
        #expect(all.count > 100 && all.count < units.count - Shingles.length + 1)
        let n = units.count
        for lower in stride(from: -3, through: n + 2, by: 7) {
            for upper in [lower, lower + 1, lower + Shingles.length, lower + 40, n, n + 5] where upper >= lower {
                var walked: [(Int, UInt64)] = []
                Shingles.forEach(units, starts: lower..<upper) { walked.append(($0, $1)) }
                let expected = all.filter { (lower..<upper).contains($0.0) }
                #expect(walked.map(\.0) == expected.map(\.0) && walked.map(\.1) == expected.map(\.1), "\(lower)..<\(upper)")
            }
        }
    }

    @Test(arguments: 0..<4)
    func ownWordsGiveTheShinglesHoldingThemAndThoseMadeOfThem(seed: Int) {
        let (text, own) = Self.text(seed: seed)
        let all = Self.all(text.units)
        let k = Shingles.length
        var holding: [(Int, UInt64)] = [], made: [(Int, UInt64)] = []
        own.forEachShingle(holdingOwn: text.units) { holding.append(($0, $1)) }
        own.forEachShingle(allOwn: text.units) { made.append(($0, $1)) }
        let expectedHolding = all.filter { s in (s.0..<(s.0 + k)).contains { own[$0] } }
        let expectedMade = all.filter { s in (s.0..<(s.0 + k)).allSatisfy { own[$0] } }
        #expect(!expectedMade.isEmpty && expectedHolding.count > expectedMade.count && expectedHolding.count < all.count)
        #expect(holding.map(\.0) == expectedHolding.map(\.0) && holding.map(\.1) == expectedHolding.map(\.1))
        #expect(made.map(\.0) == expectedMade.map(\.0) && made.map(\.1) == expectedMade.map(\.1))
    }
}
