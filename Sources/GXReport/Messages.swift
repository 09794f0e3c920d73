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
