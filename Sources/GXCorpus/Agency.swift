/// One publishing agency of the corpus: its full name, its division and what kind of body it is.
struct Agency: Sendable {
    /// Which publication deadline applies and how the report refers to itself.
    enum Kind: Sendable {
        /// The division's own government (agency name == region + 人民政府): deadline 3月31日.
        case government
        /// Any department, office or centre: deadline 1月31日.
        case department
        /// A 街道办事处 or 镇人民政府: 1月31日, but it could be mistaken for a government, so
        /// generated dates keep it clear of both deadlines' ambiguity.
        case town
    }

    /// Full name, region + department (e.g. 余姚市经济和信息化局).
    let name: String
    /// The division the name begins with.
    let region: String
    /// What kind of body it is.
    let kind: Kind
    /// How the report refers to the agency itself (我局, 区政府, 本街道 …).
    let selfName: String
    /// Share of years with many applications, in percent.
    let busyPercent: Int

    /// Builds a department or government agency of a region.
    init(region: RegionCatalog.Region, department: RegionCatalog.Department) {
        let deptName = RegionCatalog.departmentName(department, in: region)
        self.name = region.name + deptName
        self.region = region.name
        self.kind = deptName == "人民政府" ? .government : .department
        self.busyPercent = department.busyPercent
        if deptName == "人民政府" {
            switch region.name.last {
            case "区": selfName = "区政府"
            case "县": selfName = "县政府"
            case "市": selfName = "市政府"
            default: selfName = "本机关"
            }
        } else if deptName.hasSuffix("局") {
            selfName = "我局"
        } else if deptName.hasSuffix("办公室") {
            selfName = "我办"
        } else if deptName.hasSuffix("委员会") {
            selfName = "我委"
        } else if deptName.hasSuffix("中心") {
            selfName = "我中心"
        } else if deptName.hasSuffix("馆") {
            selfName = "我馆"
        } else {
            selfName = "本机关"
        }
    }

    /// Builds a street office (…街道办事处) or town government (…镇人民政府) of a region.
    init(region: RegionCatalog.Region, town: String) {
        let isStreet = town.hasSuffix("街道")
        self.name = region.name + town + (isStreet ? "办事处" : "人民政府")
        self.region = region.name
        self.kind = .town
        self.selfName = isStreet ? "本街道" : "我镇"
        self.busyPercent = RegionCatalog.townBusyPercent
    }

    /// The last day a report on `year` may be published (3月31日 for a government, else 1月31日).
    func deadline(for year: Int) -> SimpleDate {
        kind == .government ? SimpleDate(year: year + 1, month: 3, day: 31) : SimpleDate(year: year + 1, month: 1, day: 31)
    }
}
