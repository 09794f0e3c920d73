/// What `base` (with its partials `header` and `footer`) is rendered with: the frame around every page's content.
struct BasePageContext: TemplateContext {
    var title, siteTitle, root: String
    /// The page kind, for the body's class.
    var kind: String
    var generator: String
    /// The page kind's rendered template, already HTML.
    var content: String
    var footer: SiteFooter?
    /// True when the portal has submissions pages, linked from the navigation; nil otherwise.
    var hasSubmissions: Bool?
    var description: String
    /// The page's public URL, when the base URL is known.
    var canonical: String?
    var breadcrumbs: BreadcrumbTrail?

    init(kind: String, title: String, root: String, breadcrumbs: [(String, String?)], content: String, description: String?,
         canonical: String?, site: SiteInfo) {
        self.title = title
        self.siteTitle = site.title
        self.root = root
        self.kind = kind
        self.generator = site.generator
        self.content = content
        self.footer = site.footer.isEmpty ? nil : site.footer
        self.hasSubmissions = site.hasSubmissions ? true : nil
        // Every page says what it is, for search engines and shared links; a page kind without words of its own says its title.
        self.description = description ?? "\(title) - \(site.title)"
        self.canonical = canonical
        self.breadcrumbs = BreadcrumbTrail(breadcrumbs)
    }

    static let fields = TemplateFields<Self>([
        .init("title", \.title), .init("site_title", \.siteTitle), .init("root", \.root), .init("kind", \.kind),
        .init("generator", \.generator), .init("content", \.content), .init("footer", \.footer),
        .init("has_submissions", \.hasSubmissions), .init("description", \.description), .init("canonical", \.canonical),
        .init("breadcrumbs", \.breadcrumbs),
    ])
}
