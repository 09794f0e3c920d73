/// A number row of table 三 across both templates.
///
/// Figures are always synthesised with （六）其他处理 split in three (2021) and `other` kept as
/// their sum, so one grid can be written on either layout.
enum RowKind: Int, CaseIterable, Sendable {
    case new, carried, granted, partly
    case secret, prohibited, security, thirdParty, internalAffairs, process, enforcement, query
    case notHeld, needsCreation, unclear
    case complaint, repeated, publication, excessive, confirm
    case other, noCorrection, unpaidFee, otherOther
    case total, forward

    /// Number of rows in the canonical grid (both templates' rows together).
    static let canonicalCount = RowKind.allCases.count

    /// The row's own label as the official template words it.
    var label: String {
        switch self {
        case .new: "一、本年新收政府信息公开申请数量"
        case .carried: "二、上年结转政府信息公开申请数量"
        case .granted: "（一）予以公开"
        case .partly: "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"
        case .secret: "1.属于国家秘密"
        case .prohibited: "2.其他法律行政法规禁止公开"
        case .security: "3.危及“三安全一稳定”"
        case .thirdParty: "4.保护第三方合法权益"
        case .internalAffairs: "5.属于三类内部事务信息"
        case .process: "6.属于四类过程性信息"
        case .enforcement: "7.属于行政执法案卷"
        case .query: "8.属于行政查询事项"
        case .notHeld: "1.本机关不掌握相关政府信息"
        case .needsCreation: "2.没有现成信息需要另行制作"
        case .unclear: "3.补正后申请内容仍不明确"
        case .complaint: "1.信访举报投诉类申请"
        case .repeated: "2.重复申请"
        case .publication: "3.要求提供公开出版物"
        case .excessive: "4.无正当理由大量反复申请"
        case .confirm: "5.要求行政机关确认或重新出具已获取信息"
        case .other: "（六）其他处理"
        case .noCorrection: "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"
        case .unpaidFee: "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"
        case .otherOther: "3.其他"
        case .total: "（七）总计"
        case .forward: "四、结转下年度继续办理"
        }
    }

    /// A short name for ground-truth descriptions (e.g. 「（三）不予公开 2.其他法律行政法规禁止公开」).
    var shortName: String {
        switch self {
        case .new, .carried, .forward, .granted, .total, .other: label
        case .partly: "（二）部分公开"
        case .secret, .prohibited, .security, .thirdParty, .internalAffairs, .process, .enforcement, .query: "（三）不予公开 " + label
        case .notHeld, .needsCreation, .unclear: "（四）无法提供 " + label
        case .complaint, .repeated, .publication, .excessive, .confirm: "（五）不予处理 " + label
        case .noCorrection, .unpaidFee, .otherOther: "（六）其他处理 " + label
        }
    }

    /// The seven number columns of table 三, in template order.
    static let columnNames = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]

    /// The three blocks of table 四 and their five columns.
    static let reviewBlockNames = ["行政复议", "行政诉讼（未经复议直接起诉）", "行政诉讼（复议后起诉）"]
    /// The five columns of each block of table 四.
    static let reviewColumnNames = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
}
