/// The names every page kind's template may use besides its own context's: the link prefix and the site's facts.
///
/// A page's template is rendered with this frame over the page's context (`FramedPage`), as swift-mustache renders
/// with one object only; the frame's names come first, as they did when they were added to the page's dictionary.
struct PageFrame: TemplateContext {
    /// "../" once per folder level of the page, the prefix of every link to the site root.
    var root: String
    var siteTitle, generator: String

    static let fields = TemplateFields<Self>([
        .init("root", \.root), .init("site_title", \.siteTitle), .init("generator", \.generator),
    ])
}
