import Testing
@testable import GXPortal

/// Names transliterated beside parsing: the same pinyin, ready before the site is indexed; the last build's first.
@Suite struct SlugPrefetchTests {
    @Test func requestedNamesAreTransliteratedByTheTimeItWaits() {
        // Names no other test uses: the transliterations are a process-wide cache.
        let names = (0..<40).map { "预取测试\($0)号市场监督管理局" }
        let prefetch = SlugPrefetch(jobs: 2) { [:] }
        for name in names + names + [""] { prefetch.request(name) }
        #expect(prefetch.wait().isEmpty)
        let cached = Slug.transliterated
        for (i, name) in names.enumerated() {
            #expect(cached[name] == ["yu", "qu", "ce", "shi", String(i), "hao", "shi", "chang", "jian", "du", "guan", "li", "ju"], "\(name)")
        }
    }

    @Test func theLastBuildsTransliterationsComeFirstAndAreGivenBack() {
        // A remembered name is not transliterated again: what the last build kept wins, however it reads.
        let kept = ["预取记住单位甲": ["kept", "jia"]]
        let prefetch = SlugPrefetch(jobs: 2) { kept }
        prefetch.request("预取记住单位甲")
        #expect(prefetch.wait() == kept)
        #expect(Slug.syllables(of: "预取记住单位甲") == ["kept", "jia"])
    }

    @Test func oneJobTransliteratesNothingAhead() {
        let prefetch = SlugPrefetch(jobs: 1) { ["预取单线程乙": ["yi"]] }
        prefetch.request("预取单线程丙")
        #expect(prefetch.wait() == ["预取单线程乙": ["yi"]])
        #expect(Slug.transliterated["预取单线程丙"] == nil)
        #expect(Slug.syllables(of: "预取单线程乙") == ["yi"])
    }
}
