import Foundation
import Testing
import GXReport
@testable import GXPortal

/// How originals are offered (`originals` in the config): a DOCX cleaned by default, as submitted, or not at all.
@Suite struct OriginalsTests {
    static let docx = SiteTestData.root.appendingPathComponent("Tests/Fixtures/formats/review-traces.docx")
    static let page = "agencies/ning-bo-shi-zhen-hai-qu-jing-ji-he-xin-xi-hua-ju/2021/"

    static func site(_ config: String) throws -> OfficeTestSite {
        try OfficeTestSite("originals", files: ["b.txt": OfficeTestSite.shuyang()],
                           binary: ["a.docx": try Data(contentsOf: docx)], config: config)
    }

    @Test(arguments: ["", "originals = \"clean\""])
    func docxIsOfferedCleaned(_ config: String) throws {
        let site = try Self.site(config)
        defer { site.remove() }
        try site.build()
        let original = try site.data(Self.page + "original.docx")
        #expect(original == (try DocxCleaner.clean(try Data(contentsOf: Self.docx))))
        #expect(original != (try Data(contentsOf: Self.docx)))
        #expect(try site.text(Self.page + "index.html").contains("原始文件： 下载Word文档（DOCX） （已去除作者等文档属性、批注和修订痕迹，修订按接受处理，正文与报送件一致）"))
        // Text has nothing to clean: it is offered as submitted.
        #expect(try site.data("agencies/shu-yang-xian-fa-zhan-he-gai-ge-ju/2023/original.txt") == Data(OfficeTestSite.shuyang().utf8))
        #expect(try site.text("agencies/shu-yang-xian-fa-zhan-he-gai-ge-ju/2023/index.html").contains("下载文本（TXT） （按报送原样提供）"))
    }

    @Test func asSubmittedKeepsTheBytes() throws {
        let site = try Self.site("originals = \"as-submitted\"")
        defer { site.remove() }
        try site.build()
        #expect(try site.data(Self.page + "original.docx") == (try Data(contentsOf: Self.docx)))
        #expect(try site.text(Self.page + "index.html").contains("下载Word文档（DOCX） （按报送原样提供）"))
    }

    @Test func noneOffersNoDownload() throws {
        let site = try Self.site("originals = \"none\"")
        defer { site.remove() }
        try site.build()
        #expect(!site.exists(Self.page + "original.docx"))
        #expect(!site.exists("agencies/shu-yang-xian-fa-zhan-he-gai-ge-ju/2023/original.txt"))
        #expect(try site.text(Self.page + "index.html").contains("原始文件不提供下载"))
        #expect(!(try site.file(Self.page + "report.json")).contains("\"original\""))
    }
}
