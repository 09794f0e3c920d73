/// Splits a run of glued digits back into the figures it was made of, where a sum ties each group of figures together.
///
/// Crawled text loses the cell borders of a table row: `640020470` may be 6 4 0 0 2 0 470 or many other splits. A group
/// of figures whose last is the sum of the others (a row of table 三, a block of table 四) admits few splits, and the
/// search below finds every one of them, or says that it gave up after `bound` tries.
enum DigitSplitter {
    /// The most candidate splits a search may try before it counts as ambiguous.
    static let bound = 100_000

    /// The longest figure a cell holds (see `CellValue`).
    static let longestFigure = 12

    /// What a search found.
    enum Outcome: Equatable {
        /// Every split that satisfies the sums (empty when none does), each as its figures in order.
        case splits([[Int]])
        /// More than `bound` candidates were tried: the split counts as ambiguous.
        case overBound
    }

    /// One figure placed in the digits: its value and the offset of its first digit.
    struct Figure: Equatable {
        /// The figure's value.
        var value: Int
        /// The offset of its first digit in the run.
        var offset: Int
    }

    /// Every split of `digits` (values 0–9) into `groups` groups of `size` figures each, where each group's last figure
    /// is the sum of the others; figures have no leading zero (except a lone 0) and at most twelve digits.
    /// `breaks`, when given, marks the digits that follow white space: a figure starts there, never runs across it.
    static func splits(_ digits: [UInt8], breaks: [Bool]? = nil, groups: Int, size: Int, bound: Int = bound, limit: Int = 2) -> Outcome {
        var search = Search(digits: digits, breaks: breaks, groups: groups, size: size, bound: bound, limit: limit)
        search.run()
        return search.tried > bound ? .overBound : .splits(search.found.map { $0.map(\.value) })
    }

    /// `splits`, keeping where each figure starts.
    static func placedSplits(_ digits: [UInt8], breaks: [Bool]? = nil, groups: Int, size: Int, bound: Int = bound,
                             limit: Int = 2) -> [[Figure]]? {
        var search = Search(digits: digits, breaks: breaks, groups: groups, size: size, bound: bound, limit: limit)
        search.run()
        return search.tried > bound ? nil : search.found
    }

    /// A depth-first search over the figures, the sum of each group fixing its last figure.
    private struct Search {
        /// The digits to split.
        let digits: [UInt8]
        /// Whether each digit follows white space, so that a figure must start at it.
        let breaks: [Bool]
        /// How many groups the figures form.
        let groups: Int
        /// Figures per group, the last the sum of the others.
        let size: Int
        /// The most complete choices to try.
        let bound: Int
        /// The search stops once this many splits are found: a caller only needs to know one from several.
        let limit: Int
        /// Complete choices of a group's parts tried so far.
        var tried = 0
        /// The splits found so far.
        var found: [[Figure]] = []
        /// The figures placed on the path being tried.
        var current: [Figure] = []

        /// A search not yet run.
        init(digits: [UInt8], breaks: [Bool]?, groups: Int, size: Int, bound: Int, limit: Int) {
            self.digits = digits
            self.breaks = breaks ?? [Bool](repeating: false, count: digits.count)
            self.groups = groups
            self.size = size
            self.bound = bound
            self.limit = limit
            current.reserveCapacity(groups * size)
        }

        /// Whether to stop: enough found, or past the bound.
        var done: Bool { found.count >= limit || tried > bound }

        /// Searches from the first digit.
        mutating func run() {
            guard groups > 0, size > 1, digits.count >= groups * size else { return }
            part(at: 0, group: 0, index: 0, sum: 0)
        }

        /// Chooses the `index`th part of group `group`, starting at `position`.
        mutating func part(at position: Int, group: Int, index: Int, sum: Int) {
            if done { return }
            let remaining = digits.count - position
            let figuresLeft = (groups - group) * size - index
            guard remaining >= figuresLeft else { return }
            if index == size - 1 {
                tried += 1
                // The group's total is the sum: its digits must come next.
                let text = Array(String(sum).utf8).map { $0 - 0x30 }
                guard text.count <= remaining, digits[position..<position + text.count].elementsEqual(text),
                      !breaks[(position + 1)..<(position + text.count)].contains(true) else { return }
                let next = position + text.count
                let isLast = group == groups - 1
                guard isLast ? next == digits.count : digits.count - next >= (groups - group - 1) * size else { return }
                current.append(Figure(value: sum, offset: position))
                if isLast { found.append(current) } else { part(at: next, group: group + 1, index: 0, sum: 0) }
                current.removeLast()
                return
            }
            // A leading zero is a figure 0 of its own.
            let longest = digits[position] == 0 ? 1 : min(DigitSplitter.longestFigure, remaining - (figuresLeft - 1))
            var value = 0
            for length in 1...max(1, longest) {
                // White space inside the run is a cell border the crawler kept: no figure crosses it.
                if length > 1, breaks[position + length - 1] { break }
                value = value * 10 + Int(digits[position + length - 1])
                // The total has at least as many digits as the sum, so the parts cannot eat into its room.
                let total = sum + value
                if digits.count - (position + length) < String(total).utf8.count + (figuresLeft - 2) { break }
                current.append(Figure(value: value, offset: position))
                part(at: position + length, group: group, index: index + 1, sum: total)
                current.removeLast()
                if done { return }
            }
        }
    }
}
