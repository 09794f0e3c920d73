import Testing
@testable import GXBuild

/// Numbers written into the lists and keys as bytes read as `String(n)` does.
struct ArrayDecimalTests {
    @Test(arguments: [0, 7, 9, 10, 99, 100, 4_096, 12_345_678_901, -1, -42, Int.max, Int.min])
    func digitsAreTheNumbersText(_ n: Int) {
        var out: [UInt8] = [0x41]
        out.appendDecimal(n)
        #expect(out == [0x41] + Array(String(n).utf8))
    }
}
