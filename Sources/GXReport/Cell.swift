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
        if text.isEmpty || CellValue.blankMarks.contains(text) {
            self = .blank
            return
        }
        // Full-width digits occur in Word documents typed with a Chinese IME.
        var digits = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x30...0x39: digits.unicodeScalars.append(scalar)
            case 0xFF10...0xFF19: digits.unicodeScalars.append(Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!)
            default:
                self = .text(text)
                return
            }
        }
        if digits.count <= 12, let n = Int(digits) {
            self = .number(n)
        } else {
            self = .text(text)
        }
    }

    static let blankMarks: Set<String> = ["/", "-", "—", "－", "／", "——"]
}
