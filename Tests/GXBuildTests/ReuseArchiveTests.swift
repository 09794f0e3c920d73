import Foundation
import Testing
import GXReport
import GXReuse
@testable import GXBuild

/// Text reuse's memory comes back from its archive as it was kept, and only for the builds it was kept for.
struct ReuseArchiveTests {
    /// Twelve reports of six agencies in two regions, two sharing a passage, every one opening with a shared paragraph.
    static let memory: TextReuseMemory = {
        let settings = ReuseSettings(share: 0.5, passage: 20, boilerplateReports: 4, regionBoilerplateReports: 3)
        let shared = String(repeating: "推进政务公开平台规范办理群众数据制度", count: 3)
        let documents = (0..<12).map { d in
            ReuseDocument(agency: d / 2, region: d % 3 == 0 ? 1 : 0, year: 2023 + d % 2, names: ["第\(d)局", "县"])
        }
        let texts = (0..<12).map { d -> ComparableText in
            var text = ComparableText()
            text.beginSection(1)
            text.append(paragraph: shared, line: 3, column: 1, page: d)
            text.beginSection(5)
            let own = (0..<60).map { i in Character(Unicode.Scalar(0x4E00 + (d * 97 + i * 31) % 5000)!) }
            text.append(paragraph: String(own) + (d == 4 || d == 9 ? "监督机制建设维护更新发布渠道形式质量效率基层试点示范应用" : ""),
                        line: 9, column: 2)
            return text
        }
        let detection = ReuseDetector(settings: settings).remember(documents) { texts[$0] }
        let inputs = (0..<12).map { TextReuseMemory.Input(path: "content/r\($0).docx", key: "key-\($0)") }
        return TextReuseMemory(detection: detection, inputs: inputs, agencies: (0..<6).map { "局\($0)" }, regions: ["甲县", "乙县"])
    }()

    @Test func aMemoryComesBackAsItWasKept() throws {
        let memory = Self.memory
        #expect(memory.detection.results.contains { !$0.passages.isEmpty && $0.passages[0].paragraph != nil })
        #expect(memory.detection.boilerplate.counts.corpus > 0 && memory.detection.picks.contains { !$0.isEmpty })
        let bytes = ReuseArchive.encode(memory, seed: "s")
        #expect(bytes.withUnsafeBytes { ReuseArchive.decode($0, seed: "s") } == memory)
    }

    @Test func anotherSeedADamagedByteOrAShortFileGivesNone() {
        var bytes = ReuseArchive.encode(Self.memory, seed: "s")
        #expect(bytes.withUnsafeBytes { ReuseArchive.decode($0, seed: "t") } == nil)
        #expect(bytes.dropLast().withUnsafeBytes { ReuseArchive.decode($0, seed: "s") } == nil)
        bytes[bytes.count / 2] ^= 0x10
        #expect(bytes.withUnsafeBytes { ReuseArchive.decode($0, seed: "s") } == nil)
        #expect([UInt8]().withUnsafeBytes { ReuseArchive.decode($0, seed: "s") } == nil)
    }

    /// Memories whose checksum holds but whose figures could not have come from a detection.
    static let impossible: [(String, @Sendable (inout ReuseMemory) -> Void)] = [
        ("a passage past the text's end", { $0.results[9].passages[0].range = 0..<($0.results[9].length + 1) }),
        ("a common run starting before the text", { $0.results[0].common[0] = -1..<3 }),
        ("a section starting past the text's end", { $0.results[0].sections[0].start = $0.results[0].length + 1 }),
        ("a picked key with a document's bits", { $0.picks[0][0] |= 1 }),
    ]

    @Test(arguments: impossible.indices)
    func aMemoryWithImpossibleFiguresGivesNone(_ i: Int) throws {
        var memory = Self.memory
        #expect(!memory.detection.results[9].passages.isEmpty && !memory.detection.results[0].common.isEmpty, "the fixture")
        Self.impossible[i].1(&memory.detection)
        #expect(ReuseArchive.encode(memory, seed: "s").withUnsafeBytes { ReuseArchive.decode($0, seed: "s") } == nil,
                "\(Self.impossible[i].0)")
    }
}
