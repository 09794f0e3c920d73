/// What the `report-table` partial shows: a caption, the rows, the pager of a long list, and a link to the rest of a
/// list shown one page's worth only. Each page that includes the partial holds one, its names among the page's own.
struct ReportTable {
    var caption: String
    var rows: [ReportTableRow]
    /// The navigation of a list split over pages; nil when the list fits on one.
    var pager: PagerContext?
    /// The link to the whole list, when the table shows only part of it.
    var moreHref: String?
    var moreLabel: String?
    var moreCount: Int?

    /// The partial's fields of a context holding the table at `path`.
    static func fields<Root>(_ path: KeyPath<Root, ReportTable>) -> [TemplateField<Root>] {
        [
            .init("caption", path.appending(path: \.caption)), .init("rows", path.appending(path: \.rows)),
            .init("pager", path.appending(path: \.pager)), .init("more_href", path.appending(path: \.moreHref)),
            .init("more_label", path.appending(path: \.moreLabel)), .init("more_count", path.appending(path: \.moreCount)),
        ]
    }
}
