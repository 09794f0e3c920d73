import GXReport

/// The agencies the disclosure office expects a report from, per year (`[[roster]]` in the config or a roster file).
public struct Roster: Sendable, Equatable {
    /// One expected agency.
    public struct Entry: Sendable, Equatable {
        /// The agency's full name (after alias mapping).
        public var agency: String
        /// The region shown and counted on the submissions page; from the name when not configured.
        public var region: String
        /// Department (deadline 1月31日) or government (its own report, deadline 3月31日).
        public var kind: Kind
        /// Whom to chase (a person, a phone number …), shown on the page and in the CSV.
        public var contact: String?
        /// The years expected: listed years, or from a year on (optionally until a year); nil: every year of the site.
        public var years: Years?
        /// The config line of the entry, for messages.
        public var line: Int?

        /// Whether a report for `year` is expected.
        func expects(_ year: Int) -> Bool {
            switch years {
            case nil: true
            case .listed(let list)?: list.contains(year)
            case .range(let from, let until)?: year >= from && year <= (until ?? Int.max)
            }
        }
    }

    /// The kind of an expected agency, which sets its deadline.
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        /// A department or office: its report is due by 1月31日.
        case department
        /// A government's own report (region + 人民政府): due by 3月31日.
        case government

        /// The kind a name implies: region + 人民政府 is a government, anything else a department.
        static func inferred(from agency: String) -> Kind {
            PublicationDeadline.isGovernment(agency: agency) ? .government : .department
        }
    }

    /// Which years an entry expects.
    public enum Years: Sendable, Equatable {
        /// Exactly these years (`years = [2022, 2023]`).
        case listed([Int])
        /// From a year on, optionally until a year (`from = 2021`, `until = 2024`).
        case range(from: Int, until: Int?)
    }

    /// The entries in config order.
    public var entries: [Entry] = []

    /// No expected agencies: the submissions pages are not built.
    public var isEmpty: Bool { entries.isEmpty }

    /// Creates a roster.
    public init(entries: [Entry] = []) {
        self.entries = entries
    }

    /// The years with a submissions page: those listed, and from each `from` up to the last year known.
    func years(siteYears: [Int]) -> [Int] {
        var explicit: Set<Int> = []
        for e in entries {
            switch e.years {
            case .listed(let list)?: explicit.formUnion(list)
            case .range(let from, let until)?: explicit.insert(from); if let until { explicit.insert(until) }
            case nil: break
            }
        }
        guard let last = (Set(siteYears).union(explicit)).max() else { return [] }
        var years = Set(siteYears)
        for e in entries {
            switch e.years {
            case .listed(let list)?: years.formUnion(list)
            case .range(let from, let until)?: if from <= min(until ?? last, last) { years.formUnion(from...min(until ?? last, last)) }
            case nil: break
            }
        }
        // A year only gets a page when someone is expected in it.
        return years.filter { y in entries.contains { $0.expects(y) } }.sorted()
    }

    /// The entries expected to report on `year`, in config order, one per agency.
    func expected(in year: Int) -> [Entry] {
        var seen: Set<String> = []
        return entries.filter { $0.expects(year) && seen.insert($0.agency).inserted }
    }
}
