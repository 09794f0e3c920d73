/// Every user-facing Chinese message of GXSite's findings, in one place.
enum SiteMessages {
    static func metadataSyntax(_ detail: String) -> String { "元数据文件格式错误：\(detail)" }
    static func metadataUnknownKey(_ key: String) -> String { "元数据文件中的“\(key)”不是可识别的字段，已忽略" }
    static func metadataWrongType(_ key: String, expected: String) -> String { "元数据字段“\(key)”应为\(expected)，已忽略" }
    static func metadataBadURL(_ url: String) -> String { "元数据字段“source_url”应为 http(s) 网址：“\(url)”，已忽略" }
}
