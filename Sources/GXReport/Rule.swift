/// A validation rule as users cite it: stable id, severity, and a Chinese title and explanation for its page.
///
/// The validators build their findings from these values, so a rule's id and severity are
/// written down once and the rule pages can never disagree with what the checks report.
public struct Rule: Sendable, Hashable, Identifiable {
    /// The stable id users cite (e.g. `row-sum`), listed in docs/validation-rules.md.
    public let id: String
    /// Error or warning.
    public let severity: Finding.Severity
    /// A short Chinese title for lists and headings.
    public let title: String
    /// The Chinese explanation, quoting the template or regulation the rule enforces.
    public let explanation: String

    /// Creates a rule; the catalogue below is the only intended caller.
    init(_ id: String, _ severity: Finding.Severity, title: String, explanation: String) {
        self.id = id
        self.severity = severity
        self.title = title
        self.explanation = explanation
    }

    /// A finding of this rule.
    func finding(file: String, at location: SourceLocation, _ message: String, where place: String? = nil) -> Finding {
        Finding(rule: id, severity: severity, file: file, location: location, message: message, where: place)
    }

    /// `reconciliation`: the 勾稽关系 printed under table 三.
    public static let reconciliation = Rule(
        "reconciliation", .error,
        title: "勾稽关系不成立",
        explanation: "表三注明：“本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和”。"
            + "即每一列都应满足：一、本年新收＋二、上年结转＝三、本年度办理结果（七）总计＋四、结转下年度继续办理。"
            + "本规则逐列检查；某列涉及空白或非数字单元格时，该列不作检查。")

    /// `outcome-sum`: （七）总计 is the sum of the outcome rows.
    public static let outcomeSum = Rule(
        "outcome-sum", .error,
        title: "办理结果合计不符",
        explanation: "表三“三、本年度办理结果”中，“（七）总计”应等于（一）予以公开、（二）部分公开、"
            + "（三）不予公开1—8项、（四）无法提供1—3项、（五）不予处理1—5项和（六）其他处理"
            + "（2021年版模板为其下1—3项）各行之和。本规则逐列检查；某列涉及空白或非数字单元格时，该列不作检查。")

    /// `row-sum`: each row's 总计 is 自然人 plus the five 法人或其他组织 columns.
    public static let rowSum = Rule(
        "row-sum", .error,
        title: "申请人合计不符",
        explanation: "表三每一行的“总计”应等于“自然人”与“法人或其他组织”（商业企业、科研机构、社会公益组织、"
            + "法律服务机构、其他）共六列之和。某行涉及空白或非数字单元格时，该行不作检查。")

    /// `review-sum`: each block of table 四 adds up to its 总计.
    public static let reviewSum = Rule(
        "review-sum", .error,
        title: "复议诉讼合计不符",
        explanation: "表四“行政复议”“行政诉讼·未经复议直接起诉”“行政诉讼·复议后起诉”三组中，"
            + "每组的“总计”应等于“结果维持”“结果纠正”“其他结果”“尚未审结”四项之和。")

    /// `blank-cell`: a number cell left blank, "/" or "-".
    public static let blankCell = Rule(
        "blank-cell", .warning,
        title: "数字单元格未填写",
        explanation: "表三、表四的数字单元格应填写数字，没有发生的情形填“0”。空白、“/”或“-”表示未填写，不等同于0，"
            + "涉及这些单元格的合计不作检查。每一行报告一次，列出该行的空白列；页面上标出每个空白单元格。")

    /// `non-numeric-cell`: text where a figure belongs.
    public static let nonNumericCell = Rule(
        "non-numeric-cell", .warning,
        title: "数字单元格填写了文字",
        explanation: "表三、表四的数字单元格应只填写整数。填写了文字（如“22（其中修订16件）”）的单元格不参与合计核对，"
            + "开放数据中记为空值（null），原文照录在本提示中。")

    /// `missing-section`: one of the six template sections is absent.
    public static let missingSection = Rule(
        "missing-section", .error,
        title: "缺少模板规定的部分",
        explanation: "年度报告应包括模板规定的六个部分：一、总体情况；二、主动公开政府信息情况；"
            + "三、收到和处理政府信息公开申请情况；四、政府信息公开行政复议、行政诉讼情况；"
            + "五、存在的主要问题及改进情况；六、其他需要报告的事项。")

    /// `unparsed-table`: a table exists but cannot be read reliably.
    public static let unparsedTable = Rule(
        "unparsed-table", .error,
        title: "表格无法读取",
        explanation: "某部分有表格，但无法可靠读取：例如单元格被压平为文字、行名不是模板中的行、数据单元格个数不对。"
            + "本工具不猜测数据，无法读取的部分不予采用，请按模板格式修正。")

    /// `template-mismatch`: the tables follow the other year's template.
    public static let templateMismatch = Rule(
        "template-mismatch", .warning,
        title: "模板版本与年度不符",
        explanation: "2019、2020年度报告应使用国办公开办函〔2019〕60号印发的模板（表三23个数据行）；"
            + "2021年度起应使用国办公开办函〔2021〕30号印发的模板（表三25个数据行，“（六）其他处理”分为三项）。")

    /// `carry-over`: this year's 上年结转 differs from last year's 结转下年度.
    public static let carryOver = Rule(
        "carry-over", .warning,
        title: "上年结转与上年报告不符",
        explanation: "本年度表三“二、上年结转政府信息公开申请数量”应等于同一机关上一年度报告表三"
            + "“四、结转下年度继续办理”的数字。逐列比较两年都填写了数字的单元格。")

    /// `narrative-mismatch`: a count in 总体情况 differs from the tables.
    public static let narrativeMismatch = Rule(
        "narrative-mismatch", .warning,
        title: "正文数字与表格不符",
        explanation: "“一、总体情况”中写明的数量应与表格一致：“收到（受理）政府信息公开申请N件”对应表三第一项的总计，"
            + "“办结（答复）N件”对应表三“（七）总计”的总计，“行政复议N件”“行政诉讼N件”对应表四的总计。"
            + "只比较表述明确的句子，表格单元格须为数字。")

    /// `duplicate-report`: two inputs for the same agency and year.
    public static let duplicateReport = Rule(
        "duplicate-report", .error,
        title: "同一年度有多份报告",
        explanation: "同一机关同一年度只应有一份年度报告。有多份时只发布其中一份（依次优先DOCX、HTML、文本，"
            + "同一格式按路径顺序），并在发布的那份报告上列出其他副本。发布日期更晚的文件，"
            + "或元数据文件标明为更正（correction = true）的文件，视为更正后的报告而不是重复报告：发布更正后的版本，"
            + "更正前的版本仍可查阅。")

    /// `text-reuse`: most of the report's own words repeat the agency's previous report.
    public static let textReuse = Rule(
        "text-reuse", .warning,
        title: "与上年报告文字重复",
        explanation: "比较报告“一、总体情况”“五、存在的主要问题及改进情况”“六、其他需要报告的事项”三部分中本机关自己的文字"
            + "（通用表述以外的文字）与本机关上一份年度报告的相同部分，相同的文字达到一定比例（默认50%，可在 gxsite.toml 的 "
            + "[reuse] 中设定）时提示。比较前去掉空白、数字和标点，只改动数字或标点的照抄仍计为相同；至少12个字连续相同才计入。"
            + "通用表述指模板和有关通知的固定表述，以及在全部报告中（或同一地区的报告中）至少20份（可设定）出现的语句，不计为重复。")

    /// `text-shared`: a passage of the report's own words appears in another agency's report.
    public static let textShared = Rule(
        "text-shared", .warning,
        title: "与其他机关报告文字相同",
        explanation: "报告“一、五、六”部分中有一段连续相同的文字，其中本机关自己的文字（通用表述以外）至少50个字"
            + "（默认值，可在 gxsite.toml 的 [reuse] 中设定；不计空白、数字和标点），与其他机关同年度或以前年度的报告相同时提示，"
            + "并列出对方报告；同年度的两份报告互相列出。同一机关的报告（含别名）、重复报告和更正前的版本不作比较。"
            + "为使比较的工作量与报告数成正比，只从含有至少连续19个字本机关自己文字的相同段落中查找。")

    /// `late-publication`: published after the deadline of 条例 第四十九条.
    public static let latePublication = Rule(
        "late-publication", .warning,
        title: "逾期公布",
        explanation: "《中华人民共和国政府信息公开条例》第四十九条：“县级以上人民政府部门应当在每年1月31日前"
            + "向本级政府信息公开工作主管部门提交本部门上一年度政府信息公开工作年度报告并向社会公布。"
            + "县级以上地方人民政府的政府信息公开工作主管部门应当在每年3月31日前向社会公布本级政府上一年度"
            + "政府信息公开工作年度报告。”人民政府本级的报告以3月31日为限，其他机关（含办公室、中心）以1月31日为限。")

    /// `recovered-table`: a table rebuilt from crawled text, its figures the only split the template's equations allow.
    public static let recoveredTable = Rule(
        "recovered-table", .warning,
        title: "表格由抓取文本推算",
        explanation: "抓取（爬虫导出）的文本中，表格的单元格被压平为文字，每行的数字连在一起（如“一、本年新收政府信息公开申请数量640020470”）。"
            + "本工具只在可以证明时还原表格：表三每行的数字拆分为7个不以0开头（单独的0除外）的整数，须满足“总计=自然人+法人或其他组织五列”；"
            + "一行有多种拆分时，再以各列的勾稽关系（第一项+第二项=第三项（七）总计+第四项）和办理结果合计确定；"
            + "表四的15个数字分为三组，每组须满足“结果维持+结果纠正+其他结果+尚未审结=总计”。"
            + "只有恰好一种拆分时才采用数据，推算出的单元格在页面和开放数据中标出；没有或有多种拆分（或可能的拆分过多）时报告“表格无法读取”，不猜测数据。")

    /// `unreadable-input`: a file that cannot be opened or decoded.
    public static let unreadableInput = Rule(
        "unreadable-input", .error,
        title: "文件无法读取",
        explanation: "文件无法打开或无法解码（例如损坏的DOCX文件、无法识别的文字编码），未能读取，也不会发布。")

    /// `not-a-report`: a readable file without agency, year and sections.
    public static let notAReport = Rule(
        "not-a-report", .warning,
        title: "不是年度报告",
        explanation: "文件可以读取，但未找到机关名称、年度或报告的章节，不视为政府信息公开工作年度报告，跳过不发布。")

    /// `stale-acceptance`: the config accepts a finding that no longer occurs.
    public static let staleAcceptance = Rule(
        "stale-acceptance", .warning,
        title: "已说明的问题不再出现",
        explanation: "配置文件（gxsite.toml 的 [[accept]]）中接受了某份报告的某项校验发现并说明了理由（已说明），"
            + "但该报告已不再出现这一问题（报告已更正、机关或年度不符，或单元格位置有变）。"
            + "请从配置中删除这条说明或改正其内容，以免说明清单失效而无人察觉。")

    /// Every rule, in the order of docs/validation-rules.md: the template's checks, then the input rules and the office's rules.
    public static let all: [Rule] = [
        reconciliation, outcomeSum, rowSum, reviewSum, blankCell, nonNumericCell, missingSection,
        unparsedTable, templateMismatch, carryOver, narrativeMismatch, duplicateReport, textReuse, textShared, latePublication,
        recoveredTable, unreadableInput, notAReport, staleAcceptance,
    ]

    /// The rule with a given id, for findings read back from data.
    public static func named(_ id: String) -> Rule? {
        all.first { $0.id == id }
    }
}
