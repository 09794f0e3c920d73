import Testing
@testable import GXSite

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
