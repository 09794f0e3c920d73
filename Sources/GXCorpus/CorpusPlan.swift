/// Decides, before any text is drawn, which agencies report on which years, which files carry
/// which injections, and what every file is called.
struct CorpusPlan {
    /// One planned report (one agency, one year).
    struct Report {
        /// Index into `agencies`.
        let agency: Int
        /// The report year.
        let year: Int
        /// The agency also reports on `year - 1` in this corpus.
        let hasPrevious: Bool
        /// The agency does not report on `year + 1` in this corpus.
        let isLast: Bool
        /// The file name.
        var file = ""
        /// Planned injections (empty for a clean report).
        var injections: [InjectionKind] = []
        /// The name of a second copy of this (clean) report, if one is planned.
        var duplicateFile: String?
    }

    /// A slot of the agency pool: a region with one of its departments or towns.
    private struct Slot {
        let region: Int32
        /// Department index when ≥ 0, else town index `-(unit + 1)`.
        let unit: Int16
    }

    /// The agencies, each reporting on consecutive years.
    private(set) var agencies: [Agency] = []
    /// Report indices of each agency, in year order.
    private(set) var runs: [Range<Int>] = []
    /// All planned reports.
    private(set) var reports: [Report] = []

    static let firstYear = 2019
    static let lastYear = 2025
    private static let maxRun = lastYear - firstYear + 1
    // Run lengths 1…7: most agencies have published for several years in a row.
    private static let runWeights = [4, 8, 12, 14, 16, 16, 30]

    private static let curatedSlots: [Slot] = {
        var slots: [Slot] = []
        for (r, region) in RegionCatalog.curated.enumerated() {
            for d in RegionCatalog.departments.indices { slots.append(Slot(region: Int32(r), unit: Int16(d))) }
            for t in region.towns.indices { slots.append(Slot(region: Int32(r), unit: Int16(-(t + 1)))) }
        }
        return slots
    }()

    private static let nationalSlotCount = RegionCatalog.national.count * RegionCatalog.departments.count

    /// The most reports a corpus can hold without repeating an agency and year by accident.
    static var capacity: Int {
        (curatedSlots.count + nationalSlotCount) * maxRun
    }

    /// The curated regions named `regions` (all of them, and the national list after, when nil).
    private let regionNames: Set<String>?

    /// The most reports a corpus of the curated regions named `regions` can hold.
    static func capacity(regions: Set<String>) -> Int {
        curatedSlots.count { regions.contains(RegionCatalog.curated[Int($0.region)].name) } * maxRun
    }

    /// The agencies of the regions a corpus is restricted to that report on no year of it: a roster expects them too.
    private(set) var silent: [Agency] = []

    /// Plans a corpus of `count` files of which about `errorRate` carry injected errors; with `regions`, every agency
    /// is of one of those curated regions (a city's corpus).
    init(count: Int, errorRate: Double, seed: UInt64, regions: Set<String>? = nil) {
        regionNames = regions
        let capacity = regions.map(CorpusPlan.capacity(regions:)) ?? CorpusPlan.capacity
        precondition(count >= 0 && count <= capacity, "count must be in 0...\(capacity)")
        guard count > 0 else { return }
        var injectionRng = SplitMix64(seed: seed, stream: 200)
        let injected = min(count, max(0, Int((Double(count) * min(max(errorRate, 0), 1)).rounded())))
        let kinds = CorpusPlan.injectionKinds(injected: injected, clean: count - injected, rng: &injectionRng)
        let duplicates = kinds.filter { $0 == .duplicateReport }.count
        let unique = count - duplicates

        planAgencies(reports: unique, rng: SplitMix64(seed: seed, stream: 100))
        let duplicated = assignInjections(kinds, reports: unique, duplicates: duplicates, rng: &injectionRng)
        nameFiles(count: count, duplicated: duplicated, rng: SplitMix64(seed: seed, stream: 300))
    }

    /// The kinds of the `injected` faulty files, with no more duplicates than there are `clean` originals.
    private static func injectionKinds(injected: Int, clean: Int, rng: inout SplitMix64) -> [InjectionKind] {
        // Whole shuffled cycles of every kind spread the injections evenly over all kinds.
        var kinds: [InjectionKind] = []
        while kinds.count < injected {
            var cycle = InjectionKind.allCases
            rng.shuffle(&cycle)
            kinds += cycle
        }
        kinds.removeLast(kinds.count - injected)
        // A duplicate needs a clean original, and only `clean` files are.
        var duplicates = kinds.filter { $0 == .duplicateReport }.count
        var replacement = 0
        let others = InjectionKind.allCases.filter { $0 != .duplicateReport }
        for i in kinds.indices where kinds[i] == .duplicateReport && duplicates > clean {
            kinds[i] = others[replacement % others.count]
            replacement += 1
            duplicates -= 1
        }
        return kinds
    }

    /// Gives each injected kind a report of its own, a second kind to some of them, and picks the clean originals
    /// of the duplicates; returns, per report, whether it is duplicated.
    private mutating func assignInjections(
        _ kinds: [InjectionKind], reports unique: Int, duplicates: Int, rng: inout SplitMix64
    ) -> [Bool] {
        var pool = Array(0..<unique)
        rng.shuffle(&pool)
        var cursor = 0
        // Carry-over needs a previous year, so it picks first while such reports remain.
        let primaries = kinds.filter { $0 != .duplicateReport }.sorted { ($0 == .carryOver ? 0 : 1) < ($1 == .carryOver ? 0 : 1) }
        for var kind in primaries {
            if kind == .carryOver {
                if let j = pool[cursor...].firstIndex(where: { reports[$0].hasPrevious }) {
                    pool.swapAt(cursor, j)
                } else {
                    kind = .narrativeMismatch
                }
            }
            reports[pool[cursor]].injections = [kind]
            cursor += 1
        }
        for r in pool[0..<cursor] where rng.chance(0.3) {
            let primary = reports[r].injections[0]
            let candidates = InjectionKind.allCases.filter {
                primary.combines(with: $0) && ($0 != .carryOver || reports[r].hasPrevious)
            }
            reports[r].injections.append(rng.pick(candidates))
        }
        var duplicated = [Bool](repeating: false, count: unique)
        for r in pool[cursor..<(cursor + duplicates)] { duplicated[r] = true }
        return duplicated
    }

    /// Numbers the files in a shuffled order, zero-padded to the width of `count`; a copy takes the next number.
    private mutating func nameFiles(count: Int, duplicated: [Bool], rng: SplitMix64) {
        var rng = rng
        var order = Array(0..<duplicated.count)
        rng.shuffle(&order)
        let width = max(6, String(count).count)
        var number = 1
        func name(_ n: Int) -> String {
            let digits = String(n)
            return "r" + String(repeating: "0", count: max(0, width - digits.count)) + digits + ".txt"
        }
        for r in order {
            reports[r].file = name(number)
            number += 1
            if duplicated[r] {
                // Right after the original, so the copy is the later file in path order.
                reports[r].duplicateFile = name(number)
                number += 1
            }
        }
    }

    private mutating func planAgencies(reports total: Int, rng: SplitMix64) {
        var rng = rng
        var curated = CorpusPlan.curatedSlots
        if let names = regionNames { curated = curated.filter { names.contains(RegionCatalog.curated[Int($0.region)].name) } }
        rng.shuffle(&curated)
        var national: [Slot] = []
        let slotCount = curated.count + (regionNames == nil ? CorpusPlan.nationalSlotCount : 0)
        var used = 0
        var remaining = total
        reports.reserveCapacity(total)
        while remaining > 0 {
            let slot: Slot
            if used < curated.count {
                slot = curated[used]
            } else {
                if national.isEmpty {
                    national.reserveCapacity(CorpusPlan.nationalSlotCount)
                    for r in RegionCatalog.national.indices {
                        for d in RegionCatalog.departments.indices { national.append(Slot(region: Int32(r), unit: Int16(d))) }
                    }
                    rng.shuffle(&national)
                }
                slot = national[used - curated.count]
            }
            used += 1
            var length = 1 + rng.weighted(CorpusPlan.runWeights)
            // Near capacity every remaining agency must publish every year.
            if (slotCount - used) * CorpusPlan.maxRun < remaining - length { length = CorpusPlan.maxRun }
            length = min(length, remaining)
            let start = rng.int(CorpusPlan.firstYear, CorpusPlan.lastYear + 1 - length)

            let isCurated = used <= curated.count
            let region = isCurated ? RegionCatalog.curated[Int(slot.region)] : RegionCatalog.national[Int(slot.region)]
            let agency = slot.unit >= 0
                ? Agency(region: region, department: RegionCatalog.departments[Int(slot.unit)])
                : Agency(region: region, town: region.towns[Int(-slot.unit) - 1])
            let first = reports.count
            for year in start..<(start + length) {
                reports.append(Report(agency: agencies.count, year: year, hasPrevious: year > start, isLast: year == start + length - 1))
            }
            agencies.append(agency)
            runs.append(first..<reports.count)
            remaining -= length
        }
        // A few of a city's agencies published nothing yet: a roster lists them as 未报送.
        if regionNames != nil {
            silent = curated[used...].prefix(5).map { slot in
                let region = RegionCatalog.curated[Int(slot.region)]
                return slot.unit >= 0
                    ? Agency(region: region, department: RegionCatalog.departments[Int(slot.unit)])
                    : Agency(region: region, town: region.towns[Int(-slot.unit) - 1])
            }
        }
    }
}
