import Testing
@testable import GXReuse

struct ComparableTextTests {
    @Test(arguments: [
        ("2023年，我局公开信息125条。", "年我局公开信息条"),
        ("一是加强培训；二是完善制度。", "一是加强培训二是完善制度"),
        ("Ａpp 与 WEB 平台", "ａpp与web平台"),
        ("①　全年１２３件（见表）", "全年件见表"),
        ("“谁公开、谁审查”", "谁公开谁审查"),
        ("", ""),
    ])
    func normalisationKeepsLettersOnly(input: String, expected: String) {
        #expect(String(decoding: ComparableText.normalized(input), as: UTF16.self) == expected)
    }

    /// The UTF-8 decoded in bulk keeps what the text's scalars, one by one, keep: ASCII, Chinese characters and
    /// punctuation, accented and Greek letters (İ lowercases to two units), full-width forms, a letter outside the
    /// BMP, an emoji, and every scalar of a few ranges at once.
    @Test(arguments: [
        "2023年，我局公开信息125条。Abc-XYZ", "İstanbul ÀÉÎ ΣΑΣ ß ǅ", "Ｗｅｂ平台①②Ⅲ", "𠀀𠮷字🙂e\u{301}",
        String(String.UnicodeScalarView((0x20...0x2FF).compactMap(Unicode.Scalar.init))),
        String(String.UnicodeScalarView((0x2FF0...0x3100).compactMap(Unicode.Scalar.init))),
        String(String.UnicodeScalarView((0x9FF0...0xA010).compactMap(Unicode.Scalar.init))),
        String(String.UnicodeScalarView((0xFF00...0xFFEF).compactMap(Unicode.Scalar.init))),
    ])
    func theTextDecodedInBulkKeepsWhatItsScalarsKeep(text: String) {
        var oneByOne: [UInt16] = [7]
        for scalar in text.unicodeScalars { ComparableText.normalize(scalar, into: &oneByOne) }
        var bulk: [UInt16] = [7]
        ComparableText.normalize(text, into: &bulk)
        #expect(bulk == oneByOne && bulk.count > 1)
    }

    @Test func theChinesePunctuationSkippedWithoutALookupHoldsNoLetter() {
        let letters: Set<Unicode.GeneralCategory> = [.uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter]
        var checked = 0
        for v in UInt32(0x2000)...0xFFFF where ComparableText.isChinesePunctuation(v) {
            let scalar = Unicode.Scalar(v)!
            #expect(!letters.contains(scalar.properties.generalCategory), "U+\(String(v, radix: 16))")
            #expect(ComparableText.units(of: scalar) == 0)
            checked += 1
        }
        #expect(checked == 5 + 10 + 24 + 32)
    }

    @Test func sectionsAreSeparatedAndParagraphsLocated() {
        var text = ComparableText()
        text.beginSection(1)
        text.append(paragraph: "总体情况良好。", line: 3, column: 1)
        text.append(paragraph: "１２３", line: 4, column: 1)
        text.beginSection(5)
        text.append(paragraph: "问题不少。", line: 9, column: 2)
        #expect(text.units.count == 6 + 1 + 4)
        #expect(text.count == 10)
        #expect(text.sections.map(\.number) == [1, 5])
        #expect(text.sections.map(\.start) == [0, 7])
        #expect(text.paragraphs.map(\.line) == [3, 9])
        #expect(text.paragraph(at: 8)?.line == 9)
        #expect(text.paragraph(at: 5)?.line == 3)
        #expect(text.string(0..<text.units.count) == "总体情况良好问题不少")
    }

    @Test func anEmptySectionAddsNoLetters() {
        var text = ComparableText()
        text.beginSection(1)
        text.beginSection(5)
        text.append(paragraph: "问题不少。", line: 2, column: 1)
        #expect(text.count == 4)
    }

    @Test func rollingHashesEqualEachShingleHashedAlone() {
        var prose = ReuseTestText(seed: 7)
        let units = ComparableText.normalized(prose.prose(3))
        let rolled = Shingles.hashes(units)
        for start in stride(from: 0, to: rolled.count, by: 5) {
            let alone = Shingles.hashes(Array(units[start..<(start + Shingles.length)]))
            #expect(alone == [rolled[start]])
        }
    }

    @Test func noShingleSpansASectionSeparator() {
        var text = ComparableText()
        text.beginSection(1)
        text.append(paragraph: "甲乙丙丁戊己庚辛壬癸子丑", line: 1, column: 1)
        text.beginSection(6)
        text.append(paragraph: "寅卯辰巳午未申酉戌亥天地", line: 2, column: 1)
        #expect(Shingles.hashes(text.units).compactMap { $0 }.count == 2)
    }
}
