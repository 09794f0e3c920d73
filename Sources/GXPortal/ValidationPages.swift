/// The validation dashboard (`validation/`) and the rule pages (`validation/rules/`).
extension SitePages {
    func writeValidation() throws {
        let folder = "validation/"
        try writePage(folder: folder, title: "校验结果", breadcrumbs: [("首页", "index.html"), ("校验结果", nil)],
                      context: ValidationPageContext(site: site, pageSize: pageSize, root: Self.root(of: folder)))
        try writePage(folder: "validation/rules/", title: "校验规则",
                      breadcrumbs: [("首页", "index.html"), ("校验结果", "validation/index.html"), ("校验规则", nil)],
                      context: RulesPageContext())
    }
}
