import GXReuse

extension ComparableText {
    /// The sections text reuse compares: those the template leaves to the agency's own words.
    public static let comparedSections: [SectionKind] = [.overview, .problems, .otherMatters]

    /// The compared text of `report`: the paragraphs of its sections 一、五 and 六, in order (tables left out).
    public init(of report: Report) {
        self.init()
        for section in report.sections {
            guard let kind = section.kind, Self.comparedSections.contains(kind) else { continue }
            beginSection(kind.rawValue)
            for case .paragraph(let text, let location) in section.blocks {
                append(paragraph: text, line: location.line, column: location.column, page: location.page)
            }
        }
    }
}
