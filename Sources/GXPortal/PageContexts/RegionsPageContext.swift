/// The list of every region.
struct RegionsPageContext: PageContext {
    static let kind = "regions"

    var regions: [RegionChip]
    var description: String? { nil }

    init(site: SiteModel, root: String) {
        regions = site.regions.map { RegionChip($0, root: root) }
    }

    static let fields = TemplateFields<Self>([.init("regions", \.regions)])
}
