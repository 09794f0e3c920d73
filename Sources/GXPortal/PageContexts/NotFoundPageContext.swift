/// The page a static host shows for a missing path; the template needs only the frame's `root`.
struct NotFoundPageContext: PageContext {
    static let kind = "notfound"

    var description: String? { "页面未找到" }

    static let fields = TemplateFields<Self>([.init("description", \.description)])
}
