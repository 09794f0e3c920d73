/// A problem found in a report's content: rule id, severity, place and a Chinese message.
public struct Finding: Sendable, Hashable, Codable {
    /// How serious a finding is.
    public enum Severity: String, Sendable, Hashable, Codable, Comparable {
        case warning, error

        /// Orders warnings before errors.
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .warning && rhs == .error }
    }

    /// The stable rule id of docs/validation-rules.md (e.g. `row-sum`).
    public var rule: String
    /// Error or warning.
    public var severity: Severity
    /// The input file, as a path under the content folder.
    public var file: String
    /// 1-based line.
    public var line: Int
    /// 1-based column.
    public var column: Int
    /// 1-based page in a paged input (PDF); 0 when the input has no pages.
    public var page: Int
    /// The Chinese message naming the cells and numbers.
    public var message: String
    /// Where the finding sits in words, e.g. `表三 第5行 第2列`; optional.
    public var `where`: String?
    /// The disclosure office's reason when it has accepted the finding (已说明); nil otherwise.
    /// An accepted finding is still shown, but no longer counts toward the report's status.
    public var acceptance: String?

    /// Creates a finding.
    public init(rule: String, severity: Severity, file: String, location: SourceLocation, message: String, where place: String? = nil) {
        self.rule = rule
        self.severity = severity
        self.file = file
        self.line = location.line
        self.column = location.column
        self.page = location.page
        self.message = message
        self.where = place
    }

    /// Whether the office has accepted the finding.
    public var isAccepted: Bool { acceptance != nil }

    /// The finding's position.
    public var location: SourceLocation { SourceLocation(line: line, column: column, page: page) }
}
