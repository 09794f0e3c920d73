/// Section 二 (主动公开政府信息情况): the 第二十条 items with their free-text figures.
public struct Disclosure: Sendable, Hashable {
    /// The layout of section 二: "2019", "2021" or "local" (a local variant of either).
    public var layout: String
    /// The items in source order.
    public var items: [DisclosureItem]

    /// Creates the section's data.
    public init(layout: String, items: [DisclosureItem]) {
        self.layout = layout
        self.items = items
    }
}

/// One 第二十条 item: its column headings and rows of free-text figures.
public struct DisclosureItem: Sendable, Hashable {
    /// The item heading, e.g. `第二十条第（一）项`.
    public var title: String
    /// Column headings after 信息内容 (sub-headings joined with "·").
    public var columns: [String]
    /// Rows: a label and its figures as written ("17.7万", "8批次").
    public var rows: [DisclosureRow]

    /// Creates an item.
    public init(title: String, columns: [String], rows: [DisclosureRow]) {
        self.title = title
        self.columns = columns
        self.rows = rows
    }
}

/// A row of a 第二十条 item.
public struct DisclosureRow: Sendable, Hashable {
    /// The row label, e.g. `行政许可`.
    public var label: String
    /// The figures as written.
    public var values: [String]
    /// Where the row starts.
    public var location: SourceLocation

    /// Creates a row.
    public init(label: String, values: [String], location: SourceLocation) {
        self.label = label
        self.values = values
        self.location = location
    }
}
