import Foundation
import GXReuse
import TOMLKit

/// The portal's settings from `gxsite.toml`: every key optional, every value checked.
public struct SiteConfig: Sendable, Equatable {
    /// The portal's title.
    public var title = "政府信息公开工作年度报告"
    /// The organiser shown in the footer (主办单位).
    public var organisation: String?
    /// The public URL the site is served from.
    public var baseURL: String?
    /// The licence line of the open data.
    public var licence = "本站数据摘自各机关公开发布的年度报告，可自由复制、引用，请注明出处。"
    /// ICP filing number (ICP备案号).
    public var icp: String?
    /// Public-security filing number (公安备案号).
    public var policeFiling: String?
    /// Government website identifier (网站标识码).
    public var siteCode: String?
    /// Regions listed first, in this order; the rest follow by pinyin.
    public var regionOrder: [String] = []
    /// Display names of regions (e.g. 宁波市镇海区 → 镇海区).
    public var regionNames: [String: String] = [:]
    /// The content folder, when the config names one.
    public var content: String?
    /// The output folder, when the config names one.
    public var output: String?
    /// The theme folder, when the config names one.
    public var theme: String?
    /// The agencies expected to report (`[[roster]]`, or `roster = "file.toml"`); empty: no submissions pages.
    public var roster = Roster()
    /// Other names of agencies mapped to their full names (`[[aliases]]`).
    public var aliases = AgencyAliases()
    /// Findings the office has accepted, with reasons (`[[accept]]`).
    public var acceptances: [Acceptance] = []
    /// How original files are offered for download (`originals`).
    public var originals = OriginalsPolicy.clean
    /// The config file's name (e.g. `gxsite.toml`), for messages that point at it.
    public var fileName = "gxsite.toml"
    /// The thresholds of text reuse (`[reuse]`).
    public var reuse = ReuseSettings()

    /// The defaults.
    public init() {}

    static let topKeys: Set<String> = Set(["title", "organisation", "base_url", "licence", "icp", "police_filing", "site_code",
                                           "regions", "content", "output", "theme", "reuse"]).union(officeKeys)

    /// Reads and checks a config file; any problem is an error naming the file, line and key.
    public static func load(_ url: URL) throws(ConfigError) -> SiteConfig {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { throw .unreadable(url.path) }
        return try parse(text, path: url.path)
    }

    /// Parses config text; `path` names the file in errors.
    public static func parse(_ text: String, path: String) throws(ConfigError) -> SiteConfig {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw .syntax(path: path, line: error.source.begin.line, column: error.source.begin.column, detail: error.description)
        } catch {
            throw .syntax(path: path, line: 1, column: 1, detail: "\(error)")
        }
        var config = SiteConfig()
        for key in table.keys.sorted() where !topKeys.contains(key) { throw .unknownKey(path: path, key: key) }
        func string(_ key: String) throws(ConfigError) -> String? {
            guard let value = table[key] else { return nil }
            guard let s = value.string, !s.trimmingCharacters(in: .whitespaces).isEmpty else { throw .wrongType(path: path, key: key, expected: "a non-empty string") }
            return s
        }
        if let v = try string("title") { config.title = v }
        config.organisation = try string("organisation")
        config.baseURL = try string("base_url")
        if let url = config.baseURL, !(url.hasPrefix("https://") || url.hasPrefix("http://")) || URL(string: url) == nil {
            throw .wrongType(path: path, key: "base_url", expected: "an http(s) URL")
        }
        if let v = try string("licence") { config.licence = v }
        config.icp = try string("icp")
        config.policeFiling = try string("police_filing")
        config.siteCode = try string("site_code")
        config.content = try string("content")
        config.output = try string("output")
        config.theme = try string("theme")
        if let regions = table["regions"] {
            guard let t = regions.table else { throw .wrongType(path: path, key: "regions", expected: "a table") }
            for key in t.keys.sorted() where !["order", "names"].contains(key) { throw .unknownKey(path: path, key: "regions.\(key)") }
            if let order = t["order"] {
                guard let array = order.array else { throw .wrongType(path: path, key: "regions.order", expected: "an array of strings") }
                config.regionOrder = try array.map { (v: TOMLValueConvertible) throws(ConfigError) -> String in
                    guard let s = v.string else { throw .wrongType(path: path, key: "regions.order", expected: "an array of strings") }
                    return s
                }
            }
            if let names = t["names"] {
                guard let n = names.table else { throw .wrongType(path: path, key: "regions.names", expected: "a table of strings") }
                for key in n.keys {
                    guard let s = n[key]?.string else { throw .wrongType(path: path, key: "regions.names.\(key)", expected: "a string") }
                    config.regionNames[key] = s
                }
            }
        }
        try parseReuse(table, path: path, into: &config)
        try parseOffice(table, text: text, path: path, into: &config)
        return config
    }
}

/// A problem with the config file: the build does not start.
public enum ConfigError: Error, Equatable, CustomStringConvertible {
    case unreadable(String)
    case syntax(path: String, line: Int, column: Int, detail: String)
    case unknownKey(path: String, key: String)
    case wrongType(path: String, key: String, expected: String)
    /// An entry of `[[roster]]`, `[[aliases]]` or `[[accept]]` that is wrong; the line when the file shows it.
    case invalidEntry(path: String, line: Int?, key: String, detail: String)

    /// The one-line message printed by the CLI.
    public var description: String {
        switch self {
        case .unreadable(let path): "cannot read config file: \(path)"
        case .syntax(let path, let line, let column, let detail): "\(path):\(line):\(column): invalid TOML: \(detail)"
        case .unknownKey(let path, let key): "\(path): unknown key '\(key)'"
        case .wrongType(let path, let key, let expected): "\(path): '\(key)' must be \(expected)"
        case .invalidEntry(let path, let line, let key, let detail): "\(path)\(line.map { ":\($0)" } ?? ""): '\(key)' \(detail)"
        }
    }
}
