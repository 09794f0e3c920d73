/// The seven number columns of table 三, in template order.
public enum ApplicantColumn: Int, Sendable, CaseIterable, Hashable {
    case natural, commercial, research, publicInterest, legalService, otherOrganisation, total

    /// The template's wording of the column.
    public var label: String {
        switch self {
        case .natural: "自然人"
        case .commercial: "商业企业"
        case .research: "科研机构"
        case .publicInterest: "社会公益组织"
        case .legalService: "法律服务机构"
        case .otherOrganisation: "其他"
        case .total: "总计"
        }
    }

    /// The column's name where it must be unambiguous (其他 alone could be a row).
    public var fullLabel: String {
        switch self {
        case .natural, .total: label
        default: "法人或其他组织·" + label
        }
    }

    /// Stable ASCII key for open data.
    public var key: String {
        switch self {
        case .natural: "natural_person"
        case .commercial: "commercial_enterprise"
        case .research: "research_institution"
        case .publicInterest: "public_interest_org"
        case .legalService: "legal_service_org"
        case .otherOrganisation: "other_org"
        case .total: "total"
        }
    }
}
