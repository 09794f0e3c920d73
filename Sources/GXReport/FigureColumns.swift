/// Where a table's figure columns are, read from its header, so that a data row's figures are taken column by column
/// and an empty grid cell, leading or trailing, never shifts a figure.
///
/// A table whose reader knows the grid (DOCX, HTML, PDF) has its figures at the grid columns of the header cells that
/// name them (自然人 … 总计 for table 三, 结果维持 … 总计 three times for table 四). Text in Tika's layout has no grid:
/// its figures are the last cells of a row, before as many trailing cells as the header row shows after its last
/// figure column.
struct FigureColumns: Sendable, Equatable {
    /// How the figures of a row are found.
    enum Placement: Sendable, Equatable {
        /// The figures are the cells covering these grid columns, in template order.
        case grid([Int])
        /// The figures are the last cells of the row but `trailing` ones, which must be empty.
        case fromEnd(trailing: Int)
    }

    /// How the figures are found.
    var placement: Placement
    /// How many figures a row has.
    var count: Int

    /// The last `count` cells of a row are its figures.
    static func fromEnd(_ count: Int) -> FigureColumns {
        FigureColumns(placement: .fromEnd(trailing: 0), count: count)
    }

    /// The columns named by the header rows of `table` (the rows before its first row of figures), where `words` names
    /// each figure column in order; nil when the header does not name them all.
    static func find(in table: RawTable, words: [String]) -> FigureColumns? {
        let header = table.rows.prefix { row in !row.contains { isFigure($0.text) } }
        // A gridded table whose header does not name every column in its own cell (an ad-hoc table of one cell per
        // name) still shows how many cells follow the last figure column.
        return (table.gridded ? gridColumns(header, words: words) : nil) ?? trailingCells(header, words: words)
    }

    /// The grid columns of the header cells naming each figure column, when every column is named once, left to right.
    private static func gridColumns(_ header: some Collection<[RawCell]>, words: [String]) -> FigureColumns? {
        var anchors = [Int?](repeating: nil, count: words.count)
        var found = 0
        for row in header {
            // A word may name several columns (其他, 总计 in table 四): each cell takes the first of them not yet placed,
            // in the header's left-to-right order.
            for cell in row {
                let text = cell.displayText.removingWhitespace()
                guard !text.isEmpty,
                      let index = words.indices.first(where: { anchors[$0] == nil && names(text, words[$0]) }) else { continue }
                anchors[index] = cell.gridColumn
                found += 1
            }
        }
        let columns = anchors.compactMap { $0 }
        guard found == words.count, columns.count == words.count, zip(columns, columns.dropFirst()).allSatisfy({ $0 < $1 }) else {
            return nil
        }
        return FigureColumns(placement: .grid(columns), count: words.count)
    }

    /// For a table without a grid: how many cells its header row shows after the last figure column.
    private static func trailingCells(_ header: some Collection<[RawCell]>, words: [String]) -> FigureColumns? {
        guard words.count >= 2, let last = words.last else { return nil }
        let penultimate = words[words.count - 2]
        // The lowest header row naming the columns sits right above the figures (table 四 names its blocks above it).
        // A row without the word in any cell's text is passed over before its texts are made.
        for row in header.reversed() where row.contains(where: { $0.text.fastContains(penultimate) }) {
            let texts = row.map { $0.displayText.removingWhitespace() }
            // The row naming the column before the last: the last column is named in it too, or is the merged cell
            // right after it (Tika repeats a vertically merged header as an empty cell).
            guard let before = texts.lastIndex(where: { names($0, penultimate) }) else { continue }
            let lastColumn = texts.indices.last { $0 > before && names(texts[$0], last) } ?? before + 1
            return FigureColumns(placement: .fromEnd(trailing: max(0, texts.count - lastColumn - 1)), count: words.count)
        }
        return nil
    }

    /// Whether a header cell's compact text names the column `word`.
    private static func names(_ text: String, _ word: String) -> Bool {
        // Short words name a column only in a short cell (其他结果, 尚未审结), never inside a longer name (法人或其他组织);
        // the words are Chinese, three bytes a character, so lengths are compared in bytes.
        let (length, wordLength) = (text.utf8.count, word.utf8.count)
        guard length >= wordLength else { return false }
        return text == word || (length <= wordLength + 6 || wordLength >= 12) && text.fastContains(word)
    }

    /// Whether a cell holds a figure, white space around it allowed (`\t  0`), without making a trimmed copy.
    static func isFigure(_ text: String) -> Bool {
        let bytes = text.utf8
        guard let first = bytes.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }),
              let last = bytes.lastIndex(where: { $0 != 0x20 && $0 != 0x09 }) else { return false }
        let core = bytes[first...last]
        // Other white space (U+3000, U+00A0) is rare: Foundation-free trimming settles it.
        if core.contains(where: { $0 >= 0x80 }) { return CellValue.asciiFigure(text.trimmingWhitespace()) != nil }
        return core.count <= 12 && core.allSatisfy { (0x30...0x39).contains($0) }
    }

    /// `split(row)`, or, when `orFromEnd` (a table naming no columns of its own, which may continue the one before it or
    /// have its figures last), the row's last cells if the columns do not fit it.
    func split(_ row: [RawCell], orFromEnd: Bool) -> (labels: Range<Int>, figures: [Int])? {
        split(row) ?? (orFromEnd ? FigureColumns.fromEnd(count).split(row) : nil)
    }

    /// Where a row's label cells and figure cells are, as indices into the row: the labels a range from its start, the
    /// figures one index per figure column, in order; nil when the row does not fit the columns (too few cells, a cell
    /// covering two figure columns, or text beyond the last one). Indices, not cells: rows are split by the million.
    func split(_ row: [RawCell]) -> (labels: Range<Int>, figures: [Int])? {
        switch placement {
        case .fromEnd(let trailing):
            guard row.count >= count + trailing,
                  row[(row.count - trailing)...].allSatisfy({ $0.text.isAllWhitespace }) else { return nil }
            let end = row.count - trailing
            return (0..<(end - count), Array((end - count)..<end))
        case .grid(let columns):
            var figures: [Int] = []
            figures.reserveCapacity(columns.count)
            var labelEnd = 0
            for (i, cell) in row.enumerated() {
                let next = figures.count
                let end = cell.gridColumn + cell.gridSpan
                if next == 0, end <= columns[0] {
                    labelEnd = i + 1
                } else if next < columns.count, cell.gridColumn <= columns[next], columns[next] < end {
                    // One cell covering two figure columns is a title or a header, not a row of figures.
                    if next + 1 < columns.count, columns[next + 1] < end { return nil }
                    figures.append(i)
                } else if !cell.text.isAllWhitespace {
                    // Text in a gap between figure columns or beyond the last one.
                    return nil
                }
            }
            guard figures.count == columns.count else { return nil }
            return (0..<labelEnd, figures)
        }
    }
}
