import Testing
import GXPortal
@testable import GXBuild

@Suite struct SlugTests {
    @Test(arguments: [
        ("余姚市经济和信息化局", "yu-yao-shi-jing-ji-he-xin-xi-hua-ju"),
        ("吕梁市", "lv-liang-shi"),
        ("二七区", "er-qi-qu"),
        ("女儿", "nv-er"),
        ("宁波市镇海区经济和信息化局", "ning-bo-shi-zhen-hai-qu-jing-ji-he-xin-xi-hua-ju"),
        ("2023年余姚市", "2023-nian-yu-yao-shi"),
        ("ABC公司", "abc-gong-si"),
        ("Ａ区（第1号）", "a-qu-di-1-hao"),
        ("<script>", "script"),
        ("Café", "cafe"),
        // ICU reads some polyphones from the word around them, so Han runs go to it whole.
        ("重庆市", "chong-qing-shi"),
        ("第2023号", "di-2023-hao"),
    ])
    func base(name: String, expected: String) {
        #expect(Slug.base(for: name) == expected)
    }

    @Test func sortKeyIsTonelessPinyinWithSpaces() {
        #expect(Slug.sortKey(for: "吕梁市") == "lv liang shi")
        #expect(Slug.sortKey(for: "余姚市") < Slug.sortKey(for: "镇海区"))
    }

    @Test func lengthIsCappedAtASyllableBoundary() {
        let name = String(repeating: "经济和信息化局", count: 20)
        let slug = Slug.base(for: name)
        let full = Slug.sortKey(for: name).replacingOccurrences(of: " ", with: "-")
        #expect(slug.count <= Slug.maxLength)
        #expect(slug.count > Slug.maxLength - 8)
        #expect(full.hasPrefix(slug + "-"))
        #expect(Slug.base(for: String(repeating: "a", count: 200)) == String(repeating: "a", count: 80))
    }

    @Test(arguments: [
        "/", "..", "\u{0}", "<script>", "<script>alert(1)</script>", "../../etc/passwd", "a/b\\c",
        "  ", "", "\u{0}..\u{0}/", "余姚市/../局", "？！。，", "Ｆｕｌｌ　Ｗｉｄｔｈ", "Привет", "東京都", "a--b__c",
        "🙂局", "\u{202E}evil", "%2e%2e%2f",
    ])
    func onlySafeCharacters(name: String) {
        let slug = Slug.base(for: name)
        #expect(!slug.isEmpty)
        #expect(slug.count <= Slug.maxLength)
        #expect(slug.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D })
        #expect(!slug.hasPrefix("-") && !slug.hasSuffix("-") && !slug.contains("--"))
    }

    @Test func punctuationOnlyNamesStayDistinct() {
        #expect(Slug.base(for: "/") != Slug.base(for: ".."))
        #expect(Slug.base(for: "/") == Slug.base(for: "/"))
    }

    @Test func collisionsGetHashSuffixesWhateverTheOrder() {
        // 公示 and 公式 are both gōng shì.
        let names = ["公示办公室", "公式办公室", "余姚市商务局"]
        let forward = SlugRegistry(names: names)
        let backward = SlugRegistry(names: names.reversed() + ["公示办公室"])
        for name in names {
            #expect(forward.slug(for: name) == backward.slug(for: name))
        }
        let base = "gong-shi-ban-gong-shi"
        #expect(Slug.base(for: "公示办公室") == base)
        #expect(forward.slug(for: "公示办公室") == base + "-" + SHA256.hex(Array("公示办公室".utf8)).prefix(6))
        #expect(forward.slug(for: "公式办公室") == base + "-" + SHA256.hex(Array("公式办公室".utf8)).prefix(6))
        #expect(forward.slug(for: "公示办公室") != forward.slug(for: "公式办公室"))
        #expect(forward.slug(for: "余姚市商务局") == "yu-yao-shi-shang-wu-ju")
        // A newcomer never takes a registered slug.
        #expect(SlugRegistry(names: ["公示办公室"]).slug(for: "公式办公室") != "gong-shi-ban-gong-shi")
    }

    @Test func transliterationIsQuickEnoughWhenRepeated() {
        let names = (0..<1000).map { "测试单位\($0)市场监督管理局" }
        for name in names { _ = Slug.base(for: name) }
        let clock = ContinuousClock()
        let elapsed = clock.measure { for name in names { _ = Slug.base(for: name); _ = Slug.sortKey(for: name) } }
        #expect(elapsed < .seconds(1))
    }
}
