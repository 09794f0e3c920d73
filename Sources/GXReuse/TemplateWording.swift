/// The wording the national template and the notices that accompany it give every agency: never copying, whatever
/// the corpus. Sentences are kept as the notices word them; only their letters are compared, so the figures and
/// dates they leave blank do not matter.
public enum TemplateWording {
    /// The template's sentences and set phrases.
    public static let sentences: [String] = [
        // The template's section titles and the usual titles of section 一's parts.
        "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
        "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项",
        "政府信息公开工作存在的主要问题及改进情况", "政府信息公开平台建设情况", "政府信息公开监督保障情况",
        "政府信息资源的规范化、标准化管理情况", "政府信息公开工作年度报告",
        // The opening most reports take from the notice.
        "本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求编制。",
        "本报告依据《中华人民共和国政府信息公开条例》和《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》要求编制。",
        "根据《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求",
        "全文由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项等部分组成。",
        "本报告所列数据的统计期限自1月1日起至12月31日止。",
        "本报告中所列数据的统计期限自1月1日至12月31日止。",
        "本年报中所列数据的统计日期自1月1日起至12月31日止。",
        "本报告的电子版可在人民政府门户网站下载。",
        "如对本报告有任何疑问，请与联系。",
        // Set phrases of the State Council's policy on openness.
        "中华人民共和国政府信息公开条例",
        "坚持以公开为常态、不公开为例外",
        "先审查、后公开", "谁公开、谁审查、谁负责",
        "切实保障人民群众的知情权、参与权、表达权和监督权",
        "决策、执行、管理、服务、结果公开",
        // Section 六's usual statements on fees (国办函〔2020〕109号).
        "依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）",
        "本年度未收取信息处理费。", "本年度未收取政府信息公开信息处理费。",
        "无其他需要报告的事项。",
    ]

    /// The keys of every shingle of the sentences (`Boilerplate.key`).
    public static let keys: Set<UInt64> = {
        var keys: Set<UInt64> = []
        for sentence in sentences {
            for hash in Shingles.hashes(of: sentence) { keys.insert(Boilerplate.key(hash)) }
        }
        return keys
    }()
}
