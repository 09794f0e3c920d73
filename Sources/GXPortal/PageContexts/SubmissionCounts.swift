/// How many agencies were expected to submit, and how many are in each submission state.
struct SubmissionCounts: TemplateContext {
    var expected = 0
    var published = 0
    var late = 0
    var errors = 0
    var missing = 0
    var unlisted = 0

    /// The counts of `rows`; `expected` counts those of `expected`, the roster's agencies.
    init(_ rows: [Submission], expected: Int) {
        self.expected = expected
        for row in rows {
            switch row.state {
            case .published: published += 1
            case .late: late += 1
            case .errors: errors += 1
            case .missing: missing += 1
            case .unlisted: unlisted += 1
            }
        }
    }

    /// The fields of a context holding counts at `path`, one per state.
    static func countFields<Root>(_ path: KeyPath<Root, SubmissionCounts>) -> [TemplateField<Root>] {
        [
            .init("expected", path.appending(path: \.expected)), .init("published", path.appending(path: \.published)),
            .init("late", path.appending(path: \.late)), .init("errors", path.appending(path: \.errors)),
            .init("missing", path.appending(path: \.missing)), .init("unlisted", path.appending(path: \.unlisted)),
        ]
    }

    static let fields = TemplateFields<Self>(countFields(\.self))
}
