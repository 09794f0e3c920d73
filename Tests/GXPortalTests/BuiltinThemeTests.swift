import Foundation
import Testing
@testable import GXPortal

/// The default theme is built into gxsite, so it runs in any folder; a theme folder overrides it file by file.
@Suite struct BuiltinThemeTests {
    /// Every file under `Themes/default`, by its path there.
    static func repositoryTheme() throws -> [String: Data] {
        let base = SiteTestData.defaultTheme.standardizedFileURL.path + "/"
        var files: [String: Data] = [:]
        let walk = FileManager.default.enumerator(at: SiteTestData.defaultTheme, includingPropertiesForKeys: [.isRegularFileKey],
                                                  options: [.skipsHiddenFiles])
        while let url = walk?.nextObject() as? URL {
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            files[String(url.standardizedFileURL.path.dropFirst(base.count))] = try Data(contentsOf: url)
        }
        return files
    }

    @Test func theBuiltInThemeIsTheRepositorysDefaultTheme() throws {
        let builtin = Dictionary(uniqueKeysWithValues: BuiltinTheme.encoded.map { ($0.path, Data(base64Encoded: $0.base64)) })
        let repository = try Self.repositoryTheme()
        #expect(Set(builtin.keys) == Set(repository.keys))
        for (path, data) in repository { #expect(builtin[path] == data, "\(path) differs from its built-in copy") }
    }

    @Test func noFolderLoadsTheBuiltInTheme() throws {
        let builtin = try Theme(directories: [])
        let folder = try Theme(directories: [SiteTestData.defaultTheme])
        #expect(builtin.fingerprint == folder.fingerprint)
        #expect(builtin.assets.map(\.0) == ["search.js", "style.css"])
        for (_, asset) in builtin.assets {
            guard case .builtin = asset else { Issue.record("an asset not built in: \(asset)"); continue }
        }
    }

    @Test func aFolderOverridesTheBuiltInThemeFileByFile() throws {
        let folder = SiteTestData.scratch("theme-override")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("assets"), withIntermediateDirectories: true)
        try "<p>自定义首页</p>".write(to: folder.appendingPathComponent("rules.mustache"), atomically: true, encoding: .utf8)
        try "body{}".write(to: folder.appendingPathComponent("assets/style.css"), atomically: true, encoding: .utf8)
        let theme = try Theme(directories: [folder])
        #expect(theme.library.render(RulesPageContext(), withTemplate: "rules") == "<p>自定义首页</p>")
        let assets = Dictionary(uniqueKeysWithValues: theme.assets.map { ($0.0, $0.1) })
        #expect(try assets["style.css"]?.bytes() == Data("body{}".utf8))
        #expect(try assets["search.js"]?.bytes() == Data(contentsOf: SiteTestData.defaultTheme.appendingPathComponent("assets/search.js")))
        #expect(theme.fingerprint != (try Theme(directories: []).fingerprint))
    }
}
