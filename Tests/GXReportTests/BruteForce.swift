@testable import GXReport

/// The independent check: every composition of a digit string into figures, then the template's equations.
enum BruteForce {
    /// Every way to cut `digits` into `parts` figures (no leading zero except a lone 0, at most twelve digits) that
    /// `keep` accepts.
    static func compositions(_ digits: String, parts: Int, keep: ([Int]) -> Bool = { _ in true }) -> [[Int]] {
        let values = digits.map { Int(String($0))! }
        var result: [[Int]] = []
        var current: [Int] = []
        current.reserveCapacity(parts)
        func cut(_ start: Int) {
            if current.count == parts {
                if start == values.count, keep(current) { result.append(current) }
                return
            }
            // Each figure left needs a digit.
            guard values.count - start >= parts - current.count else { return }
            var value = 0
            for end in (start + 1)...values.count {
                if end - start > 1, values[start] == 0 { break }
                if end - start > 12 { break }
                value = value * 10 + values[end - 1]
                current.append(value)
                cut(end)
                current.removeLast()
            }
        }
        cut(0)
        return result
    }

    /// The splits of a glued table 三 row that satisfy its row equation.
    static func rowSplits(_ digits: String) -> [[Int]] {
        compositions(digits, parts: 7) { $0[6] == $0[..<6].reduce(0, +) }
    }

    /// The splits of table 四's glued figures whose three blocks each add up.
    static func reviewSplits(_ digits: String) -> [[Int]] {
        // Every cut into three blocks, then every composition of each block into five figures.
        let characters = Array(digits)
        func block(_ range: Range<Int>) -> [[Int]] {
            compositions(String(characters[range]), parts: 5) { $0[4] == $0[..<4].reduce(0, +) }
        }
        var result: [[Int]] = []
        for i in 0...characters.count {
            for j in i...characters.count {
                for a in block(0..<i) { for b in block(i..<j) { for c in block(j..<characters.count) { result.append(a + b + c) } } }
            }
        }
        return result
    }

    /// Table 三's one reading, or nil when it has none or several: rows unique by their own equation are fixed; the
    /// others are chosen together so that every column equation touching them holds.
    static func table(_ rows: [(ApplicationRow, String)]) -> [ApplicationRow: [Int]]? {
        let splits = rows.map { rowSplits($0.1) }
        guard splits.allSatisfy({ !$0.isEmpty }) else { return nil }
        let kinds = rows.map(\.0)
        let is2021 = kinds.contains(.otherOther)
        let outcomes = ApplicationRow.outcomeRows(in: is2021 ? ApplicationRow.rows2021 : ApplicationRow.rows2019)
        let open = Set(rows.indices.filter { splits[$0].count > 1 }.map { kinds[$0] })
        var solutions: [[ApplicationRow: [Int]]] = []
        var choice: [ApplicationRow: [Int]] = [:]
        func check() -> Bool {
            for column in 0..<7 {
                let v = { (row: ApplicationRow) in choice[row]![column] }
                if outcomes.allSatisfy({ choice[$0] != nil }), choice[.total] != nil, !open.isDisjoint(with: outcomes + [.total]),
                   outcomes.map(v).reduce(0, +) != v(.total) { return false }
                let reconciled: [ApplicationRow] = [.new, .carriedOver, .total, .carriedForward]
                if reconciled.allSatisfy({ choice[$0] != nil }), !open.isDisjoint(with: reconciled),
                   v(.new) + v(.carriedOver) != v(.total) + v(.carriedForward) { return false }
            }
            return true
        }
        func choose(_ i: Int) {
            if solutions.count > 1 { return }
            if i == rows.count {
                if check() { solutions.append(choice) }
                return
            }
            for split in splits[i] {
                choice[kinds[i]] = split
                choose(i + 1)
            }
        }
        choose(0)
        return solutions.count == 1 ? solutions[0] : nil
    }
}
