import Testing
@testable import GXReport

/// The byte count of plausible text must agree with the scalar count it replaces.
struct TextDecodingTests {
    static let cases: [(String, Bool)] = [
        ("一、总体情况\n本机关全年主动公开政府信息 1,024 条。\t(完)\r\n", true),
        ("", false),
        (String(repeating: "正文", count: 60) + "\u{1}", true),
        (String(repeating: "正文", count: 20) + "\u{1}\u{2}", false),
        (String(repeating: "a", count: 49) + "\u{7F}", true),
        (String(repeating: "a", count: 48) + "\u{7F}\u{0}", false),
        (String(repeating: "文", count: 10) + "\u{E000}\u{F8FF}\u{FFFD}", false),
        (String(repeating: "文", count: 200) + "\u{E000}\u{F8FF}\u{FFFD}", true),
        (String(repeating: "\u{F8FF}", count: 3) + String(repeating: "\u{F900}", count: 100), false),
        (String(repeating: "\u{F900}\u{FFFC}\u{EFFF}", count: 1), false),
        (String(repeating: "\u{F900}\u{FFFC}", count: 30) + "\u{EFFF}", true),
        (String(repeating: "😀é", count: 30) + "\u{FFFD}", true),
        // Only the first 20,000 scalars count: garbage after them is not seen.
        (String(repeating: "文", count: 20_000) + String(repeating: "\u{1}", count: 5_000), true),
        (String(repeating: "\u{1}", count: 500) + String(repeating: "文", count: 19_500), false),
    ]

    @Test(arguments: cases)
    func bytesAndScalarsAgree(_ text: String, _ expected: Bool) {
        var copy = text
        let bytes = copy.withUTF8 { TextDecoding.plausibleUTF8(UnsafeBufferPointer(rebasing: $0[...])) }
        #expect(bytes == expected)
        #expect(TextDecoding.plausibleScalars(text) == expected)
        #expect((TextDecoding.plausible(text) != nil) == expected)
    }
}
