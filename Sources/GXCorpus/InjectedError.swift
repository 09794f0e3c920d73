/// One finding a correct validator must report for a generated file (a ground-truth entry).
public struct InjectedError: Sendable, Hashable, Codable {
    /// The file name relative to the corpus folder, e.g. `r000123.txt`.
    public var file: String
    /// The rule id of docs/validation-rules.md, e.g. `row-sum`.
    public var rule: String
    /// `error` or `warning`, as `Rule.all` (docs/validation-rules.md) assigns to the rule.
    public var severity: String
    /// 1-based line of the finding.
    public var line: Int
    /// 1-based column of the finding, in characters (a cell's is 2, just after its TAB).
    public var column: Int
    /// What is wrong, in words (Chinese, naming the cell and figures).
    public var description: String

    /// Creates an entry with an explicit severity.
    public init(file: String, rule: String, severity: String, line: Int, column: Int, description: String) {
        self.file = file
        self.rule = rule
        self.severity = severity
        self.line = line
        self.column = column
        self.description = description
    }

    /// Creates an entry with the rule's own severity.
    init(file: String, rule: String, line: Int, column: Int, description: String) {
        self.init(file: file, rule: rule, severity: InjectedError.severity(of: rule), line: line, column: column, description: description)
    }

    /// The severity `Rule.all` (docs/validation-rules.md) gives a rule id (`error` or `warning`).
    public static func severity(of rule: String) -> String {
        switch rule {
        case "reconciliation", "outcome-sum", "row-sum", "review-sum", "missing-section", "unparsed-table", "duplicate-report":
            "error"
        default:
            "warning"
        }
    }

    /// Ground-truth order: file, line, column, then rule.
    static func < (lhs: InjectedError, rhs: InjectedError) -> Bool {
        (lhs.file, lhs.line, lhs.column, lhs.rule) < (rhs.file, rhs.line, rhs.column, rhs.rule)
    }
}
