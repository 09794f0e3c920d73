import Foundation
import Testing
@testable import GXPortal

/// The watcher `gxsite serve` rebuilds on: changes anywhere under the folders, in folders made later, and to the config
/// file alone of its folder.
@Suite struct FolderWatcherTests {
    /// A content folder with one report, and a config beside it.
    static func sources(_ name: String) throws -> (content: URL, config: URL) {
        let dir = SiteTestData.scratch(name)
        let content = dir.appendingPathComponent("Content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        try "报告".write(to: content.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let config = dir.appendingPathComponent("gxsite.toml")
        try "title = \"一\"\n".write(to: config, atomically: true, encoding: .utf8)
        return (content, config)
    }

    @Test func theKernelReportsChangesHere() throws {
        let (content, config) = try Self.sources("watch-kernel")
        #expect(FolderWatcher(folders: [content], files: [config]).usesKernelEvents)
    }

    @Test func aReportInAFolderMadeLaterIsAChange() throws {
        let (content, config) = try Self.sources("watch-nested")
        let watcher = FolderWatcher(folders: [content], files: [config])
        let folder = content.appendingPathComponent("2024/乡镇")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        #expect(watcher.waitForChange(quiet: 0.1, timeout: 5))
        try "报告".write(to: folder.appendingPathComponent("b.txt"), atomically: false, encoding: .utf8)
        #expect(watcher.waitForChange(quiet: 0.1, timeout: 5), "the new folder is watched too")
    }

    @Test func theConfigCountsButItsNeighboursDoNot() throws {
        let (content, config) = try Self.sources("watch-config")
        let watcher = FolderWatcher(folders: [content], files: [config])
        let neighbour = config.deletingLastPathComponent().appendingPathComponent("Site.txt")
        try "输出".write(to: neighbour, atomically: false, encoding: .utf8)
        #expect(!watcher.waitForChange(quiet: 0.1, timeout: 0.5), "the config's folder holds the output too")
        // Written as editors save: a new file renamed over the old one.
        try "title = \"二\"\n".write(to: config, atomically: true, encoding: .utf8)
        #expect(watcher.waitForChange(quiet: 0.1, timeout: 5))
    }

    @Test func pollingFindsTheSameChanges() throws {
        let (content, config) = try Self.sources("watch-poll")
        var listing = FolderWatcher.listing([content], [config])
        try "title = \"二\"\n".write(to: config, atomically: true, encoding: .utf8)
        #expect(FolderWatcher.listing([content], [config]) != listing)
        listing = FolderWatcher.listing([content], [config])
        try "报告".write(to: content.appendingPathComponent("b.txt"), atomically: false, encoding: .utf8)
        #expect(FolderWatcher.listing([content], [config]) != listing)
    }
}
