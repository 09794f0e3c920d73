/// The breadcrumbs of a page, from the home page to the page itself (which has no link).
struct BreadcrumbTrail: TemplateContext {
    /// One step of the trail.
    struct Item: TemplateContext {
        var name: String
        /// The step's link, relative to the page; nil for the page itself.
        var href: String?

        static let fields = TemplateFields<Self>([.init("name", \.name), .init("href", \.href)])
    }

    var items: [Item]

    /// The trail of `crumbs` (name, link), nil when there are none (the home page).
    init?(_ crumbs: [(String, String?)]) {
        guard !crumbs.isEmpty else { return nil }
        items = crumbs.map { Item(name: $0.0, href: $0.1) }
    }

    static let fields = TemplateFields<Self>([.init("items", \.items)])
}
