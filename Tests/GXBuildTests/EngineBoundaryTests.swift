import Foundation
import Testing

/// The engine stays apart from the portal: it imports only what docs/architecture.md allows and names none of the
/// portal's page types or templates.
@Suite struct EngineBoundaryTests {
    static let engine = SourceLimitsTests.repository.appendingPathComponent("Sources/GXBuild")

    static func sources() throws -> [(name: String, text: String)] {
        try FileManager.default.contentsOfDirectory(atPath: engine.path).filter { $0.hasSuffix(".swift") }.sorted().map {
            ($0, try String(contentsOf: engine.appendingPathComponent($0), encoding: .utf8))
        }
    }

    @Test func theEngineImportsNeitherThePortalNorTheTemplates() throws {
        let allowed: Set<String> = ["Foundation", "Dispatch", "CGXSystem", "Crypto", "GXReport", "GXReuse"]
        for (name, text) in try Self.sources() {
            for line in text.split(separator: "\n") where line.hasPrefix("import ") {
                let module = String(line.dropFirst("import ".count))
                #expect(allowed.contains(module), "\(name) imports \(module)")
            }
        }
    }

    @Test func theEngineNamesNoPageType() throws {
        let portal = SourceLimitsTests.repository.appendingPathComponent("Sources/GXPortal/PageContexts")
        let pageTypes = try FileManager.default.contentsOfDirectory(atPath: portal.path)
            .filter { $0.hasSuffix(".swift") }.map { String($0.dropLast(".swift".count)).split(separator: "+")[0] }
        #expect(pageTypes.contains("HomePageContext"))
        for (name, text) in try Self.sources() {
            for word in Set(pageTypes.map(String.init)) + ["SitePages", "SiteModel", "ReportEntry", "PageContext"] {
                #expect(!text.contains(word), "\(name) names \(word)")
            }
        }
    }
}
