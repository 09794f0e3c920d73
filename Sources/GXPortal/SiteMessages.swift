/// Every user-facing Chinese message of GXPortal's findings, in one place.
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

extension SiteMessages {
    /// A cell left blank, in a list of changed figures.
    static let cellBlank = "空白"
    /// A cell of a table that could not be read, in a list of changed figures.
    static let cellNotRead = "未读取"
}

extension SiteMessages {
    /// Beside the download of an original offered as submitted.
    static let originalAsSubmitted = "（按报送原样提供）"
    /// Beside the download of a cleaned DOCX.
    static let originalCleaned = "（已去除作者等文档属性、批注和修订痕迹，修订按接受处理，正文与报送件一致）"

    /// How an agency's other name is described, e.g. `曾用名，2019年机构改革前使用；2018年度报告使用此名称`.
    static func aliasNote(renamed: Int?, years: [Int]) -> String {
        let kind = renamed.map { "曾用名，\($0)年机构改革前使用" } ?? "别名"
        guard !years.isEmpty else { return kind }
        return kind + "；" + years.map { "\($0)" }.joined(separator: "、") + "年度报告使用此名称"
    }
}

extension SiteMessages {
    /// The Chinese name of a legacy input format, e.g. `Word 97-2003文档（DOC）`.
    static func legacyFormatName(_ format: String) -> String {
        switch format {
        case "doc": "Word 97-2003文档（DOC）"
        case "wps": "WPS文字文档（WPS）"
        case "rtf": "RTF文档（RTF）"
        default: "OpenDocument文本（ODT）"
        }
    }

    /// A legacy input when no LibreOffice is installed, e.g. `未找到LibreOffice，无法读取DOC文件，已跳过；请安装Debian软件包
    /// libreoffice-writer-nogui（apt-get install --no-install-recommends libreoffice-writer-nogui），或以环境变量GXSITE_SOFFICE指明soffice的位置`.
    static func converterMissing(format: String, package: String) -> String {
        "未找到LibreOffice，无法读取\(format.uppercased())文件，已跳过；请安装Debian软件包\(package)"
            + "（apt-get install --no-install-recommends \(package)），或以环境变量\(LegacyConverter.variable)指明soffice的位置"
    }

    /// A legacy input whose bytes are not of its extension's format.
    static func legacyWrongContent(format: String) -> String {
        "文件内容不是\(legacyFormatName(format))格式，可能已损坏，已跳过"
    }

    /// A legacy input LibreOffice could not open.
    static let legacyRejected = "LibreOffice无法打开此文件（可能已损坏、加密或不是其扩展名所示的格式），已跳过"

    /// A legacy input whose conversion ran over its time limit.
    static func legacyTimedOut(seconds: Int) -> String {
        "LibreOffice转换超过\(seconds)秒仍未完成，已终止，文件已跳过"
    }

    /// A legacy input LibreOffice could not be run for.
    static func converterFailed(_ reason: String) -> String {
        "无法运行LibreOffice（\(reason)），文件已跳过"
    }

    /// The reuse note of a report with too few own words to measure a share of.
    static func reuseTooLittleText(own: Int) -> String {
        "一、五、六部分中本机关自己的文字（通用表述以外）只有\(own)字，不计算与上一份报告的重复比例。"
    }
    /// The reuse note of a report whose agency has no earlier report on the portal.
    static let reuseNoPrevious = "本站没有本机关更早的报告，不计算与上一份报告的重复比例。"

    /// The reuse note's share of a report's own words repeating its agency's report of `year` (at `href`, escaped),
    /// as HTML; `threshold` when the share reaches it.
    static func reuseShare(own: Int, reused: Int, percent: Int, href: String, year: Int, threshold: Int?) -> String {
        "一、五、六部分中本机关自己的文字（通用表述以外）共 \(own) 字，其中 \(reused) 字（\(percent)%）与本机关"
            + "<a href=\"\(href)\">\(year)年度报告</a>相同\(threshold.map { "，达到提示比例 \($0)%" } ?? "")。"
    }

    /// The heading of the reuse note's list of other agencies' reports sharing passages.
    static let reuseSharedHeading = "与其他机关报告相同的段落："

    /// An item of that list, as HTML (`href` and `agency` escaped).
    static func reuseSharedReport(href: String, agency: String, year: Int, passages: Int, longest: Int) -> String {
        "<a href=\"\(href)\">\(agency) \(year)年度报告</a>：\(passages) 段，最长 \(longest) 字"
    }

    /// What the marks in a report's text mean, as HTML; a phrase is common wording in `commonReports` reports.
    static func reuseLegend(commonReports: Int) -> String {
        "正文中<mark class=\"reuse reuse-previous\">与上一份报告相同</mark>、<mark class=\"reuse reuse-shared\">与其他机关报告相同</mark>"
            + "的文字已标出，后附出处链接；<span class=\"reuse-common\">灰色文字</span>为通用表述（模板用语，或在至少 \(commonReports) "
            + "份报告中出现的语句），不计为重复。"
    }
}
