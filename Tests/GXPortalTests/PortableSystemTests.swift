import CGXSystem
import Foundation
import Testing

/// The C shim's portable fallbacks, forced on Linux with GXSITE_PORTABLE_SYSTEM=1: the site's swap then moves folders
/// one at a time, read-ahead gives no advice, and the result is the same site.
@Suite struct PortableSystemTests {
    @Test func theLinuxCallsAreUsedByDefault() {
        #expect(gx_system_native() == 1)
    }

    /// Haystacks and needles where the last byte of the needle comes early, often, or not at all.
    static let searches: [(String, String)] = [
        ("<p>a</p><h2>一</h2>", "<h2"), ("<h2", "<h2"), ("h2<h2", "<h2"), ("2222<h2", "<h2"), ("<h", "<h2"), ("", "<h2"),
        ("abc", ""), ("abcabd", "abd"), ("aaab", "aab"), ("x</h2>y</h2>", "</h2>"), ("一二三", "三"), ("2024年", "2"),
    ]

    @Test(arguments: searches)
    func findGivesTheFirstOccurrenceAsANaiveSearchDoes(haystack: String, needle: String) {
        let h = Array(haystack.utf8), n = Array(needle.utf8)
        let naive = n.isEmpty ? 0 : (0..<max(0, h.count - n.count + 1)).first { h[$0..<($0 + n.count)].elementsEqual(n) } ?? -1
        let found = h.withUnsafeBytes { hb in n.withUnsafeBytes { nb in gx_find(hb.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!, hb.count, nb.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!, nb.count) } }
        #expect(found == naive)
    }

    @Test func aBuildOnTheFallbacksMakesTheSameSite() throws {
        let dir = SiteTestData.scratch("portable-system")
        let content = dir.appendingPathComponent("Content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        for name in ["003_096eb810ffb81dcc.txt", "000_yuyao-2021.txt"] {
            try FileManager.default.copyItem(at: SiteTestData.root.appendingPathComponent("Content/\(name)"), to: content.appendingPathComponent(name))
        }
        var sites: [[String: Data]] = []
        for portable in [false, true] {
            var environment = ProcessInfo.processInfo.environment
            environment["GXSITE_PORTABLE_SYSTEM"] = portable ? "1" : "0"
            let output = dir.appendingPathComponent(portable ? "Portable" : "Native")
            // Twice, the second with --clean (an unchanged build commits nothing): it swaps its site with the first's,
            // which the fallback does by moving the old site aside first.
            for clean in [false, true] {
                let run = try CLITests.run(["build", "--content", content.path, "--output", output.path, "--no-search", "--quiet",
                                            "--jobs", "2"] + (clean ? ["--clean"] : []), environment: environment)
                #expect(run.status == 0, "\(run.stderr)")
            }
            sites.append(try Self.files(under: output))
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix(".") }
            #expect(leftovers.allSatisfy { !$0.contains(".old-") && !$0.contains(".staging-") }, "\(leftovers)")
        }
        #expect(!sites[0].isEmpty)
        #expect(sites[0] == sites[1])
    }

    /// Every file under `folder` by relative path.
    static func files(under folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        guard let paths = FileManager.default.enumerator(atPath: folder.path) else { return files }
        for case let path as String in paths {
            var isFolder: ObjCBool = false
            let url = folder.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
                files[path] = try Data(contentsOf: url)
            }
        }
        return files
    }
}
