/// Accumulates report text in the Tika layout while counting lines, so the renderer knows the
/// 1-based line of every cell it writes without rescanning the text.
///
/// It collects UTF-8 bytes rather than a `String`: appending many short pieces to a `String`
/// spends most of its time on grapheme and capacity bookkeeping, and text generation feeds
/// benchmarks of 100,000 reports.
struct TextBuilder {
    /// The UTF-8 text so far; every line ends with "\n".
    private(set) var bytes: [UInt8] = []
    /// The 1-based number of the next line to be written.
    private(set) var line = 1

    /// Starts empty with room for a typical report.
    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// Writes a paragraph line.
    mutating func paragraph(_ s: String) {
        bytes.append(contentsOf: s.utf8)
        bytes.append(0x0A)
        line += 1
    }

    /// Writes an empty line (it ends a table row).
    mutating func blank() {
        bytes.append(0x0A)
        line += 1
    }

    /// Writes a one-line cell and returns the line it starts on.
    @discardableResult
    mutating func cell(_ s: String) -> Int {
        bytes.append(0x09)
        bytes.append(contentsOf: s.utf8)
        bytes.append(0x0A)
        line += 1
        return line - 1
    }

    /// Writes a cell holding a non-negative integer and returns the line it starts on.
    mutating func cell(number: Int) -> Int {
        bytes.append(0x09)
        appendDigits(number)
        bytes.append(0x0A)
        line += 1
        return line - 1
    }

    /// Writes a cell whose text had paragraph breaks: continuation lines carry no TAB.
    mutating func cell(lines parts: [String]) {
        bytes.append(0x09)
        for (i, part) in parts.enumerated() {
            if i > 0 { bytes.append(0x0A) }
            bytes.append(contentsOf: part.utf8)
        }
        bytes.append(0x0A)
        line += parts.count
    }

    private mutating func appendDigits(_ value: Int) {
        if value < 0 {
            bytes.append(UInt8(ascii: "-"))
            appendDigits(-value)
            return
        }
        if value >= 10 { appendDigits(value / 10) }
        bytes.append(UInt8(ascii: "0") + UInt8(value % 10))
    }
}
