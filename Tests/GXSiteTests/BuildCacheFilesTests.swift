import Foundation
import Testing
@testable import GXSite

/// The cache's list of files reads back exactly as written, whatever the paths hold.
struct BuildCacheFilesTests {
    static let lists: [[(path: String, file: BuildCache.OutputFile)]] = [
        [],
        [("index.html", .init(sha256: String(repeating: "a", count: 64), size: 0, key: nil))],
        [("a\tb/c\\d.html", .init(sha256: "00", size: 12_345_678, key: "k1")), ("余姚/file\t.txt", .init(sha256: "ff", size: 7, key: "-x"))],
    ]

    @Test(arguments: lists.indices)
    func fileListRoundTrips(_ i: Int) throws {
        let list = Self.lists[i]
        let text = BuildCache.encodeFiles(list, key: "K", dataKeys: ["d1", "d2"], dataYears: [2021, 2019], generator: "g\t1")
        let read = try #require(BuildCache.decodeFiles(Data(text.utf8), key: "K", generator: "g\t1"))
        #expect(read.files == Dictionary(uniqueKeysWithValues: list.map { ($0.path, $0.file) }))
        #expect(read.dataKeys == ["d1", "d2"] && read.dataYears == [2021, 2019])
        #expect(BuildCache.decodeFiles(Data(text.utf8), key: "other", generator: "g\t1") == nil)
        #expect(BuildCache.decodeFiles(Data(text.utf8), key: "K", generator: "g 2") == nil)
    }

    @Test func aFileRecordOfAnotherShapeIsRejected() {
        let head = BuildCache.encodeFiles([], key: "K", dataKeys: [], dataYears: [], generator: "g")
        for bad in ["file\ta\tsha\t1\n", "file\ta\tsha\t1\tkey\textra\n", "files\ta\tsha\t1\tkey\n", "datakey\tk\n", "datakey\tk\tyear\n"] {
            #expect(BuildCache.decodeFiles(Data((head + bad).utf8), key: "K", generator: "g") == nil, "\(bad)")
        }
    }
}
