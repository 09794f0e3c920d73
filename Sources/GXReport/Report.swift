import Foundation

/// One agency's annual report for one year, as read from one input file.
public struct Report: Sendable {
    /// The fields, behind one reference: a report is copied many times on its way to the pages (into entries, index
    /// lists, charts), and a copy of some twenty strings, arrays and tables means as many reference counts to change.
    private var storage: Storage

    /// The input file, as a path under the content folder (e.g. `000_x.txt`).
    public var source: String {
        _read { yield storage.source }
        _modify { yield &unique().source }
    }
    /// The input format: "text", "docx", "html" or "pdf".
    public var format: String {
        _read { yield storage.format }
        _modify { yield &unique().format }
    }
    /// The title as written, with split lines joined.
    public var title: String {
        _read { yield storage.title }
        _modify { yield &unique().title }
    }
    /// The agency's full name.
    public var agency: String {
        _read { yield storage.agency }
        _modify { yield &unique().agency }
    }
    /// The administrative division the agency belongs to (e.g. 宁波市镇海区); empty when unknown.
    public var region: String {
        _read { yield storage.region }
        _modify { yield &unique().region }
    }
    /// The year the report covers.
    public var year: Int {
        _read { yield storage.year }
        _modify { yield &unique().year }
    }
    /// Where the title starts.
    public var titleLocation: SourceLocation {
        _read { yield storage.titleLocation }
        _modify { yield &unique().titleLocation }
    }
    /// The sections in source order, extra ones included.
    public var sections: [Section] {
        _read { yield storage.sections }
        _modify { yield &unique().sections }
    }
    /// Section 二's figures, when its table could be read; decoded on each use (see `Disclosure.archived()`).
    public var disclosure: Disclosure? {
        get { storage.disclosure.flatMap(Disclosure.init(archived:)) }
        set { unique().disclosure = newValue?.archived() }
    }
    /// Whether section 二's table could be read, without decoding it.
    public var hasDisclosure: Bool { storage.disclosure != nil }
    /// Section 二 as `Disclosure.archived()` wrote it, for the parse cache.
    package var archivedDisclosure: [UInt8]? {
        _read { yield storage.disclosure }
        _modify { yield &unique().disclosure }
    }
    /// Table 三, when found.
    public var applications: ApplicationTable? {
        _read { yield storage.applications }
        _modify { yield &unique().applications }
    }
    /// Table 四, when found.
    public var review: ReviewTable? {
        _read { yield storage.review }
        _modify { yield &unique().review }
    }
    /// The publication date (yyyy-MM-dd) when the report states one.
    public var published: String? {
        _read { yield storage.published }
        _modify { yield &unique().published }
    }
    /// Paragraphs before the first section (preamble), in order.
    public var preamble: [Block] {
        _read { yield storage.preamble }
        _modify { yield &unique().preamble }
    }
    /// Where the report was published online, when a sidecar says so.
    public var sourceURL: String? {
        _read { yield storage.sourceURL }
        _modify { yield &unique().sourceURL }
    }
    /// Whether the file is a corrected republication of the agency's report for the year (sidecar `correction`/`replaces`).
    public var isCorrection: Bool {
        _read { yield storage.isCorrection }
        _modify { yield &unique().isCorrection }
    }
    /// The agency's name as the report wrote it, when the config mapped it to another name (an alias).
    public var agencyAsWritten: String? {
        _read { yield storage.agencyAsWritten }
        _modify { yield &unique().agencyAsWritten }
    }
    /// The stored fields; copied before a shared one is changed.
    // @unchecked Sendable: a storage shared between copies of a report is never changed: every change goes through
    // `unique()`, which copies a shared one first, so threads holding copies only read it.
    private final class Storage: @unchecked Sendable {
        @exclusivity(unchecked) var source: String
        @exclusivity(unchecked) var format: String
        @exclusivity(unchecked) var title: String
        @exclusivity(unchecked) var agency: String
        @exclusivity(unchecked) var region: String
        @exclusivity(unchecked) var year: Int
        @exclusivity(unchecked) var titleLocation: SourceLocation
        @exclusivity(unchecked) var sections: [Section]
        @exclusivity(unchecked) var disclosure: [UInt8]?
        @exclusivity(unchecked) var applications: ApplicationTable?
        @exclusivity(unchecked) var review: ReviewTable?
        @exclusivity(unchecked) var published: String?
        @exclusivity(unchecked) var preamble: [Block]
        @exclusivity(unchecked) var sourceURL: String?
        @exclusivity(unchecked) var isCorrection: Bool
        @exclusivity(unchecked) var agencyAsWritten: String?

        init(source: String, format: String, title: String, agency: String, region: String, year: Int, titleLocation: SourceLocation) {
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
            self.isCorrection = false
            self.agencyAsWritten = nil
        }

        func copy() -> Storage {
            let c = Storage(source: source, format: format, title: title, agency: agency, region: region, year: year,
                            titleLocation: titleLocation)
            c.sections = sections
            c.disclosure = disclosure
            c.applications = applications
            c.review = review
            c.published = published
            c.preamble = preamble
            c.sourceURL = sourceURL
            c.isCorrection = isCorrection
            c.agencyAsWritten = agencyAsWritten
            return c
        }
    }

    /// The storage, copied first when another report shares it.
    private mutating func unique() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }

    /// Creates a report with the given identity and no content.
    public init(source: String, format: String, title: String, agency: String, region: String, year: Int, titleLocation: SourceLocation) {
        storage = Storage(source: source, format: format, title: title, agency: agency, region: region, year: year,
                          titleLocation: titleLocation)
    }

    /// The layout of tables 三/四: "2019", "2021" or "other".
    public var template: TemplateKind { applications?.template ?? .other }

    /// The first section of a kind, if present.
    public func section(_ kind: SectionKind) -> Section? {
        sections.first { $0.kind == kind }
    }
}
