/// A calendar date without time zone, enough for publication dates and deadlines.
struct SimpleDate: Sendable, Comparable {
    /// The year.
    let year: Int
    /// The month, 1–12.
    let month: Int
    /// The day, 1–31.
    let day: Int

    /// Orders dates chronologically.
    static func < (lhs: SimpleDate, rhs: SimpleDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// `2024-01-17`, as in 公开日期 lines.
    var iso: String {
        String(year) + (month < 10 ? "-0" : "-") + String(month) + (day < 10 ? "-0" : "-") + String(day)
    }

    /// `2024年1月17日`, as under a report's signature.
    var chinese: String {
        String(year) + "年" + String(month) + "月" + String(day) + "日"
    }

    private static let daysBefore = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365]

    /// A uniformly drawn date between two dates of the same year (February has 28 days here).
    static func random(year: Int, from start: (month: Int, day: Int), to end: (month: Int, day: Int), rng: inout SplitMix64) -> SimpleDate {
        let first = daysBefore[start.month - 1] + start.day - 1
        let last = daysBefore[end.month - 1] + end.day - 1
        let target = rng.int(first, last)
        var month = 1
        while target >= daysBefore[month] { month += 1 }
        return SimpleDate(year: year, month: month, day: target - daysBefore[month - 1] + 1)
    }
}
