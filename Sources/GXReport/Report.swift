import Foundation

/// One agency's annual report for one year, as read from one input file.
public struct Report: Sendable {
    /// The input file, as a path under the content folder (e.g. `000_x.txt`).
    public var source: String
    /// The input format: "text", "docx" or "html".
    public var format: String
    /// The title as written, with split lines joined.
    public var title: String
    /// The agency's full name.
    public var agency: String
    /// The administrative division the agency belongs to (e.g. 宁波市镇海区); empty when unknown.
    public var region: String
    /// The year the report covers.
    public var year: Int
    /// Where the title starts.
    public var titleLocation: SourceLocation
    /// The sections in source order, extra ones included.
    public var sections: [Section]
    /// Section 二's figures, when its table could be read.
    public var disclosure: Disclosure?
    /// Table 三, when found.
    public var applications: ApplicationTable?
    /// Table 四, when found.
    public var review: ReviewTable?
    /// The publication date (yyyy-MM-dd) when the report states one.
    public var published: String?
    /// Paragraphs before the first section (preamble), in order.
    public var preamble: [Block]
    /// Where the report was published online, when a sidecar says so.
    public var sourceURL: String?
    /// Whether the file is a corrected republication of the agency's report for the year (sidecar `correction`/`replaces`).
    public var isCorrection = false
    /// The agency's name as the report wrote it, when the config mapped it to another name (an alias).
    public var agencyAsWritten: String?

    /// Creates a report with the given identity and no content.
    public init(source: String, format: String, title: String, agency: String, region: String, year: Int, titleLocation: SourceLocation) {
        self.source = source
        self.format = format
        self.title = title
        self.agency = agency
        self.region = region
        self.year = year
        self.titleLocation = titleLocation
        self.sections = []
        self.disclosure = nil
        self.applications = nil
        self.review = nil
        self.published = nil
        self.preamble = []
        self.sourceURL = nil
    }

    /// The layout of tables 三/四: "2019", "2021" or "other".
    public var template: TemplateKind { applications?.template ?? .other }

    /// The first section of a kind, if present.
    public func section(_ kind: SectionKind) -> Section? {
        sections.first { $0.kind == kind }
    }
}
