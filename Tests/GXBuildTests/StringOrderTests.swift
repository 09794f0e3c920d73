import Testing
@testable import GXBuild

/// The fast byte order must be exactly the UTF-8 lexicographic order it replaces.
struct StringOrderTests {
    static let pairs: [(String, String)] = [
        ("", ""), ("", "a"), ("a", ""), ("a", "b"), ("b", "a"), ("ab", "abc"), ("abc", "ab"),
        ("agencies/a/2021/index.html", "agencies/a/2021/report.md"), ("Z", "a"), ("é", "z"), ("余姚", "宁波"),
        (String(repeating: "x", count: 40) + "1", String(repeating: "x", count: 40) + "2"),
        (String(repeating: "长", count: 30), String(repeating: "长", count: 30)),
        ("e\u{301}", "é"), ("é", "e\u{301}"), ("a\u{0}b", "a"), ("😀", "\u{FFFF}"),
    ]

    @Test(arguments: pairs)
    func matchesUTF8LexicographicOrder(_ a: String, _ b: String) {
        #expect(String.utf8Precedes(a, b) == a.utf8.lexicographicallyPrecedes(b.utf8))
    }
}

/// Sorting many strings through packed bytes gives `utf8Precedes` order, stable for equal strings.
struct StringSortTests {
    static let lists: [[String]] = [
        [], [""], ["b", "a"], ["a", "a", ""], StringOrderTests.pairs.flatMap { [$0.0, $0.1] },
        (0..<500).map { "agencies/\(($0 * 7919) % 97)/\($0 % 5)/index.html" },
    ]

    @Test(arguments: lists)
    func sortsLikeUTF8Precedes(_ list: [String]) {
        let sorted = String.utf8Sorted(list)
        #expect(sorted == list.sorted(by: String.utf8Precedes))
        #expect(String.utf8Order(of: list).map { list[$0] } == sorted)
    }

    @Test func equalStringsKeepTheirOrder() {
        // Canonically equal but different bytes sort apart (65 CC 81 < 78 < C3 A9); byte-equal ones keep their order.
        let list = ["é", "e\u{301}", "x", "é", "x"]
        #expect(String.utf8Order(of: list) == [1, 2, 4, 0, 3])
    }
}
