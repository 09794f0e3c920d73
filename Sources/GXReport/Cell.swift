/// One number cell of table 三 or 四: the raw text, what it means, and where it came from.
///
/// Kept in 32 bytes: a report holds some two hundred cells, and a site at national scale holds every report while its
/// index pages are made. The value is stored as one integer (`text` is always the raw text itself), the location as a
/// 32-bit line, a 16-bit column, and 15 bits of page beside the bit that marks a recovered figure.
public struct Cell: Sendable, Hashable {
    /// The text as written, with surrounding white space removed.
    public let raw: String
    /// The figure, or `blankMark` or `textMark`.
    private let figure: Int64
    private let line: Int32
    private let column: UInt16
    /// The page in the low 15 bits; the top bit set when the figure was recovered (see `isRecovered`).
    private let pageAndOrigin: UInt16

    private static let recoveredBit: UInt16 = 0x8000

    private static let blankMark = Int64.min
    private static let textMark = Int64.min + 1

    /// The interpretation of `raw`.
    public var value: CellValue {
        switch figure {
        case Self.blankMark: .blank
        case Self.textMark: .text(raw)
        default: .number(Int(figure))
        }
    }

    /// Where the cell's text starts in the source.
    public var location: SourceLocation {
        SourceLocation(line: Int(line), column: Int(column), page: Int(pageAndOrigin & ~Self.recoveredBit))
    }

    /// Whether the figure was not read from a cell of its own but recovered from a row whose figures were run together
    /// (crawled text), as the only split that satisfies every equation of the template.
    public var isRecovered: Bool { pageAndOrigin & Self.recoveredBit != 0 }

    /// Creates a cell by interpreting `raw` as a figure.
    public init(raw: String, location: SourceLocation) {
        let trimmed = raw.trimmingWhitespace()
        self.init(raw: trimmed, value: CellValue(parsing: trimmed), location: location)
    }

    /// `Cell(raw: text.removingWhitespace(), location: location)`, without the string work for a plain figure.
    package init(removingWhitespaceFrom text: String, location: SourceLocation) {
        guard let figure = CellValue.asciiFigure(text) else {
            self.init(raw: text.removingWhitespace(), location: location)
            return
        }
        // Twelve ASCII digits at most: nothing to remove or trim, and the value is the number.
        self.init(raw: text, value: .number(figure), location: location)
    }

    /// A cell whose text and value are already known to be what `init(raw:location:)` would make of them (a text value is
    /// the raw text).
    package init(raw: String, value: CellValue, location: SourceLocation, recovered: Bool = false) {
        self.raw = raw
        switch value {
        case .blank: figure = Self.blankMark
        case .text: figure = Self.textMark
        // Figures have twelve digits at most; anything else would have been read as text.
        case .number(let n): figure = Int64(clamping: max(n, Int(Self.textMark) + 1))
        }
        line = Int32(clamping: location.line)
        column = UInt16(clamping: location.column)
        pageAndOrigin = UInt16(clamping: min(location.page, Int(~Self.recoveredBit))) | (recovered ? Self.recoveredBit : 0)
    }

    /// The same cell marked as recovered (see `isRecovered`).
    public func recovered() -> Cell {
        Cell(raw: raw, value: value, location: location, recovered: true)
    }

    /// The integer, when the cell holds one.
    public var number: Int? {
        figure > Self.textMark ? Int(figure) : nil
    }

    /// A figure's text when written as its digits, as `String(figure)` makes it; the figures most cells hold are made once.
    package static func text(of figure: Int) -> String {
        figure >= 0 && figure < digits.count ? digits[figure] : String(figure)
    }

    private static let digits = (0..<1000).map { String($0) }
}

/// What a number cell holds: an integer, nothing, or text that is not an integer.
public enum CellValue: Sendable, Hashable {
    /// An integer figure.
    case number(Int)
    /// Left blank, or filled with "/" or "-" (not the same as 0).
    case blank
    /// Anything else, kept verbatim (e.g. "22（其中修订16件）").
    case text(String)

    /// Interprets already-trimmed cell text.
    public init(parsing text: String) {
        if text.isEmpty {
            self = .blank
            return
        }
        // Full-width digits occur in Word documents typed with a Chinese IME.
        var value = 0
        var count = 0
        for scalar in text.unicodeScalars {
            let digit: UInt32
            switch scalar.value {
            case 0x30...0x39: digit = scalar.value - 0x30
            case 0xFF10...0xFF19: digit = scalar.value - 0xFF10
            default:
                // Only now can it be a blank mark: digits never are, and hashing every figure is wasted.
                // The marks have no other canonical spelling, so a longer text cannot equal one.
                self = text.utf8.count <= CellValue.longestBlankMark && CellValue.blankMarks.contains(text) ? .blank : .text(text)
                return
            }
            count += 1
            // Up to twelve digits count as a figure, so the value cannot overflow.
            if count <= 12 { value = value * 10 + Int(digit) }
        }
        self = count <= 12 ? .number(value) : .text(text)
    }

    package static let blankMarks: Set<String> = ["/", "-", "—", "－", "／", "——"]

    /// The value of one to twelve ASCII digits and nothing else, the usual cell; nil for any other text.
    package static func asciiFigure(_ text: String) -> Int? {
        let utf8 = text.utf8
        guard (1...12).contains(utf8.count) else { return nil }
        func figure<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Int? {
            var value = 0
            for byte in bytes {
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        return utf8.withContiguousStorageIfAvailable { figure($0) } ?? figure(utf8)
    }
    /// The UTF-8 length of the longest blank mark.
    package static let longestBlankMark = blankMarks.map(\.utf8.count).max()!
}
