/// The context of one kind of page: the template that renders its content, and what `base` takes from it.
protocol PageContext: TemplateContext {
    /// The theme template of the page's content, rendered inside `base`.
    static var kind: String { get }
    /// The page's meta description, shown by `base`; nil for none.
    var description: String? { get }
}
