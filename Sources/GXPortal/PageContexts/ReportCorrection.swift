/// The correction note of a corrected report's page: its earlier versions and the figures each correction changed.
struct ReportCorrection: TemplateContext {
    /// An earlier version with the link to its page.
    struct Version: TemplateContext {
        var version: Int
        var href: String
        var published: String?

        static let fields = TemplateFields<Self>([.init("version", \.version), .init("href", \.href), .init("published", \.published)])
    }

    /// One correction, from a version to the next (or to the current report).
    struct Step: TemplateContext {
        var from, to: String
        /// The number of figures changed.
        var count: Int
        var changes: [Change]

        static let fields = TemplateFields<Self>([
            .init("from", \.from), .init("to", \.to), .init("count", \.count), .init("changes", \.changes),
        ])
    }

    /// A figure a correction changed.
    struct Change: TemplateContext {
        var name, old, new: String

        static let fields = TemplateFields<Self>([.init("name", \.name), .init("old", \.old), .init("new", \.new)])
    }

    var versions: [Version]
    var steps: [Step]
    /// When the current report was published.
    var date: String?

    /// The note of `e`, nil when it has no earlier versions; links relative to `root`.
    init?(_ e: ReportEntry, root: String) {
        guard !e.earlierVersions.isEmpty else { return nil }
        let chain = e.earlierVersions + [e]
        versions = e.earlierVersions.map { Version(version: $0.version ?? 0, href: root + $0.page + "index.html", published: $0.report.published) }
        steps = (0..<(chain.count - 1)).map { n in
            let changes = FigureChange.between(chain[n].report, chain[n + 1].report)
            return Step(from: "v\(n + 1)", to: n + 1 == e.earlierVersions.count ? "现行版本" : "v\(n + 2)", count: changes.count,
                        changes: changes.map { Change(name: $0.name, old: $0.old, new: $0.new) })
        }
        date = e.report.published
    }

    static let fields = TemplateFields<Self>([.init("versions", \.versions), .init("steps", \.steps), .init("date", \.date)])
}
