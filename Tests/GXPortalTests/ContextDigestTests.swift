import Testing
@testable import GXPortal
@testable import GXBuild

/// A page is keyed on the bytes of its context: the same values give the same bytes whatever their static types, and
/// different values different bytes.
struct ContextDigestTests {
    static func bytes(_ value: Any) -> [UInt8] {
        var out: [UInt8] = []
        ContextDigest.append(value, to: &out)
        return out
    }

    static var row: [String: Any] { ["agency": "余姚市人民政府", "year": 2024, "new": "12", "pass": true] }

    @Test func typedListsGiveTheBytesOfTheSameItemsAsAny() {
        #expect(Self.bytes([Self.row, ["x": "1"]] as [[String: Any]]) == Self.bytes([Self.row, ["x": "1"]] as [Any]))
        #expect(Self.bytes(["1", "—", "12"] as [String]) == Self.bytes(["1", "—", "12"] as [Any]))
        #expect(Self.bytes([] as [String]) == Self.bytes([] as [Any]))
        let nested: [String: Any] = ["rows": [Self.row] as [[String: Any]], "values": ["1", "2"] as [String]]
        let boxed: [String: Any] = ["rows": [Self.row as Any] as [Any], "values": ["1" as Any, "2" as Any] as [Any]]
        #expect(Self.bytes(nested) == Self.bytes(boxed))
    }

    @Test func aContextIsWrittenAsTaggedLengthPrefixedValues() {
        let context: [String: Any] = ["a": 12, "b": "余", "c": true, "d": 1.5, "e": -7, "f": String(repeating: "x", count: 12)]
        #expect(Self.bytes(context) == Array("{1\u{0}6k1\u{0}ai2\u{0}12k1\u{0}bs3\u{0}余k1\u{0}cb1\u{0}1k1\u{0}dd3\u{0}1.5k1\u{0}ei2\u{0}-7k1\u{0}fs12\u{0}xxxxxxxxxxxx".utf8))
    }

    /// A typed context is written as the dictionary of its present values, an absent one left out as a missing key.
    @Test func typedContextsGiveTheBytesOfTheirValuesAsADictionary() throws {
        let trail = try #require(BreadcrumbTrail([("首页", "../index.html"), ("机关", nil)]))
        let dictionary: [String: Any] = ["items": [["name": "首页", "href": "../index.html"], ["name": "机关"]] as [[String: Any]]]
        #expect(Self.bytes(trail) == Self.bytes(dictionary))
        #expect(Self.bytes([trail, trail]) == Self.bytes([dictionary, dictionary] as [[String: Any]]))
        let pager = try #require(Pager(folder: "years/2021/", count: 30, perPage: 10).context(of: 3))
        #expect(Self.bytes(pager.items[0]) == Self.bytes(["number": 1, "href": "../../../../years/2021/index.html", "is_current": false, "gap": false] as [String: Any]))
        #expect(Self.bytes(pager.items[2]) == Self.bytes(["number": 3, "href": false, "is_current": true, "gap": false] as [String: Any]))
    }

    static var pairs: [([Any], [Any])] { [
        (["1", "2"], ["12"]),
        (["1", "2"], [1, 2]),
        ([["a": "1"]], [["a": "1", "b": "2"]]),
        (["a", "b"], ["b", "a"]),
        ([], [""]),
        ([true], ["1"]),
    ] }

    @Test(arguments: pairs.indices)
    func differentContextsGiveDifferentBytes(_ i: Int) {
        let (a, b) = Self.pairs[i]
        #expect(Self.bytes(["rows": a]) != Self.bytes(["rows": b]))
    }
}
