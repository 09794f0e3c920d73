/// Every user-facing Chinese message of GXSite's findings, in one place.
enum SiteMessages {
    static func metadataSyntax(_ detail: String) -> String { "元数据文件格式错误：\(detail)" }
    static func metadataUnknownKey(_ key: String) -> String { "元数据文件中的“\(key)”不是可识别的字段，已忽略" }
    static func metadataWrongType(_ key: String, expected: String) -> String { "元数据字段“\(key)”应为\(expected)，已忽略" }
    static func metadataBadURL(_ url: String) -> String { "元数据字段“source_url”应为 http(s) 网址：“\(url)”，已忽略" }
}

extension SiteMessages {
    /// `where` of a finding about the config file.
    static let whereConfig = "配置文件"

    /// `stale-acceptance`, e.g. `gxsite.toml第12行接受的问题（规则 late-publication，某局2023年度）已不再出现，请删除或改正这条说明`.
    static func staleAcceptance(_ a: Acceptance, configName: String) -> String {
        let place = a.line.map { "\(configName)第\($0)行" } ?? configName
        let cell = a.cell.map { "，单元格 \($0)" } ?? ""
        return "\(place)接受的问题（规则 \(a.rule)，\(a.agency)\(a.year)年度\(cell)）已不再出现，请删除或改正这条说明"
    }
}
