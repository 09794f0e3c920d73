import Foundation
import Testing
@testable import GXReport

/// The DOCX and HTML versions of every seed, and of the real report 010 whose figures are not all zero,
/// made by scripts/make-docx-fixtures.py.
let formatSeeds = ["000_de03c57df4063b09", "001_92deafc51ce9e0f4", "002_af7ba795f29cd9b9", "003_096eb810ffb81dcc",
                   "004_6001728057d43c53", "010_shuyang_drc_2023"]

/// Expects the non-zero figures of 010 (沭阳县发展和改革局 2023), which a shifted row or column would move.
func expectShuyangFigures(_ report: Report, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
    let applications = try #require(report.applications, sourceLocation: sourceLocation)
    let blank = Array(repeating: CellValue.blank, count: 5)
    #expect(applications.cells[.new]?.map(\.value) == [.number(26)] + blank + [.number(26)], sourceLocation: sourceLocation)
    #expect(applications.cells[.granted]?.map(\.value) == [.number(26)] + blank + [.number(26)], sourceLocation: sourceLocation)
    #expect(applications.cells[.total]?.map(\.value) == [.number(26)] + blank + [.number(26)], sourceLocation: sourceLocation)
    #expect(applications.cells[.carriedForward]?.map(\.value) == [.number(0)] + blank + [.number(0)], sourceLocation: sourceLocation)
    let review = try #require(report.review, sourceLocation: sourceLocation)
    #expect(review.cells.map(\.value) == [0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0].map(CellValue.number), sourceLocation: sourceLocation)
    let rules = report.disclosure?.items.first?.rows.first { $0.label == "规范性文件" }
    #expect(rules?.values == ["8", "0", "18"], sourceLocation: sourceLocation)
}

/// A file of Tests/Fixtures/formats/.
func formatFixture(_ name: String) -> URL {
    TestData.fixtures.appendingPathComponent("formats/\(name)")
}

/// The report a seed's Tika text gives.
func textReport(_ stem: String) throws -> Report {
    try #require(TestData.parse(seed: "\(stem).txt").report)
}

/// Expects two readings of the same report to agree on everything but locations.
func expectSameReport(_ actual: Report, _ expected: Report, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
    #expect(actual.agency == expected.agency, sourceLocation: sourceLocation)
    #expect(actual.year == expected.year, sourceLocation: sourceLocation)
    #expect(actual.region == expected.region, sourceLocation: sourceLocation)
    #expect(actual.template == expected.template, sourceLocation: sourceLocation)
    #expect(actual.title.removingWhitespace() == expected.title.removingWhitespace(), sourceLocation: sourceLocation)
    #expect(actual.sections.map(\.kind) == expected.sections.map(\.kind), sourceLocation: sourceLocation)
    #expect(actual.sections.map(\.heading) == expected.sections.map(\.heading), sourceLocation: sourceLocation)

    let applications = try #require(actual.applications, sourceLocation: sourceLocation)
    let expectedApplications = try #require(expected.applications, sourceLocation: sourceLocation)
    #expect(applications.rows == expectedApplications.rows, sourceLocation: sourceLocation)
    for row in expectedApplications.rows {
        #expect(applications.cells[row]?.map(\.value) == expectedApplications.cells[row]?.map(\.value), "row \(row)",
                sourceLocation: sourceLocation)
    }
    let review = try #require(actual.review, sourceLocation: sourceLocation)
    let expectedReview = try #require(expected.review, sourceLocation: sourceLocation)
    #expect(review.cells.map(\.value) == expectedReview.cells.map(\.value), sourceLocation: sourceLocation)

    let disclosure = try #require(actual.disclosure, sourceLocation: sourceLocation)
    let expectedDisclosure = try #require(expected.disclosure, sourceLocation: sourceLocation)
    #expect(disclosure.layout == expectedDisclosure.layout, sourceLocation: sourceLocation)
    #expect(disclosure.items.map(\.title) == expectedDisclosure.items.map(\.title), sourceLocation: sourceLocation)
    #expect(disclosure.items.map(\.columns) == expectedDisclosure.items.map(\.columns), sourceLocation: sourceLocation)
    #expect(disclosure.items.map { $0.rows.map(\.label) } == expectedDisclosure.items.map { $0.rows.map(\.label) },
            sourceLocation: sourceLocation)
    #expect(disclosure.items.map { $0.rows.map(\.values) } == expectedDisclosure.items.map { $0.rows.map(\.values) },
            sourceLocation: sourceLocation)
}

/// Every paragraph of a report, preamble and sections.
func paragraphs(of report: Report) -> [String] {
    (report.preamble + report.sections.flatMap(\.blocks)).compactMap { block in
        if case .paragraph(let text, _) = block { return text }
        return nil
    } + report.sections.map(\.heading) + [report.title]
}

@Suite struct DocxReaderTests {
    static func parse(_ name: String) throws -> ParseOutcome {
        let data = try Data(contentsOf: formatFixture(name))
        return ReportParser(source: name, format: "docx").parse(docx: data)
    }

    static func items(xml body: String) throws(DocumentError) -> [TikaLayout.Item] {
        let xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
            xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>\(body)</w:body></w:document>
            """
        return try DocxReader.parse(xml: Data(xml.utf8))
    }

    @Test(arguments: formatSeeds)
    func docxGivesTheSameReportAsTikaText(_ stem: String) throws {
        let outcome = try Self.parse("\(stem).docx")
        let report = try #require(outcome.report, "\(outcome.findings)")
        try expectSameReport(report, try textReport(stem))
        let textFindings = TestData.parse(seed: "\(stem).txt").findings
        #expect(outcome.findings.map(\.rule) == textFindings.map(\.rule))
        if stem.hasPrefix("010") { try expectShuyangFigures(report) }
    }

    @Test func locationsCountParagraphsAndRowsInOneSequence() throws {
        let report = try #require(try Self.parse("000_de03c57df4063b09.docx").report)
        // 37 paragraphs and rows precede table 三; its fourth row is 一、本年新收, line 41, whose label spans three grid
        // columns: its first figure is in grid column 4.
        let applications = try #require(report.applications)
        #expect(applications[.new, .natural]?.location == GXReport.SourceLocation(line: 41, column: 4))
        #expect(applications.location == GXReport.SourceLocation(line: 38, column: 1))
        let review = try #require(report.review)
        #expect(review.cells.first?.location == GXReport.SourceLocation(line: 68, column: 1))
        #expect(review.cells.last?.location == GXReport.SourceLocation(line: 68, column: 15))
        #expect(report.titleLocation == GXReport.SourceLocation(line: 1, column: 1))
    }

    @Test func officialTemplateFilledWithSeed003GivesItsFigures() throws {
        let outcome = try Self.parse("template-2021-003.docx")
        let report = try #require(outcome.report, "\(outcome.findings)")
        try expectSameReport(report, try textReport("003_096eb810ffb81dcc"))
        #expect(report.template == .t2021)
        let applications = try #require(report.applications)
        #expect(applications.rows == ApplicationRow.rows2021)
        // The template's table 三 starts after 30 paragraphs and rows; 一、本年新收 is its fourth row, its label three grid
        // columns wide.
        #expect(applications[.new, .natural]?.location == GXReport.SourceLocation(line: 34, column: 4))
    }

    @Test func trackedChangesReadAsAccepted() throws {
        let outcome = try Self.parse("tracked-changes.docx")
        let report = try #require(outcome.report)
        let applications = try #require(report.applications)
        #expect(applications[.new, .natural]?.value == .number(3))
        #expect(applications[.new, .total]?.value == .number(3))
        #expect(applications[.carriedOver, .natural]?.value == .number(0))
        let text = paragraphs(of: report)
        #expect(text.contains { $0.hasSuffix("（已整改）") })
        #expect(!text.contains { $0.contains("本段已删除") })
        #expect(!text.contains { $0.contains("DOCPROPERTY") || $0.contains("域代码") })
    }

    @Test(arguments: ["truncated.docx", "plain-text.docx"])
    func damagedFilesAreNotZip(_ name: String) throws {
        let data = try Data(contentsOf: formatFixture(name))
        #expect(throws: DocumentError.notZip) { try DocxReader.items(from: data) }
        #expect(DocumentError.notZip.message == "不是有效的DOCX文件（ZIP结构损坏）")
        let outcome = try Self.parse(name)
        #expect(outcome.report == nil)
        #expect(outcome.findings.map(\.rule) == ["unreadable-input"])
        #expect(outcome.findings.first?.severity == .error)
        #expect(outcome.findings.first?.message == "不是有效的DOCX文件（ZIP结构损坏）")
    }

    @Test func emptyDataIsNotZip() {
        #expect(throws: DocumentError.notZip) { try DocxReader.items(from: Data()) }
    }

    @Test func zipWithoutDocumentXML() throws {
        let data = try Data(contentsOf: formatFixture("no-document-xml.docx"))
        #expect(throws: DocumentError.missingDocumentXML) { try DocxReader.items(from: data) }
        #expect(DocumentError.missingDocumentXML.message == "不是有效的DOCX文件：缺少word/document.xml")
    }

    @Test func malformedXMLIsAnErrorNotACrash() throws {
        let data = try Data(contentsOf: formatFixture("malformed-xml.docx"))
        do {
            _ = try DocxReader.items(from: data)
            Issue.record("a cut-off document.xml was read")
        } catch {
            guard case .malformedXML(let detail) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(detail.hasPrefix("word/document.xml第"))
            #expect(error.message.hasPrefix("XML解析失败：word/document.xml第"))
        }
        #expect(throws: DocumentError.malformedXML("word/document.xml第1行第11列")) {
            try DocxReader.parse(xml: Data("<a><b></a>".utf8))
        }
    }

    @Test func documentXMLOverTheLimitIsRefused() throws {
        let data = try Data(contentsOf: formatFixture("000_de03c57df4063b09.docx"))
        #expect(throws: DocumentError.tooLarge(limit: 1024)) { try DocxReader.documentXML(in: data, limit: 1024) }
        #expect(DocumentError.tooLarge(limit: 64 * 1_048_576).message == "文档过大：word/document.xml解压后超过64 MB，未读取")
        #expect(try DocxReader.documentXML(in: data).count > 1024)
    }

    @Test func runsTabsBreaksAndFieldCodes() throws {
        let items = try Self.items(xml: """
            <w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr>\
            <w:r><w:t>一、</w:t></w:r><w:bookmarkStart w:id="0" w:name="_GoBack"/><w:r><w:tab/><w:t xml:space="preserve">总体 情况</w:t></w:r><w:bookmarkEnd w:id="0"/></w:p>\
            <w:p/>\
            <w:p><w:r><w:t>标题上半</w:t><w:br/><w:t>标题下半</w:t><w:br w:type="page"/></w:r></w:p>\
            <w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>\
            <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>\
            <w:ins w:id="1" w:author="a"><w:r><w:t>新</w:t></w:r></w:ins><w:del w:id="2" w:author="a"><w:r><w:delText>旧</w:delText></w:r></w:del>\
            <w:moveFrom w:id="3" w:author="a"><w:r><w:t>移走</w:t></w:r></w:moveFrom><w:r><w:t>&amp;&lt;</w:t></w:r></w:p>\
            <w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:t>选</w:t></mc:Choice>\
            <mc:Fallback><w:t>备</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>
            """)
        let texts = items.compactMap { item -> String? in
            if case .paragraph(let text, _) = item { return text }
            return nil
        }
        #expect(texts == ["一、 总体 情况", "标题上半", "标题下半", "7新&<", "选"])
        let lines = items.compactMap { item -> Int? in
            if case .paragraph(_, let location) = item { return location.line }
            return nil
        }
        #expect(lines == [1, 3, 3, 4, 5])
    }

    @Test func deeplyNestedTablesFinish() throws {
        let depth = 10_000
        let open = "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p>"
        let items = try Self.items(xml: String(repeating: open, count: depth) + String(repeating: "</w:tc></w:tr></w:tbl>", count: depth))
        guard case .table(let table) = items.first else {
            Issue.record("no table")
            return
        }
        #expect(table.rows.count == 1)
        #expect(table.rows[0].first?.text.split(separator: "\n").count == depth)
    }

    @Test func mergedCellsComeOutAsTikaLaysThemOut() throws {
        let items = try Self.items(xml: """
            <w:p><w:r><w:t>表前</w:t></w:r></w:p>\
            <w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>左上</w:t></w:r></w:p></w:tc>\
            <w:tc><w:p><w:r><w:t>商业</w:t></w:r></w:p><w:p><w:r><w:t>企业</w:t></w:r></w:p></w:tc></w:tr>\
            <w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/><w:vMerge/></w:tcPr><w:p><w:r><w:t>残留</w:t></w:r></w:p></w:tc>\
            <w:tc><w:tcPr><w:tcPrChange w:id="5" w:author="a"><w:tcPr><w:vMerge/></w:tcPr></w:tcPrChange></w:tcPr><w:p><w:r><w:t>0</w:t><w:br/><w:t>1</w:t></w:r></w:p></w:tc></w:tr>\
            <w:tr><w:trPr><w:del w:id="6" w:author="a"/></w:trPr><w:tc><w:p><w:r><w:t>删去的行</w:t></w:r></w:p></w:tc></w:tr>\
            <w:tr><w:tc><w:p><w:r><w:t>外</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>内一</w:t></w:r></w:p></w:tc>\
            <w:tc><w:p/></w:tc><w:tc><w:p><w:r><w:t>内二</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:tc>\
            <w:tc><w:p><w:r><w:t xml:space="preserve">\u{A0}</w:t></w:r></w:p></w:tc></w:tr></w:tbl>\
            <w:p><w:r><w:t>表后</w:t></w:r></w:p>
            """)
        #expect(items.count == 3)
        guard items.count == 3, case .table(let table) = items[1], case .paragraph(_, let after) = items[2] else {
            Issue.record("expected paragraph, table, paragraph: \(items)")
            return
        }
        #expect(table.rows.map { $0.map(\.text) } == [["左上", "商业\n企业"], ["", "0\n1"], ["外\n内一\n内二", "\u{A0}"]])
        // The deleted row is not read but is still a row of the document: it keeps its line.
        // Columns are grid columns: 左上 spans two, and so does its merged continuation below.
        #expect(table.rows.map { $0.map(\.location) } == [
            [GXReport.SourceLocation(line: 2, column: 1), GXReport.SourceLocation(line: 2, column: 3)],
            [GXReport.SourceLocation(line: 3, column: 1), GXReport.SourceLocation(line: 3, column: 3)],
            [GXReport.SourceLocation(line: 5, column: 1), GXReport.SourceLocation(line: 5, column: 2)],
        ])
        #expect(table.location == GXReport.SourceLocation(line: 2, column: 1))
        #expect(after == GXReport.SourceLocation(line: 6, column: 1))
    }
}

extension DocxReaderTests {
    /// A small deterministic fuzz: damaged archives and damaged XML give errors or items, never a crash.
    @Test func mutatedFilesNeverCrash() throws {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next() -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int(truncatingIfNeeded: (z ^ (z >> 31)) >> 1)
        }
        let docx = Array(try Data(contentsOf: formatFixture("003_096eb810ffb81dcc.docx")))
        let xml = Array(try DocxReader.documentXML(in: Data(docx)))
        // Where the ZIP's own records are: damage there reaches ZIPFoundation's offset arithmetic.
        let records = docx.indices.dropLast(3).filter { docx[$0] == 0x50 && docx[$0 + 1] == 0x4B && docx[$0 + 2] < 8 }
        let iterations = Int(ProcessInfo.processInfo.environment["GX_FUZZ_ITERATIONS"] ?? "") ?? 150
        var outcomes = 0
        for _ in 0..<iterations {
            var structural = docx
            for _ in 0..<(1 + next() % 3) {
                let start = records[next() % records.count] + 4 + next() % 42
                let value: [UInt8] = next() % 2 == 0 ? [0xFF, 0xFF, 0xFF, 0xFF] : (0..<4).map { _ in UInt8(truncatingIfNeeded: next()) }
                for (k, byte) in value.enumerated() where start + k < structural.count { structural[start + k] = byte }
            }
            outcomes += (try? DocxReader.items(from: Data(structural)))?.count ?? 1
            for var bytes in [docx, xml] {
                for _ in 0..<(1 + next() % 8) {
                    let position = next() % bytes.count
                    switch next() % 3 {
                    case 0: bytes[position] = UInt8(truncatingIfNeeded: next())
                    case 1: bytes.removeSubrange(position..<min(bytes.count, position + 1 + next() % 64))
                    default: bytes.insert(contentsOf: Array("<w:tc><w:p>".utf8), at: position)
                    }
                    if bytes.isEmpty { bytes = [0] }
                }
                if bytes.count == docx.count || bytes.starts(with: [0x50, 0x4B]) {
                    outcomes += (try? DocxReader.items(from: Data(bytes)))?.count ?? 1
                } else {
                    outcomes += (try? DocxReader.parse(xml: Data(bytes)))?.count ?? 1
                }
            }
        }
        #expect(outcomes > 0)
    }
}
