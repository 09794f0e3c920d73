/// The search page: Pagefind's interface, loaded by the theme's script; the template needs only the frame's `root`.
struct SearchPageContext: PageContext {
    static let kind = "search"

    var description: String? { "搜索各机关的政府信息公开工作年度报告，可按机关、地区、年度和校验状态筛选" }

    static let fields = TemplateFields<Self>([.init("description", \.description)])
}
