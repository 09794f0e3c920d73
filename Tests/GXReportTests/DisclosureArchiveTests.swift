import Testing
@testable import GXReport

/// A report keeps section 二 packed and decodes it when asked: what comes back is what was read.
struct DisclosureArchiveTests {
    static let section = Disclosure(layout: "local", items: [
        DisclosureItem(title: "第二十条第（一）项", columns: ["本年制发件数", "本年废止件数", "现行有效件数"], rows: [
            DisclosureRow(label: "规章", values: ["0", "0", "3"], location: SourceLocation(line: 40, column: 1)),
            DisclosureRow(label: "行政规范性文件", values: ["12", "", "17.7万"], location: SourceLocation(line: 41, column: 5)),
        ]),
        DisclosureItem(title: "第二十条第（五）项", columns: [], rows: []),
    ])

    /// A section of many rows: grown by doubling, the writer's buffer would have hundreds of bytes to spare.
    static let long = Disclosure(layout: "2021", items: [
        DisclosureItem(title: "第二十条第（一）项", columns: ["本年制发件数", "本年废止件数", "现行有效件数"],
                       rows: (0..<60).map { DisclosureRow(label: "行政规范性文件\($0)", values: ["\($0)", "", "3"],
                                                          location: SourceLocation(line: 40 + $0, column: 1)) }),
    ])

    @Test(arguments: [section, Disclosure(layout: "2019", items: []), long])
    func aSectionComesBackAsItWent(_ section: Disclosure) throws {
        let bytes = section.archived()
        // No room to spare beyond the allocator's: glibc's malloc (the tests') may hand out a chunk up to 47 bytes
        // larger than asked, when what is left of a free one is too small to split.
        #expect(bytes.capacity - bytes.count < 48, "capacity \(bytes.capacity) for \(bytes.count) bytes")
        #expect(Disclosure(archived: bytes) == section)
        #expect(bytes.withUnsafeBytes { Disclosure.isArchive($0) })
        var report = Report(source: "a.txt", format: "txt", title: "", agency: "", region: "", year: 2021,
                            titleLocation: SourceLocation(line: 1, column: 1))
        #expect(!report.hasDisclosure && report.disclosure == nil)
        report.disclosure = section
        #expect(report.hasDisclosure && report.disclosure == section)
        report.disclosure = nil
        #expect(!report.hasDisclosure)
    }

    @Test func aCutOrLengthenedSectionIsNotOne() {
        let bytes = Self.section.archived()
        for length in 0..<bytes.count {
            let cut = Array(bytes.prefix(length))
            #expect(!cut.withUnsafeBytes { Disclosure.isArchive($0) }, "prefix of \(length) bytes")
            #expect(Disclosure(archived: cut) == nil)
        }
        #expect(!(bytes + [0]).withUnsafeBytes { Disclosure.isArchive($0) })
        #expect(Disclosure(archived: bytes + [0]) == nil)
    }

    @Test func aParsedReportKeepsItsSection() throws {
        let report = try #require(TestData.parse(seed: "000_de03c57df4063b09.txt").report)
        let section = try #require(report.disclosure)
        #expect(!section.items.isEmpty)
        #expect(Disclosure(archived: section.archived()) == section)
    }
}
