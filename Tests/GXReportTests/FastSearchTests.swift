import Foundation
import GXCorpus
import Testing
@testable import GXReport

/// The byte-level search helpers against the Foundation and Character-based code they replace:
/// every answer must be the same, on plain text (byte search) and on text that is not (fallback).
@Suite struct FastSearchTests {
    /// A haystack, a needle and where Foundation finds it (UTF-8 offsets), nil when absent.
    struct Case: Sendable, CustomStringConvertible {
        var haystack: String
        var needle: String
        var expected: Range<Int>?
        var description: String { "\(haystack.debugDescription) ∋ \(needle.debugDescription)" }
    }

    static let cases: [Case] = [
        Case(haystack: "row-sum and outcome-sum", needle: "sum", expected: 4..<7),
        Case(haystack: "row-sum", needle: "row", expected: 0..<3),
        Case(haystack: "row-sum", needle: "-sum", expected: 3..<7),
        Case(haystack: "row-sum", needle: "Sum", expected: nil),
        Case(haystack: "共收到政府信息公开申请26件", needle: "信息公开", expected: 15..<27),
        Case(haystack: "共收到政府信息公开申请26件", needle: "共收到", expected: 0..<9),
        Case(haystack: "共收到政府信息公开申请26件", needle: "26件", expected: 33..<38),
        Case(haystack: "共收到政府信息公开申请26件", needle: "办结", expected: nil),
        Case(haystack: "共收到政府信息公开申请26件", needle: "", expected: nil),
        Case(haystack: "", needle: "", expected: nil),
        Case(haystack: "", needle: "申请", expected: nil),
        Case(haystack: "申请", needle: "申请人", expected: nil),
        Case(haystack: "申请", needle: "申请", expected: 0..<6),
        Case(haystack: "（一）予以公开", needle: "（一）", expected: 0..<9),
        Case(haystack: "行政复议、行政诉讼共２件", needle: "２件", expected: 30..<36),
        Case(haystack: "[bookmark: _GoBack]一、总体情况", needle: "[bookmark:", expected: 0..<10),
        // Not plain: Foundation decides, by canonical equivalence on whole characters.
        Case(haystack: "e\u{301}x", needle: "e", expected: nil),
        Case(haystack: "cafe\u{301}", needle: "café", expected: 0..<6),
        Case(haystack: "\u{F9D1}年", needle: "六", expected: 0..<3),
        Case(haystack: "申请\u{301}", needle: "申请", expected: nil),
        Case(haystack: "a\r\nb", needle: "\n", expected: 2..<3),
        Case(haystack: "\u{FEFF}总体情况", needle: "总体", expected: 3..<9),
    ]

    @Test(arguments: cases)
    func containsAgreesWithFoundation(_ c: Case) {
        #expect(c.haystack.fastContains(c.needle) == c.haystack.contains(c.needle))
        #expect(c.haystack.fastContains(c.needle) == (c.expected != nil))
        #expect(SearchText(c.haystack).contains(c.needle) == c.haystack.contains(c.needle))
    }

    @Test(arguments: cases)
    func rangeAgreesWithFoundation(_ c: Case) {
        let found = c.haystack.fastRange(of: c.needle)
        #expect(found == c.haystack.range(of: c.needle))
        #expect(SearchText(c.haystack).range(of: c.needle) == c.haystack.range(of: c.needle))
        let offsets = found.map { c.haystack.utf8.distance(from: c.haystack.startIndex, to: $0.lowerBound)..<c.haystack.utf8.distance(from: c.haystack.startIndex, to: $0.upperBound) }
        #expect(offsets == c.expected)
    }

    @Test(arguments: cases)
    func substringHaystacks(_ c: Case) {
        let padded = "前" + c.haystack + "后"
        let inner = padded.dropFirst().dropLast()
        #expect(inner.fastContains(c.needle) == inner.contains(c.needle))
        #expect(inner.fastRange(of: c.needle) == inner.range(of: c.needle))
        if let range = inner.fastRange(of: c.needle) { #expect(String(inner[range]) == String(inner[inner.range(of: c.needle)!])) }
    }

    @Test(arguments: cases)
    func prefixAgreesWithStandardLibrary(_ c: Case) {
        #expect(SearchText(c.haystack).hasPrefix(c.needle) == c.haystack.hasPrefix(c.needle))
        #expect(SearchText(c.needle).hasPrefix(c.haystack) == c.needle.hasPrefix(c.haystack))
    }

    @Test func wordIndexAgreesWithFoundation() {
        let index = WordIndex([["本年新收"], ["上年结转", "上年转结"], ["总计"], ["e"], ["六"]])
        let texts = ["一、本年新收政府信息公开申请数量", "二、上年转结政府信息公开申请数量", "（七）总计", "总", "", "e\u{301}", "\u{F9D1}", "本年新收上年结转总计"]
        for text in texts {
            let expected = index.entries.enumerated().reduce(UInt64(0)) { found, entry in
                entry.element.contains { text.contains($0) } ? found | 1 << UInt64(entry.offset) : found
            }
            #expect(index.matches(in: SearchText(text)) == expected, "\(text)")
        }
    }

    /// The plain table is the premise of every byte search: no plain scalar decomposes, combines or joins.
    @Test func plainScalarsAreWholeCharactersWithoutDecompositions() {
        var checked = 0
        for value in UInt32(0)...0x10FFFF where PlainText.isPlain(value) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(scalar)
            // Compared scalar by scalar: String's == already treats canonical equivalents as equal.
            #expect(Array(text.decomposedStringWithCanonicalMapping.unicodeScalars) == [scalar], "U+\(String(value, radix: 16)) decomposes")
            #expect(!scalar.properties.isGraphemeExtend, "U+\(String(value, radix: 16)) extends a grapheme")
            #expect(![.nonspacingMark, .spacingMark, .enclosingMark].contains(scalar.properties.generalCategory))
            #expect(("中" + text + text + "a").count == 4, "U+\(String(value, radix: 16)) joins a neighbour")
            checked += 1
        }
        #expect(checked > 90_000)
    }

    @Test func bufferCheckAgreesWithScalarCheck() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let utf8 = Array(String(scalar).utf8)
            let plain = utf8.withUnsafeBufferPointer { PlainText.isPlain($0) }
            #expect(plain == PlainText.isPlain(value), "U+\(String(value, radix: 16))")
            if value == 0x0D { #expect(utf8.withUnsafeBufferPointer { PlainText.isPlain($0, allowingCR: true) }) }
        }
    }

    @Test func delimitersAgreeWithTheCharacterSets() {
        // Only plain scalars reach these: U+037E, say, equals ";" as a Character but is not plain.
        for value in UInt32(0)...0xFFFF where PlainText.isPlain(value) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let character = Character(scalar)
            #expect(NarrativeCounts.isSentenceEnd(value) == NarrativeCounts.sentenceEnds.contains(character), "U+\(String(value, radix: 16))")
            #expect(NarrativeCounts.isClauseEnd(value) == NarrativeCounts.clauseEnds.contains(character), "U+\(String(value, radix: 16))")
        }
    }

    @Test func characterCountsAgree() {
        for text in ["", "一、总体情况", String(repeating: "情", count: 48), String(repeating: "情", count: 49), "e\u{301}" + String(repeating: "x", count: 47),
                     String(repeating: "e\u{301}", count: 30), "a\r\n" + String(repeating: "b", count: 47)] {
            for limit in [0, 16, 40, 48] {
                #expect(text.hasAtMostCharacters(limit) == (text.count <= limit), "\(text.debugDescription) \(limit)")
            }
        }
    }

    @Test func divisionLinesSplitLikeCharacters() {
        let bundled = TestData.text(TestData.root.appendingPathComponent("Sources/GXReport/Resources/divisions.tsv"))
        #expect(!bundled.isEmpty)
        for text in [bundled, "", "\n\n", "a\nb\n", "a\r\nb", "a\u{85}b\nc", "a\u{2028}b", "a\u{2029}b", "甲\n\n乙\n", "a\u{0B}b\u{0C}c", "末"] {
            #expect(RegionResolver.lines(of: text) == text.split(whereSeparator: \.isNewline), "\(text.prefix(20).debugDescription)")
        }
    }

    @Test func titlePunctuationTrimsLikeFoundation() {
        let marks = CharacterSet(charactersIn: ReportParser.titlePunctuation)
        for text in ["《余姚市经济和信息化局》", "“宁海县商务局”", "——", "", "局", "·局·", "《》e\u{301}》", "-局\u{301}-"] {
            #expect(ReportParser.trimmingTitlePunctuation(text) == text.trimmingCharacters(in: marks), "\(text.debugDescription)")
        }
    }

    @Test func figuresAreReadAsTheGeneralPathReadsThem() {
        let location = GXReport.SourceLocation(line: 1, column: 1)
        for raw in ["0", "12", "000123", "123456789012", "1234567890123", "１２", " 7", "7 ", "", "/", "——", "22（其中修订16件）", "1 2"] {
            let fast = Cell(removingWhitespaceFrom: raw, location: location)
            let slow = Cell(raw: raw.removingWhitespace(), location: location)
            #expect(fast == slow, "\(raw.debugDescription)")
        }
    }

    /// Paragraphs and cells of generated reports and of the seed reports, plus text that is not plain.
    static func sampleTexts() -> [String] {
        let corpus = CorpusGenerator(count: 60, errorRate: 0.5, seed: 7).generate()
        var texts = corpus.files.flatMap { $0.contents.split(separator: "\n").map(String.init) }
        if let names = try? FileManager.default.contentsOfDirectory(atPath: TestData.content.path) {
            for name in names where name.hasSuffix(".txt") {
                texts += TestData.text(TestData.content.appendingPathComponent(name)).split(separator: "\n").map(String.init)
            }
        }
        texts += ["2020年，共收到政府信息公开申请2６件，办结２５件。", "本年度未收到政府信息公开申请\u{301}。", "行政复议、行政诉讼共2件。",
                  "2019年以来共收到申请50件。", "一、总体情况\r", "五、监督保障机制", "（一）主动公开", "\u{FEFF}一、总体情况"]
        return texts
    }

    @Test func narrativeCountsAgreeWithTheCharacterPath() {
        for text in Self.sampleTexts() {
            for year in [2019, 2020, 2021, 2024] {
                let character = NarrativeCounts.characterStatements(in: text, year: year)
                #expect(NarrativeCounts.statements(in: text, year: year) == character, "\(text)")
            }
        }
    }

    @Test func headingNumberingAgreesWithTheCharacterPath() {
        func key(_ numbering: SectionHeading.Numbering) -> String {
            switch numbering {
            case .none: "none"
            case .heading(let digits, let body): "\(digits)|\(body)"
            }
        }
        for text in Self.sampleTexts() {
            let trimmed = text.trimmingWhitespace()
            guard !trimmed.isEmpty, trimmed.utf8.withContiguousStorageIfAvailable({ PlainText.isPlain($0) }) == true else { continue }
            #expect(key(SectionHeading.plainNumbering(trimmed)) == key(SectionHeading.numbering(trimmed)), "\(trimmed)")
        }
    }

    @Test func layoutAgreesWithLineByLineReading() {
        var documents = CorpusGenerator(count: 20, errorRate: 0.5, seed: 11).generate().files.map(\.contents)
        documents += ["\u{FEFF}标题\r\n\t1\r\n\t[bookmark: a]2\r\n\r\n段落[bookmark: _GoBack]\r\n", "a\rb\n\n\tc\n续\n\n\te\u{301}\n", "\t\n\n\t0\n"]
        for text in documents {
            let reference = Self.referenceItems(of: text)
            #expect(String(describing: TikaLayout.items(of: text)) == String(describing: reference))
        }
    }

    /// `TikaLayout.items(of:)` as it read lines before the byte-level split.
    static func referenceItems(of text: String) -> [TikaLayout.Item] {
        var items: [TikaLayout.Item] = []
        var rows: [[RawCell]] = []
        var row: [RawCell] = []
        var tableStart: GXReport.SourceLocation?
        var previousWasContent = false
        func endRow() { if !row.isEmpty { rows.append(row); row = [] } }
        func endTable() {
            endRow()
            if let start = tableStart, !rows.isEmpty { items.append(.table(RawTable(rows: rows, location: start))) }
            rows = []
            tableStart = nil
        }
        for (index, raw) in TikaLayout.lines(of: text).enumerated() {
            let number = index + 1
            if raw.first == "\t" {
                if tableStart == nil { tableStart = GXReport.SourceLocation(line: number, column: 2) }
                row.append(RawCell(text: TikaLayout.removingBookmarks(raw.dropFirst()), location: GXReport.SourceLocation(line: number, column: 2), gridColumn: row.count))
                previousWasContent = true
                continue
            }
            let text = TikaLayout.removingBookmarks(raw)
            if text.trimmingWhitespace().isEmpty {
                if tableStart != nil { endRow() }
                previousWasContent = false
                continue
            }
            if tableStart != nil, previousWasContent, !row.isEmpty {
                row[row.count - 1].text += "\n" + text
                continue
            }
            if tableStart != nil { endTable() }
            items.append(.paragraph(text, GXReport.SourceLocation(line: number, column: 1)))
            previousWasContent = false
        }
        endTable()
        return items
    }
}
