/// A year with the link to its page or file.
struct YearLink: TemplateContext {
    var year: Int
    var href: String

    static let fields = TemplateFields<Self>([.init("year", \.year), .init("href", \.href)])
}
