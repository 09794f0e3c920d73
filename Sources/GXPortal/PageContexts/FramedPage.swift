import Mustache

/// A page's context beneath its `PageFrame`: a context stack of two, looked up frame first.
struct FramedPage<Page: TemplateContext>: MustacheParent {
    let frame: PageFrame
    let page: Page

    func child(named name: String) -> Any? {
        frame.child(named: name) ?? page.child(named: name)
    }
}
