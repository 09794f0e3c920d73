import GXReuse
import TOMLKit

extension SiteConfig {
    /// The keys of `[reuse]`.
    static let reuseKeys = ["share", "passage", "common_reports", "region_common_reports"]

    /// Reads `[reuse]`: the thresholds of `text-reuse` and `text-shared`, and how many reports make a phrase common.
    static func parseReuse(_ table: TOMLTable, path: String, into config: inout SiteConfig) throws(ConfigError) {
        guard let value = table["reuse"] else { return }
        guard let t = value.table else { throw .wrongType(path: path, key: "reuse", expected: "a table") }
        for key in t.keys.sorted() where !reuseKeys.contains(key) { throw .unknownKey(path: path, key: "reuse.\(key)") }
        var settings = ReuseSettings()
        if let v = t["share"] {
            guard let share = v.double ?? v.int.map(Double.init), share > 0, share <= 1 else {
                throw .wrongType(path: path, key: "reuse.share", expected: "a share above 0 and at most 1 (0.5 is half)")
            }
            settings.share = share
        }
        func count(_ key: String, from lowest: Int) throws(ConfigError) -> Int? {
            guard let v = t[key] else { return nil }
            guard let n = v.int, n >= lowest else {
                throw .wrongType(path: path, key: "reuse.\(key)", expected: "a whole number of at least \(lowest)")
            }
            return n
        }
        if let n = try count("passage", from: ReuseSettings.shortestPassage) { settings.passage = n }
        if let n = try count("common_reports", from: 2) { settings.boilerplateReports = n }
        if let n = try count("region_common_reports", from: 2) { settings.regionBoilerplateReports = n }
        config.reuse = settings
    }
}
