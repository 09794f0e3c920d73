extension ReportValidator {
    /// `narrative-mismatch`: counts stated in 总体情况 (and the preamble) against tables 三/四.
    ///
    /// Column convention: the figure's Character offset in the paragraph as the model holds it,
    /// added to the paragraph's column. Paragraphs are stored trimmed and without Word's
    /// `[bookmark: …]` noise, so the column is exact for lines without leading white space or
    /// bookmarks and otherwise falls short by the characters removed before the figure.
    func narrativeMismatches(_ report: Report) -> [Finding] {
        let blocks = report.preamble + (report.section(.overview)?.blocks ?? [])
        var findings: [Finding] = []
        for case .paragraph(let text, let location) in blocks {
            for statement in NarrativeCounts.statements(in: text, year: report.year) {
                guard let table = tableFigure(statement.kind, in: report), table != statement.value else { continue }
                let at = SourceLocation(line: location.line, column: location.column + statement.offset, page: location.page)
                findings.append(Rule.narrativeMismatch.finding(
                    file: report.source, at: at,
                    Messages.narrativeMismatch(phrase: statement.phrase, kind: statement.kind, table: table),
                    where: Messages.whereOverview))
            }
        }
        return findings
    }

    /// The table figure a stated count is compared with, when it is a number.
    func tableFigure(_ kind: NarrativeCounts.Kind, in report: Report) -> Int? {
        switch kind {
        case .received: report.applications?.number(.new, .total)
        case .processed: report.applications?.number(.total, .total)
        case .review: report.review?[.review, .total].number
        case .litigation:
            report.review.flatMap { review in
                guard let direct = review[.litigationDirect, .total].number,
                      let afterReview = review[.litigationAfterReview, .total].number
                else { return nil }
                return direct + afterReview
            }
        }
    }

    /// `late-publication`: 条例 第四十九条 — 3月31日 for a government's own report, 1月31日 for everyone else.
    func latePublication(_ report: Report) -> [Finding] {
        guard let published = report.published, report.year > 0 else { return [] }
        let government = PublicationDeadline.isGovernment(agency: report.agency)
        let deadline = PublicationDeadline.date(forYear: report.year, government: government)
        guard PublicationDeadline.isLate(published: published, year: report.year, government: government) else { return [] }
        return [Rule.latePublication.finding(file: report.source, at: publishedLocation(report, published),
                                             Messages.latePublication(published: published, deadline: deadline, government: government),
                                             where: Messages.wherePublished)]
    }

    /// The paragraph stating the date, searched where the parser found it; else the title.
    func publishedLocation(_ report: Report, _ published: String) -> SourceLocation {
        let candidates = report.preamble + (report.sections.first?.blocks.prefix(3) ?? [])
        for case .paragraph(let text, let location) in candidates
        where ReportParser.publicationDate(in: [.paragraph(text, location)]) == published {
            return location
        }
        return report.titleLocation
    }
}
