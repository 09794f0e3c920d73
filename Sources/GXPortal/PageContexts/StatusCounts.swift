/// How many of a list of reports pass, warn and fail: the `status-counts` partial's `status`, and a summary row's counts.
struct StatusCounts: TemplateContext {
    var pass = 0
    var warn = 0
    var fail = 0

    /// The counts of `list`.
    init(_ list: [ReportEntry]) {
        // Indices, not elements: a closure over the elements copies each entry.
        for i in list.indices {
            switch list[i].status {
            case .pass: pass += 1
            case .warn: warn += 1
            case .fail: fail += 1
            }
        }
    }

    static let fields = TemplateFields<Self>([.init("pass", \.pass), .init("warn", \.warn), .init("fail", \.fail)])
}
