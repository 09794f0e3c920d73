import Foundation
import Testing
import ZIPFoundation
@testable import GXReport

/// `DocxCleaner` on `review-traces.docx` (scripts/make-review-docx-fixture.py): a reviewed Word file
/// with author metadata, a comment, tracked changes, a move, a change record and rsids.
@Suite struct DocxCleanerTests {
    static func cleaned() throws -> Data {
        try DocxCleaner.clean(try Data(contentsOf: formatFixture("review-traces.docx")))
    }

    /// Every part of an archive as text, by path, in archive order.
    static func parts(_ data: Data) throws -> [(String, String)] {
        let archive = try Archive(data: data, accessMode: .read)
        return try archive.map { entry in
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            return (entry.path, String(decoding: bytes, as: UTF8.self))
        }
    }

    @Test func fixtureCarriesTheTracesToRemove() throws {
        let parts = Dictionary(uniqueKeysWithValues: try Self.parts(try Data(contentsOf: formatFixture("review-traces.docx"))))
        #expect(parts["docProps/core.xml"]?.contains("<dc:creator>张三</dc:creator>") == true)
        #expect(parts["word/comments.xml"] != nil)
        #expect(parts["docProps/custom.xml"] != nil)
        #expect(parts["word/document.xml"]?.contains("<w:del ") == true)
        #expect(parts["word/document.xml"]?.contains("w:rsidR=") == true)
    }

    @Test func metadataCommentsAndRevisionsAreRemoved() throws {
        let parts = Dictionary(uniqueKeysWithValues: try Self.parts(try Self.cleaned()))
        #expect(parts["word/comments.xml"] == nil)
        #expect(parts["docProps/custom.xml"] == nil)
        let core = try #require(parts["docProps/core.xml"])
        #expect(core.contains("<dc:title>宁波市镇海区经济和信息化局2021年度政府信息公开工作年度报告</dc:title>"))
        for trace in ["creator", "lastModifiedBy", "revision", "lastPrinted", "keywords", "created", "modified", "张三", "李四"] {
            #expect(!core.contains(trace), "core.xml still has \(trace)")
        }
        let app = try #require(parts["docProps/app.xml"])
        for trace in ["<Company>", "<Manager>", "<Template>", "<TotalTime>", "<Application>", "zhangsan", "王五"] {
            #expect(!app.contains(trace), "app.xml still has \(trace)")
        }
        #expect(app.contains("<Pages>1</Pages>"))
        let document = try #require(parts["word/document.xml"])
        for trace in ["<w:del ", "<w:delText", "<w:ins ", "</w:ins>", "w:moveFrom", "w:moveTo", "commentRange", "commentReference",
                      "w:rPrChange", "w:rsid", "w:author", "本段已删除", "移走的旧位置", "删除的整行"] {
            #expect(!document.contains(trace), "document.xml still has \(trace)")
        }
        #expect(document.contains("<w:t>（已整改）</w:t>"))
        #expect(document.contains("<w:t>移入的新位置</w:t>"))
        let settings = try #require(parts["word/settings.xml"])
        #expect(!settings.contains("w:rsids") && !settings.contains("trackRevisions") && !settings.contains("attachedTemplate"))
        #expect(parts["word/_rels/settings.xml.rels"]?.contains("attachedTemplate") == false)
        #expect(parts["word/_rels/document.xml.rels"]?.contains("comments") == false)
        #expect(parts["_rels/.rels"]?.contains("custom-properties") == false)
        let types = try #require(parts["[Content_Types].xml"])
        #expect(!types.contains("/word/comments.xml") && !types.contains("/docProps/custom.xml"))
        #expect(types.contains("/word/document.xml"))
    }

    /// Each read row's cell values, by row.
    static func values(_ table: ApplicationTable?) -> [ApplicationRow: [CellValue]]? {
        table.map { t in Dictionary(uniqueKeysWithValues: t.rows.map { ($0, t.cells[$0]!.map(\.value)) }) }
    }

    @Test func textAndFiguresAreIntact() throws {
        let cleaned = ReportParser(source: "c.docx", format: "docx").parse(docx: try Self.cleaned())
        let report = try #require(cleaned.report, "\(cleaned.findings)")
        let reference = try #require(try DocxReaderTests.parse("tracked-changes.docx").report)
        #expect(report.agency == reference.agency)
        #expect(report.year == reference.year)
        #expect(Self.values(report.applications) == Self.values(reference.applications))
        #expect(report.review?.cells.map(\.value) == reference.review?.cells.map(\.value))
        #expect(report.applications?[.new, .natural]?.value == .number(3))
        let text = paragraphs(of: report)
        #expect(text.contains { $0.hasSuffix("（一）存在问题（已整改）") })
        #expect(text.contains("移入的新位置"))
        #expect(paragraphs(of: reference).filter { !$0.isEmpty }.allSatisfy { text.contains($0) })
    }

    /// The reader takes the reviewed file as accepted, so it reads the same report before and after cleaning.
    @Test func readerReadsTheReviewedFileAsAccepted() throws {
        let before = try #require(try DocxReaderTests.parse("review-traces.docx").report)
        let after = try #require(ReportParser(source: "c.docx", format: "docx").parse(docx: try Self.cleaned()).report)
        #expect(paragraphs(of: before) == paragraphs(of: after))
        #expect(!paragraphs(of: before).contains { $0.contains("移走的旧位置") || $0.contains("删除的整行") || $0.contains("批注") })
        #expect(Self.values(before.applications) == Self.values(after.applications))
        #expect(before.review?.cells.map(\.value) == after.review?.cells.map(\.value))
    }

    @Test func archiveIsDeterministicWithFixedDatesAndOrder() throws {
        let a = try Self.cleaned(), b = try Self.cleaned()
        #expect(a == b)
        let archive = try Archive(data: a, accessMode: .read)
        let paths = archive.map(\.path)
        #expect(paths.first == "[Content_Types].xml")
        #expect(Array(paths.dropFirst()) == paths.dropFirst().sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        for entry in archive {
            #expect(entry.fileAttributes[.modificationDate] as? Date == Date(timeIntervalSince1970: 315_532_800))
        }
        // Cleaning a clean file changes nothing more.
        #expect(try DocxCleaner.clean(a) == a)
    }

    @Test(arguments: ["truncated.docx", "plain-text.docx"])
    func damagedArchivesAreRefused(_ name: String) throws {
        let data = try Data(contentsOf: formatFixture(name))
        #expect(throws: DocumentError.notZip) { try DocxCleaner.clean(data) }
    }

    @Test func archiveWithoutDocumentIsRefused() throws {
        let data = try Data(contentsOf: formatFixture("no-document-xml.docx"))
        #expect(throws: DocumentError.missingDocumentXML) { try DocxCleaner.clean(data) }
    }

    @Test func malformedPartIsRefused() throws {
        let data = try Data(contentsOf: formatFixture("malformed-xml.docx"))
        #expect(throws: DocumentError.malformedXML("word/document.xml")) { try DocxCleaner.clean(data) }
    }

    @Test(arguments: [
        ("<w:p w:rsidR=\"00A1\" w:rsidRDefault=\"00B2\"><w:r><w:t xml:space=\"preserve\"> a &amp; b </w:t></w:r></w:p>",
         "<w:p><w:r><w:t xml:space=\"preserve\"> a &amp; b </w:t></w:r></w:p>"),
        ("<w:p><w:ins w:id=\"1\" w:author=\"x\"><w:r><w:t>新</w:t></w:r></w:ins><w:del w:id=\"2\"><w:r><w:delText>旧</w:delText></w:r></w:del></w:p>",
         "<w:p><w:r><w:t>新</w:t></w:r></w:p>"),
        ("<w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr><w:tr><w:trPr><w:del w:id=\"3\"/></w:trPr><w:tc><w:p/></w:tc></w:tr></w:tbl>",
         "<w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>"),
        ("<w:p><w:pPr><w:rPr><w:ins w:id=\"4\"/></w:rPr></w:pPr><!-- c --><w:r><w:t><![CDATA[<x>]]></w:t></w:r></w:p>",
         "<w:p><w:pPr><w:rPr></w:rPr></w:pPr><!-- c --><w:r><w:t><![CDATA[<x>]]></w:t></w:r></w:p>"),
    ])
    func wordRewrites(_ body: String, _ expected: String) throws {
        let head = "<?xml version=\"1.0\"?><w:document xmlns:w=\"\(XMLCleaning.wordNamespace)\"><w:body>"
        let out = try #require(XMLCleaning.clean(part: "word/document.xml", Array((head + body + "</w:body></w:document>").utf8), removedParts: []))
        #expect(String(decoding: out, as: UTF8.self) == head + expected + "</w:body></w:document>")
    }

    @Test func otherPrefixForWordNamespaceIsFollowed() throws {
        let xml = "<x:document xmlns:x=\"\(XMLCleaning.wordNamespace)\"><x:p x:rsidR=\"1\"><x:del><x:r/></x:del><x:r/></x:p></x:document>"
        let out = try #require(XMLCleaning.clean(part: "word/document.xml", Array(xml.utf8), removedParts: []))
        #expect(String(decoding: out, as: UTF8.self) == "<x:document xmlns:x=\"\(XMLCleaning.wordNamespace)\"><x:p><x:r/></x:p></x:document>")
    }
}
