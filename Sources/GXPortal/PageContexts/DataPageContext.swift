/// The open data page: the files, and what each column of the CSV files means.
struct DataPageContext: PageContext {
    static let kind = "data"

    /// A column of a CSV file with its meaning.
    struct Column: TemplateContext {
        var key, description: String

        static let fields = TemplateFields<Self>([.init("key", \.key), .init("description", \.description)])
    }

    /// Each year's JSON file.
    var years: [YearLink]
    var reportCount: Int
    var columns, findingColumns, reuseColumns: [Column]
    var licence: String
    var description: String? { "开放数据：各机关政府信息公开工作年度报告的全部数字" }

    init(site: SiteModel, licence: String) {
        years = site.years.map { YearLink(year: $0, href: "\($0).json") }
        reportCount = site.entries.count
        columns = ReportsCSV.columns().map { Column(key: $0.key, description: $0.description) }
        findingColumns = FindingsCSV.columns.map { Column(key: $0.key, description: $0.description) }
        reuseColumns = TextReuseCSV.columns.map { Column(key: $0.key, description: $0.description) }
        self.licence = licence
    }

    static let fields = TemplateFields<Self>([
        .init("years", \.years), .init("report_count", \.reportCount), .init("columns", \.columns),
        .init("finding_columns", \.findingColumns), .init("reuse_columns", \.reuseColumns), .init("licence", \.licence), .init("description", \.description),
    ])
}
