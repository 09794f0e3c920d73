import Foundation
import Testing
@testable import GXPortal
@testable import GXBuild

/// Inputs read ahead of the parsers: never more than the window ahead, every file once taken, nothing with one job.
@Suite struct ReadAheadTests {
    static func files(_ name: String, count: Int) throws -> [String] {
        let dir = SiteTestData.scratch("read-ahead-\(name)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return try (0..<count).map { i in
            let url = dir.appendingPathComponent("r\(i).txt")
            try "报告\(i)".write(to: url, atomically: true, encoding: .utf8)
            return url.path
        }
    }

    @Test func staysWithinItsWindowAndEndsOnceEveryFileIsTaken() throws {
        let paths = try Self.files("window", count: 10)
        // A file that cannot be opened is skipped, not waited for.
        let ahead = ReadAhead(paths: paths + ["/nonexistent/gxsite-read-ahead.txt"], jobs: 2, window: 3)
        usleep(50_000)
        #expect(ahead.advised <= 3)
        ahead.advance()
        ahead.advance()
        usleep(50_000)
        #expect(ahead.advised <= 5)
        for _ in 2...paths.count { ahead.advance() }
        ahead.finish()
        #expect(ahead.advised == 10)
        ahead.finish()
    }

    @Test func oneJobReadsNothingAhead() throws {
        let ahead = ReadAhead(paths: try Self.files("one-job", count: 3), jobs: 1, window: 2)
        for _ in 0..<3 { ahead.advance() }
        ahead.finish()
        #expect(ahead.advised == 0)
    }
}
