/// The footer facts of a government site (主办单位, 网站标识码, ICP, 公安备案), each shown when configured.
struct SiteFooter: TemplateContext, Sendable {
    var organisation, siteCode, icp, policeFiling: String?

    /// Whether none is configured: the footer then shows no line of them.
    var isEmpty: Bool { organisation == nil && siteCode == nil && icp == nil && policeFiling == nil }

    static let fields = TemplateFields<Self>([
        .init("organisation", \.organisation), .init("site_code", \.siteCode), .init("icp", \.icp),
        .init("police_filing", \.policeFiling),
    ])
}
