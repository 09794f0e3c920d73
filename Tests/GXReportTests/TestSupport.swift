import Foundation
@testable import GXReport

/// Paths of the repository's test data, found from this file's location.
enum TestData {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let content = root.appendingPathComponent("Content")
    static let fixtures = root.appendingPathComponent("Tests/Fixtures")

    static func text(_ url: URL) -> String {
        (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }

    /// Parses a file of Content/ or Tests/Fixtures/reports/.
    static func parse(seed name: String) -> ParseOutcome {
        let inContent = content.appendingPathComponent(name)
        let url = FileManager.default.fileExists(atPath: inContent.path) ? inContent : fixtures.appendingPathComponent("reports/\(name)")
        return ReportParser(source: name, format: "text").parse(text: text(url))
    }
}
