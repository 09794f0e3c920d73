/// The legal deadline of 条例 第四十九条 for publishing a year's report, shared by `late-publication`
/// and the disclosure office's submission pages.
public enum PublicationDeadline {
    /// The deadline (yyyy-MM-dd) for the report on `year`: 3月31日 of the next year for a government's own
    /// report, 1月31日 for every other agency.
    public static func date(forYear year: Int, government: Bool) -> String {
        "\(year + 1)-\(government ? "03-31" : "01-31")"
    }

    /// Whether `agency` is a government's own name (region + 人民政府), which has the later deadline.
    public static func isGovernment(agency: String) -> Bool {
        RegionResolver.shared.isGovernment(agency: agency)
    }

    /// Whether a report published on `published` (yyyy-MM-dd) is past the deadline for `year`.
    public static func isLate(published: String, year: Int, government: Bool) -> Bool {
        // Both are zero-padded yyyy-MM-dd, so text order is date order.
        published > date(forYear: year, government: government)
    }
}
