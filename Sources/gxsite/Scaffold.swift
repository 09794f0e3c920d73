/// The files `gxsite init` writes: a config listing every key, an example roster and a short guide to the content folder.
///
/// In `config`, a line starting with `#` and a key (no space) is a setting left at its default; removing the `#` turns
/// it on, and with every such line turned on the file is still a valid config (`InitCommandTests` checks both).
enum Scaffold {
    /// The files by path under the portal folder, in the order they are written.
    static let files: [(path: String, text: String)] = [
        ("gxsite.toml", config),
        ("roster.toml", roster),
        ("Content/README.md", contentGuide),
    ]

    static let config = """
    # gxsite 门户配置。每一项都可省略；命令行参数优先于本文件。
    # 以“#”紧接键名的行是保持默认值的设置，删去“#”即可启用。

    # 门户名称，显示在每页标题与页眉中。
    #title = "某某市政府信息公开工作年度报告"
    # 主办单位，显示在页脚。
    #organisation = "某某市人民政府办公室"
    # 网站的公开地址；给出后才生成 sitemap.xml、feed.xml 与规范链接。
    #base_url = "https://www.example.gov.cn/nianbao/"
    # 开放数据的使用说明。
    #licence = "本站数据摘自各机关公开发布的年度报告，可自由复制、引用，请注明出处。"
    # ICP 备案号、公安备案号、网站标识码，显示在页脚。
    #icp = "某ICP备00000000号"
    #police_filing = "某公网安备00000000000000号"
    #site_code = "0000000000"

    # 报告所在文件夹、网站输出文件夹、主题文件夹（按文件覆盖内置主题）。
    #content = "Content"
    #output = "Site"
    #theme = "Themes/custom"

    # 原始文件的下载方式："clean"（去除作者、批注与修订）、"as-submitted"（原样）或 "none"（不提供）。
    #originals = "clean"

    # 应报送机关名单（报送情况页），见 roster.toml。
    #roster = "roster.toml"

    # 地区排序与显示名称。
    #[regions]
    #order = ["某某市某某区"]
    #names = { "某某市某某区" = "某某区" }

    # 文字重复检查：share 为与上一份报告相同的文字比例（text-reuse），passage 为与其他机关相同的一段文字的字数
    # （text-shared，不少于19）；在至少 common_reports 份报告（或同一地区 region_common_reports 份报告）中出现的语句为通用表述。
    #[reuse]
    #share = 0.5
    #passage = 50
    #common_reports = 20
    #region_common_reports = 20

    # 机关的其他名称（简称、曾用名）。renamed 为机构改革的年份，此前使用这些名称。
    #[[aliases]]
    #agency = "某某市发展和改革委员会"
    #names = ["某某市发改委"]
    #renamed = 2019

    # 已说明的校验结果：显示说明，不计入状态与错误数。cell 可省略。
    #[[accept]]
    #rule = "late-publication"
    #agency = "某某市发展和改革委员会"
    #year = 2024
    #cell = "t3-new-total"
    #reason = "系统故障，发布延迟已报备"

    """

    static let roster = """
    # 应报送年度报告的机关（报送情况页）。在 gxsite.toml 中启用 roster = "roster.toml" 后生效。
    # region、kind、contact 可省略；from/until 或 years 限定应报送的年度，均省略则每年都应报送。

    [[roster]]
    agency = "某某市人民政府"
    kind = "government"            # 本级政府：3月31日前发布；部门（department）：1月31日前
    contact = "市政府办公室 0000-00000000"
    from = 2024

    [[roster]]
    agency = "某某市发展和改革委员会"
    contact = "办公室 0000-00000001"
    years = [2024, 2025]

    """

    static let contentGuide = """
    # 年度报告

    把各机关的政府信息公开工作年度报告放在这个文件夹里（可分子文件夹），然后运行 `gxsite build`。

    - 可读格式：DOCX、PDF、HTML、纯文本，以及经 LibreOffice 转换的 DOC、WPS、RTF、ODT。
    - 每份报告一个文件；同一报告的更正版可与原版并存，门户显示最新版本并保留旧版。
    - 报告旁可放同名的 `.meta.toml`，写明来源网址、发布日期等（见 gxsite 文档 docs/office-workflow.md）。
    - gxsite 只读取这里的文件，从不修改或删除它们。

    """
}
