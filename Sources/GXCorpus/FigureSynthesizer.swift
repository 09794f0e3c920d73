/// Draws clean, internally consistent figures for tables 三 and 四 over an agency's consecutive years.
///
/// Every equation of the validation rules (docs/validation-rules.md) holds by construction, and each year's 上年结转 row is the
/// previous year's 结转下年度 row, so a clean corpus produces no finding at all.
enum FigureSynthesizer {
    /// One year's figures: table 三 as a canonical row-major grid (`RowKind` × 7) and table 四's 15 cells.
    struct YearFigures: Sendable {
        /// Table 三, `RowKind.canonicalCount` rows of 7 columns.
        var t3: [Int]
        /// Table 四: three blocks of 维持, 纠正, 其他, 尚未审结, 总计.
        var t4: [Int]
    }

    /// Outcome rows that receive figures directly; `other` is derived as the sum of its 2021 split.
    private static let outcomeRows: [RowKind] = [
        .granted, .partly, .secret, .prohibited, .security, .thirdParty, .internalAffairs, .process,
        .enforcement, .query, .notHeld, .needsCreation, .unclear, .complaint, .repeated, .publication,
        .excessive, .confirm, .noCorrection, .unpaidFee, .otherOther,
    ]
    // Roughly the shares seen in published reports: most requests are granted or the information is not held.
    private static let outcomeWeights = [40, 8, 1, 1, 1, 2, 2, 3, 1, 2, 22, 3, 2, 4, 3, 1, 1, 1, 3, 1, 2]
    // 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他 among legal-person applicants.
    private static let legalPersonWeights = [70, 4, 4, 10, 12]
    private static let reviewOutcomeWeights = [50, 10, 20, 20]

    /// Figures for `years` consecutive years of one agency.
    static func chain(years: Int, busyPercent: Int, rng: inout SplitMix64) -> [YearFigures] {
        let busy = rng.int(0, 99) < busyPercent
        var carried = [Int](repeating: 0, count: 7)
        if busy ? rng.chance(0.5) : rng.chance(0.05) {
            carried[0] = busy ? rng.int(1, 5) : 1
        }
        var result: [YearFigures] = []
        result.reserveCapacity(years)
        for _ in 0..<years {
            let year = oneYear(carried: carried, busy: busy, rng: &rng)
            let forward = RowKind.forward.rawValue * 7
            for c in 0..<7 { carried[c] = year.t3[forward + c] }
            result.append(year)
        }
        return result
    }

    /// One year's figures, given the 上年结转 row it starts from.
    private static func oneYear(carried: [Int], busy: Bool, rng: inout SplitMix64) -> YearFigures {
        var t3 = [Int](repeating: 0, count: RowKind.canonicalCount * 7)
        let received = receivedCount(busy: busy, rng: &rng)
        drawNewRequests(received, into: &t3, busy: busy, rng: &rng)
        drawOutcomes(into: &t3, carried: carried, busy: busy, rng: &rng)
        fillTotals(&t3)
        return YearFigures(t3: t3, t4: reviewFigures(busy: busy, rng: &rng))
    }

    /// How many requests the agency receives in the year.
    private static func receivedCount(busy: Bool, rng: inout SplitMix64) -> Int {
        if busy {
            switch rng.int(0, 9) {
            case 0...4: return rng.int(10, 40)
            case 5...7: return rng.int(41, 120)
            default: return rng.int(121, 320)
            }
        } else {
            switch rng.int(0, 99) {
            case 0..<65: return 0
            case 65..<90: return rng.int(1, 3)
            default: return rng.int(4, 9)
            }
        }
    }

    /// Spreads the `received` requests of row 一 over 自然人 and the five 法人 columns.
    private static func drawNewRequests(_ received: Int, into t3: inout [Int], busy: Bool, rng: inout SplitMix64) {
        let naturalPercent = busy ? rng.int(55, 95) : rng.int(70, 100)
        let newBase = RowKind.new.rawValue * 7
        for _ in 0..<received {
            let column = rng.int(0, 99) < naturalPercent ? 0 : 1 + rng.weighted(legalPersonWeights)
            t3[newBase + column] += 1
        }
    }

    /// Per column, carries some requests forward and gives every other one an outcome row.
    private static func drawOutcomes(into t3: inout [Int], carried: [Int], busy: Bool, rng: inout SplitMix64) {
        let newBase = RowKind.new.rawValue * 7
        let carriedBase = RowKind.carried.rawValue * 7
        let forwardBase = RowKind.forward.rawValue * 7
        for c in 0..<6 {
            t3[carriedBase + c] = carried[c]
            let available = t3[newBase + c] + carried[c]
            var forward = 0
            if available > 0 {
                if busy, rng.chance(0.5) {
                    forward = rng.int(0, max(1, available / 8))
                } else if !busy, rng.chance(0.1) {
                    forward = 1
                }
            }
            t3[forwardBase + c] = forward
            for _ in 0..<(available - forward) {
                let row = outcomeRows[rng.weighted(outcomeWeights)]
                t3[row.rawValue * 7 + c] += 1
            }
        }
    }

    /// Derives 其他处理, （七）总计 and the 总计 column from the drawn cells.
    private static func fillTotals(_ t3: inout [Int]) {
        let otherBase = RowKind.other.rawValue * 7
        let totalBase = RowKind.total.rawValue * 7
        for c in 0..<6 {
            t3[otherBase + c] = t3[RowKind.noCorrection.rawValue * 7 + c] + t3[RowKind.unpaidFee.rawValue * 7 + c]
                + t3[RowKind.otherOther.rawValue * 7 + c]
            var total = 0
            for row in outcomeRows { total += t3[row.rawValue * 7 + c] }
            t3[totalBase + c] = total
        }
        for row in 0..<RowKind.canonicalCount {
            var sum = 0
            for c in 0..<6 { sum += t3[row * 7 + c] }
            t3[row * 7 + 6] = sum
        }
    }

    /// Table 四: a number of cases for each of its three blocks, spread over the block's outcomes.
    private static func reviewFigures(busy: Bool, rng: inout SplitMix64) -> [Int] {
        var t4 = [Int](repeating: 0, count: 15)
        let blockCounts = [
            busy ? (rng.chance(0.6) ? rng.int(1, 8) : 0) : (rng.chance(0.05) ? rng.int(1, 2) : 0),
            busy ? (rng.chance(0.4) ? rng.int(1, 5) : 0) : (rng.chance(0.03) ? 1 : 0),
            busy ? (rng.chance(0.3) ? rng.int(1, 3) : 0) : (rng.chance(0.01) ? 1 : 0),
        ]
        for (block, count) in blockCounts.enumerated() {
            for _ in 0..<count { t4[block * 5 + rng.weighted(reviewOutcomeWeights)] += 1 }
            t4[block * 5 + 4] = count
        }
        return t4
    }
}
