/// A labelled key figure of a report, shown at the top of its page and given to Pagefind as metadata.
struct KeyFigure: TemplateContext {
    var label: String
    /// The figure as shown, "—" for a blank cell.
    var value: String

    /// The key figures of `e`: applications received and closed, administrative review and litigation.
    static func of(_ e: ReportEntry) -> [KeyFigure] {
        [
            KeyFigure(label: "新收申请", value: SitePages.dash(e.figure(.new))),
            KeyFigure(label: "办结", value: SitePages.dash(e.figure(.total))),
            KeyFigure(label: "行政复议", value: SitePages.dash(e.reviewFigure(.review))),
            KeyFigure(label: "行政诉讼", value: SitePages.dash(e.litigationTotal)),
        ]
    }

    static let fields = TemplateFields<Self>([.init("label", \.label), .init("value", \.value)])
}
