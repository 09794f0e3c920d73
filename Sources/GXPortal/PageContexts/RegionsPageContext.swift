/// The list of every region.
struct RegionsPageContext: PageContext {
    static let kind = "regions"

    var regions: [RegionChip]
    var description: String? { "按地区浏览各机关的政府信息公开工作年度报告及其校验结果" }

    init(site: SiteModel, root: String) {
        regions = site.regions.map { RegionChip($0, root: root) }
    }

    static let fields = TemplateFields<Self>([.init("regions", \.regions)])
}
