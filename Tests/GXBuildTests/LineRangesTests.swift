import Testing
@testable import GXBuild

struct LineRangesTests {
    @Test(arguments: [
        ("", [0..<0]), ("a", [0..<1]), ("a\n", [0..<1, 2..<2]), ("ab\ncd", [0..<2, 3..<5]), ("\n\n", [0..<0, 1..<1, 2..<2]),
        ("余姚\tx\n-", [0..<8, 9..<10]),
    ])
    func linesAndTheRest(text: String, expected: [Range<Int>]) {
        #expect(Array(text.utf8).withUnsafeBytes { $0.lineRanges() } == expected)
    }
}
