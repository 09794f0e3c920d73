import Foundation
@testable import GXReport
@testable import GXPortal

/// Paths of the repository's test data and scratch folders.
enum SiteTestData {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let defaultTheme = root.appendingPathComponent("Themes/default")
    static let siteFixture = root.appendingPathComponent("Tests/Fixtures/site")

    /// A fresh empty folder, in a folder of this test run's own under the system's temporary folder. The run's folder is
    /// deleted when the tests exit: sites left behind pile up from run to run and slow every file created after them.
    static func scratch(_ name: String) -> URL {
        _ = removedAtExit
        let url = runFolder.appendingPathComponent("\(name)-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Where this run's scratch folders go.
    static let runFolder = FileManager.default.temporaryDirectory.appendingPathComponent("gxsite-tests-\(getpid())-\(UUID().uuidString)")

    private static let removedAtExit: Void = {
        atexit { try? FileManager.default.removeItem(at: SiteTestData.runFolder) }
    }()

    /// Every regular file under `folder`, as sorted relative paths.
    static func files(in folder: URL) -> [String] {
        let base = folder.standardizedFileURL.path
        var result: [String] = []
        if let e = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) {
            for case let url as URL in e where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                result.append(String(url.standardizedFileURL.path.dropFirst(base.count + 1)))
            }
        }
        return result.sorted()
    }
}

extension ReportEntry {
    /// A copy with its report, findings or slug changed (entries are immutable): tests vary one real report.
    func with(findings: [Finding]? = nil, agencySlug: String? = nil, _ change: (inout Report) -> Void = { _ in }) -> ReportEntry {
        var report = self.report
        change(&report)
        return ReportEntry(report: report, findings: findings ?? self.findings, agencySlug: agencySlug ?? self.agencySlug,
                           regionSlug: regionSlug, version: version, earlierVersions: earlierVersions, offersOriginal: offersOriginal)
    }
}
