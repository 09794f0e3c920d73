/// A number row of table 三 (收到和处理政府信息公开申请情况), covering both templates.
public enum ApplicationRow: String, Sendable, CaseIterable, Hashable {
    case new, carriedOver
    case granted, partlyGranted
    case stateSecret, prohibitedByLaw, securityStability, thirdPartyRights
    case internalAffairs, processInformation, enforcementFiles, queryMatters
    case notHeld, needsCreation, unclearAfterCorrection
    case complaint, duplicate, publication, excessive, confirmOrReissue
    /// （六）其他处理 as one row (2019 template).
    case other
    /// （六）其他处理 1–3 (2021 template).
    case otherNoCorrection, otherUnpaidFee, otherOther
    case total, carriedForward

    /// Hashes the case rather than its raw value (the default for raw-value enums): rows key the tables' dictionaries,
    /// and hashing a name such as "unclearAfterCorrection" at every lookup is wasted work.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(ordinal)
    }

    /// The case's position in `allCases` (a payload-free enum is stored as its case's index).
    package var ordinal: Int { Int(unsafeBitCast(self, to: UInt8.self)) }

    /// The rows of the 2019 template, in order (23 rows).
    public static let rows2019: [ApplicationRow] = allCases.filter { ![.otherNoCorrection, .otherUnpaidFee, .otherOther].contains($0) }
    /// The rows of the 2021 template, in order (25 rows).
    public static let rows2021: [ApplicationRow] = allCases.filter { $0 != .other }

    /// The outcome rows that add up to （七）总计 for a given row set.
    public static func outcomeRows(in rows: [ApplicationRow]) -> [ApplicationRow] {
        rows.filter { ![.new, .carriedOver, .total, .carriedForward].contains($0) }
    }

    /// The group heading the row sits under in the template, if any.
    public var group: String? {
        switch self {
        case .new, .carriedOver, .carriedForward: nil
        case .granted, .partlyGranted, .other, .total: "三、本年度办理结果"
        case .stateSecret, .prohibitedByLaw, .securityStability, .thirdPartyRights,
             .internalAffairs, .processInformation, .enforcementFiles, .queryMatters: "（三）不予公开"
        case .notHeld, .needsCreation, .unclearAfterCorrection: "（四）无法提供"
        case .complaint, .duplicate, .publication, .excessive, .confirmOrReissue: "（五）不予处理"
        case .otherNoCorrection, .otherUnpaidFee, .otherOther: "（六）其他处理"
        }
    }

    /// The template's wording of the row itself.
    public var label: String {
        switch self {
        case .new: "一、本年新收政府信息公开申请数量"
        case .carriedOver: "二、上年结转政府信息公开申请数量"
        case .granted: "（一）予以公开"
        case .partlyGranted: "（二）部分公开"
        case .stateSecret: "1.属于国家秘密"
        case .prohibitedByLaw: "2.其他法律行政法规禁止公开"
        case .securityStability: "3.危及“三安全一稳定”"
        case .thirdPartyRights: "4.保护第三方合法权益"
        case .internalAffairs: "5.属于三类内部事务信息"
        case .processInformation: "6.属于四类过程性信息"
        case .enforcementFiles: "7.属于行政执法案卷"
        case .queryMatters: "8.属于行政查询事项"
        case .notHeld: "1.本机关不掌握相关政府信息"
        case .needsCreation: "2.没有现成信息需要另行制作"
        case .unclearAfterCorrection: "3.补正后申请内容仍不明确"
        case .complaint: "1.信访举报投诉类申请"
        case .duplicate: "2.重复申请"
        case .publication: "3.要求提供公开出版物"
        case .excessive: "4.无正当理由大量反复申请"
        case .confirmOrReissue: "5.要求行政机关确认或重新出具已获取信息"
        case .other: "（六）其他处理"
        case .otherNoCorrection: "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"
        case .otherUnpaidFee: "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"
        case .otherOther: "3.其他"
        case .total: "（七）总计"
        case .carriedForward: "四、结转下年度继续办理"
        }
    }

    /// The label with its hierarchy, e.g. `（三）不予公开 · 1.属于国家秘密`.
    public var displayLabel: String {
        switch self {
        case .new, .carriedOver, .carriedForward, .granted, .partlyGranted, .other, .total: label
        default: "\(group!) · \(label)"
        }
    }

    /// A short name for messages, e.g. `第三项（三）不予公开·1.属于国家秘密`.
    public var shortLabel: String {
        switch self {
        case .new: "第一项（本年新收）"
        case .carriedOver: "第二项（上年结转）"
        case .total: "第三项（七）总计"
        case .carriedForward: "第四项（结转下年度）"
        default: displayLabel.replacingOccurrences(of: " · ", with: "·")
        }
    }

    /// The JSON path of the row under `applications`, e.g. `denied.state_secret`.
    public var jsonPath: [String] {
        switch self {
        case .new: ["new"]
        case .carriedOver: ["carried_over"]
        case .granted: ["granted"]
        case .partlyGranted: ["partly_granted"]
        case .stateSecret: ["denied", "state_secret"]
        case .prohibitedByLaw: ["denied", "prohibited_by_law"]
        case .securityStability: ["denied", "security_stability"]
        case .thirdPartyRights: ["denied", "third_party_rights"]
        case .internalAffairs: ["denied", "internal_affairs"]
        case .processInformation: ["denied", "process_information"]
        case .enforcementFiles: ["denied", "enforcement_files"]
        case .queryMatters: ["denied", "query_matters"]
        case .notHeld: ["unable", "not_held"]
        case .needsCreation: ["unable", "needs_creation"]
        case .unclearAfterCorrection: ["unable", "unclear_after_correction"]
        case .complaint: ["not_processed", "complaint"]
        case .duplicate: ["not_processed", "duplicate"]
        case .publication: ["not_processed", "publication"]
        case .excessive: ["not_processed", "excessive"]
        case .confirmOrReissue: ["not_processed", "confirm_or_reissue"]
        case .other: ["other"]
        case .otherNoCorrection: ["other_breakdown", "no_correction"]
        case .otherUnpaidFee: ["other_breakdown", "unpaid_fee"]
        case .otherOther: ["other_breakdown", "other"]
        case .total: ["total"]
        case .carriedForward: ["carried_forward"]
        }
    }
}
