/// Counts the ways a run of glued digits splits back into table 四's figures: the oracle's own count, kept apart from
/// the reader's search so that the ground truth does not repeat the reader's mistakes.
enum GluedFigures {
    /// How many splits of `digits` into three blocks of five figures, each block's fifth the sum of its first four,
    /// there are: 0, 1, or 2 for two or more. Figures have no leading zero (a lone 0 aside) and at most twelve digits.
    static func reviewSplitCount(_ digits: String) -> Int {
        let chars = Array(digits)
        var count = 0
        /// Places the figures of block `block` from `start`, `figures` of it placed so far, summing to `sum`.
        func place(_ start: Int, block: Int, figures: Int, sum: Int) {
            guard count < 2 else { return }
            if block == 3 {
                if start == chars.count { count += 1 }
                return
            }
            if figures == 4 {
                let total = Array(String(sum))
                guard start + total.count <= chars.count, Array(chars[start..<start + total.count]) == total else { return }
                place(start + total.count, block: block + 1, figures: 0, sum: 0)
                return
            }
            var end = start
            while end < chars.count, end - start < 12 {
                end += 1
                if end - start > 1, chars[start] == "0" { break }
                place(end, block: block, figures: figures + 1, sum: sum + Int(String(chars[start..<end]))!)
            }
        }
        place(0, block: 0, figures: 0, sum: 0)
        return count
    }
}
