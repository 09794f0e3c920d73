/// One generated report file.
public struct GeneratedFile: Sendable, Hashable {
    /// The file name relative to the corpus folder, e.g. `r000123.txt`.
    public var name: String
    /// The report text (UTF-8 when written).
    public var contents: String
    /// The agency the report belongs to (its full name).
    public var agency: String
    /// The report year.
    public var year: Int

    /// Creates a file record.
    public init(name: String, contents: String, agency: String, year: Int) {
        self.name = name
        self.contents = contents
        self.agency = agency
        self.year = year
    }
}
