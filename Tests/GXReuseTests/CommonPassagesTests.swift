import Testing
@testable import GXReuse

struct CommonPassagesTests {
    private func own(_ text: ComparableText) -> OwnUnits {
        OwnUnits(text, boilerplate: Boilerplate(template: []), region: 0)
    }

    @Test(arguments: [20, 49, 50, 120])
    func aCopiedPassageIsFoundWithItsExactLength(length: Int) {
        var prose = ReuseTestText(seed: UInt64(length))
        let source = ComparableText.normalized(prose.prose(30))
        let copied = String(decoding: source[100..<(100 + length)], as: UTF16.self)
        let a = ComparableText.of(prose.prose(4) + copied + prose.prose(3))
        let b = ComparableText.of(String(decoding: source, as: UTF16.self))
        let found = CommonPassages.find(a, own(a), b, own(b))
        let long = found.filter { $0.length >= length }
        #expect(long.count == 1)
        #expect(long.first?.otherStart ?? 0 <= 100)
        #expect(long.first.map { b.string($0.otherStart..<($0.otherStart + $0.length)).contains(a.string($0.range)) } == true)
    }

    @Test func editedFiguresAndPunctuationDoNotBreakACopy() {
        var prose = ReuseTestText(seed: 3)
        let words = prose.prose(6)
        let a = ComparableText.of("2022年，" + words)
        let b = ComparableText.of("2023年：" + words.replacingOccurrences(of: "。", with: "；"))
        let found = CommonPassages.find(a, own(a), b, own(b))
        #expect(found.count == 1)
        #expect(found[0].length == a.count)
    }

    @Test func commonWordingIsNotCountedAsOwn() {
        let common = "坚持以公开为常态不公开为例外切实保障人民群众的知情权参与权表达权和监督权"
        let boilerplate = Boilerplate(template: Set(Shingles.hashes(of: common).map { Boilerplate.key($0) }))
        let a = ComparableText.of(common), b = ComparableText.of("我局" + common)
        let ownA = OwnUnits(a, boilerplate: boilerplate, region: 0), ownB = OwnUnits(b, boilerplate: boilerplate, region: 0)
        #expect(ownA.count == 0)
        #expect(CommonPassages.find(a, ownA, b, ownB).isEmpty)
    }

    @Test func unrelatedTextsShareNothingLong() {
        var x = ReuseTestText(seed: 11), y = ReuseTestText(seed: 12)
        let a = ComparableText.of(x.prose(40)), b = ComparableText.of(y.prose(40))
        #expect(CommonPassages.find(a, own(a), b, own(b), minimumOwn: 20).isEmpty)
    }
}
