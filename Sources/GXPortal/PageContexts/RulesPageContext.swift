import GXReport

/// The page explaining every validation rule.
struct RulesPageContext: PageContext {
    static let kind = "rules"

    /// A rule with its explanation.
    struct Item: TemplateContext {
        var id, title, severity, explanation: String

        static let fields = TemplateFields<Self>([
            .init("id", \.id), .init("title", \.title), .init("severity", \.severity), .init("explanation", \.explanation),
        ])
    }

    var rules: [Item]
    var description: String? { "校验规则说明" }

    init() {
        rules = Rule.all.map {
            Item(id: $0.id, title: $0.title, severity: ValidationPageContext.severityName($0.severity), explanation: $0.explanation)
        }
    }

    static let fields = TemplateFields<Self>([.init("rules", \.rules), .init("description", \.description)])
}
