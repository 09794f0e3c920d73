/// One number cell of table 三 or 四: the raw text, what it means, and where it came from.
public struct Cell: Sendable, Hashable {
    /// The text as written, with surrounding white space removed.
    public var raw: String
    /// The interpretation of `raw`.
    public var value: CellValue
    /// Where the cell's text starts in the source.
    public var location: SourceLocation

    /// Creates a cell by interpreting `raw` as a figure.
    public init(raw: String, location: SourceLocation) {
        let trimmed = raw.trimmingWhitespace()
        self.raw = trimmed
        self.value = CellValue(parsing: trimmed)
        self.location = location
    }

    /// `Cell(raw: text.removingWhitespace(), location: location)`, without the string work for a plain figure.
    init(removingWhitespaceFrom text: String, location: SourceLocation) {
        guard let figure = CellValue.asciiFigure(text) else {
            self.init(raw: text.removingWhitespace(), location: location)
            return
        }
        // Twelve ASCII digits at most: nothing to remove or trim, and the value is the number.
        self.init(raw: text, value: .number(figure), location: location)
    }

    /// A cell whose text and value are already known to be what `init(raw:location:)` would make of them.
    init(raw: String, value: CellValue, location: SourceLocation) {
        self.raw = raw
        self.value = value
        self.location = location
    }

    /// The integer, when the cell holds one.
    public var number: Int? {
        if case .number(let n) = value { return n }
        return nil
    }
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

    static let blankMarks: Set<String> = ["/", "-", "—", "－", "／", "——"]

    /// The value of one to twelve ASCII digits and nothing else, the usual cell; nil for any other text.
    static func asciiFigure(_ text: String) -> Int? {
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
    static let longestBlankMark = blankMarks.map(\.utf8.count).max()!
}
