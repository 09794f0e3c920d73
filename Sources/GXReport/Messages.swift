/// Every user-facing message of GXReport, in Chinese, in one place (tested word for word).
public enum Messages {
    /// A template section is absent.
    public static func missingSection(_ kind: SectionKind) -> String {
        "缺少第\(chineseNumeral(kind.rawValue))部分“\(kind.title.dropFirst(2))”"
    }

    /// Table 三 or 四 could not be found at all.
    public static func tableMissing(_ kind: SectionKind) -> String {
        "第\(chineseNumeral(kind.rawValue))部分未找到可读的表格，数据未采用"
    }

    /// A row of table 三 whose label matches no template row.
    public static func unknownRow(_ label: String) -> String {
        "表三中的行“\(label)”不是模板中的行，表格未能完整读取"
    }

    /// A row of table 三 with the wrong number of cells.
    public static func wrongCellCount(_ label: String, found: Int, expected: Int) -> String {
        "表三“\(label)”行有\(found)个数据单元格，应为\(expected)个，该行未采用"
    }

    /// A row of table 三 that appears twice.
    public static func repeatedRow(_ label: String) -> String {
        "表三中的行“\(label)”重复出现，该行未采用"
    }

    /// Table 三 lacks template rows.
    public static func missingRows(_ labels: [String]) -> String {
        "表三缺少以下行：" + labels.joined(separator: "、")
    }

    /// Table 四 has no row of fifteen figures.
    public static func reviewRowMissing() -> String {
        "表四未找到由15个数据单元格组成的数据行，数据未采用"
    }

    /// Section text holds figures that should be a table (flattened cells).
    public static func flattenedTable(_ kind: SectionKind, sample: String) -> String {
        "第\(chineseNumeral(kind.rawValue))部分的表格被压平为文字（“\(sample)”），无法可靠读取，数据未采用"
    }

    /// A table rebuilt from crawled text, and how (the `recovered-table` warning).
    public static func recoveredTable(_ kind: SectionKind) -> String {
        kind == .reviewLitigation
            ? "表四在抓取的文本中被压平为文字，15个数字连在一起：已按三组拆分，采用唯一使每组“结果维持+结果纠正+其他结果+尚未审结=总计”成立的拆分。"
                + "这些数字由推算得出，页面上已标出，请与原报告核对"
            : "表三在抓取的文本中被压平为文字，每行的数字连在一起：已将每行拆分为7个单元格，采用唯一使“总计=自然人+法人或其他组织五列”成立的拆分；"
                + "一行有多种拆分时，以各列的勾稽关系（第一项+第二项=第三项（七）总计+第四项）和办理结果合计确定。"
                + "这些数字由推算得出，页面上已标出，请与原报告核对"
    }

    /// A flattened table whose digits cannot be split into cells in exactly one way.
    public static func unsplittableTable(_ kind: SectionKind, sample: String, ambiguous: Bool) -> String {
        let reason = ambiguous ? "数字有多种拆分方式都满足模板的等式" : "数字没有一种拆分方式满足模板的等式"
        return "第\(chineseNumeral(kind.rawValue))部分的表格被压平为文字（“\(sample)”），\(reason)，无法可靠读取，数据未采用"
    }

    /// A readable file that is not a report.
    public static func notAReport(missing: [String]) -> String {
        "不是政府信息公开工作年度报告：未找到" + missing.joined(separator: "、")
    }

    /// Chinese numerals one to ten for section numbers.
    public static func chineseNumeral(_ n: Int) -> String {
        let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
        return n >= 0 && n <= 10 ? digits[n] : String(n)
    }
}

extension Messages {
    /// An input that is empty.
    public static let emptyInput = "文件为空，已跳过"

    /// An input larger than the limit.
    public static func inputTooLarge(bytes: Int, limit: Int) -> String {
        "文件过大（\(bytes / 1_048_576) MB，上限为 \(limit / 1_048_576) MB），已跳过"
    }

    /// An input whose bytes are no text in a supported encoding.
    public static let undecodableText = "无法识别文件编码（支持UTF-8、UTF-16（带BOM）、GB18030/GBK），可能是二进制文件，已跳过"

    /// An input that could not be opened.
    public static func unreadableFile(_ reason: String) -> String {
        "无法读取文件：\(reason)"
    }
}

extension Messages {
    /// A .pdf that poppler cannot open.
    public static let pdfDamaged = "不是有效的PDF文件（文件损坏或格式不符），未读取"

    /// A PDF that needs a password to open.
    public static let pdfEncrypted = "PDF文件已加密，需要密码才能打开，未读取；请提供未加密的文件"

    /// A PDF whose permissions forbid copying its text.
    public static let pdfCopyProtected = "PDF文件设置了禁止复制文字的权限，未读取；请提供未加限制的文件"

    /// A PDF page with no text layer.
    public static func pdfNoText(page: Int) -> String {
        "PDF第\(page)页没有文字层（可能是扫描件或图片），无法读取文字，数据未采用"
    }

    /// A PDF page whose fonts lack a Unicode map.
    public static func pdfGarbled(page: Int) -> String {
        "PDF第\(page)页的文字无法正确提取（字体缺少Unicode映射，提取出的是乱码），数据未采用"
    }

    /// A PDF whose table 三 or 四 is an image.
    public static func pdfTableImage(_ kind: SectionKind, page: Int) -> String {
        "PDF第\(page)页第\(chineseNumeral(kind.rawValue))部分的表格是图片，没有可读取的文字，数据未采用"
    }
}
