/// A report's own prose reduced to what text reuse compares: its letters in order, without whitespace, digits,
/// punctuation or symbols, so a copy whose figures or punctuation were edited still reads as a copy.
///
/// Only the sections an agency writes in its own words are compared (一、总体情况, 五、存在的主要问题及改进情况 and
/// 六、其他需要报告的事项); a separator stands between two sections, so no compared phrase spans them.
public struct ComparableText: Sendable, Hashable {
    /// The unit standing between two sections (a noncharacter, never in a normalised text).
    public static let separator: UInt16 = 0xFFFF

    /// The kept characters as UTF-16 code units, sections separated by `separator`.
    public private(set) var units: [UInt16] = []
    /// One entry per section: the section's number in the template (1, 5 or 6) and where its units start.
    public private(set) var sections: [Section] = []
    /// Where each paragraph starts in `units`, with its place in the source, for the findings' locations.
    public private(set) var paragraphs: [Paragraph] = []

    /// A section's start in `units`.
    public struct Section: Sendable, Hashable {
        /// The section's number in the template.
        public var number: Int
        /// Its first unit.
        public var start: Int

        /// The section numbered `number`, starting at unit `start`.
        public init(number: Int, start: Int) { (self.number, self.start) = (number, start) }
    }

    /// A paragraph's start in `units` and its place in the source.
    public struct Paragraph: Sendable, Hashable {
        /// Its first unit.
        public var start: Int
        /// Its line in the source.
        public var line: Int
        /// Its column in the source.
        public var column: Int
        /// Its page in a paged source; 0 in others.
        public var page: Int

        /// A paragraph starting at unit `start`, written at `line`, `column` and `page` of the source.
        public init(start: Int, line: Int, column: Int, page: Int = 0) {
            (self.start, self.line, self.column, self.page) = (start, line, column, page)
        }
    }

    /// An empty text.
    public init() {}

    /// A text of these parts, as an archive stored them.
    public init(units: [UInt16], sections: [Section], paragraphs: [Paragraph]) {
        (self.units, self.sections, self.paragraphs) = (units, sections, paragraphs)
    }

    /// Starts the section numbered `number` (1, 5 or 6 of the template).
    public mutating func beginSection(_ number: Int) {
        if !units.isEmpty, units.last != Self.separator { units.append(Self.separator) }
        sections.append(Section(number: number, start: units.count))
    }

    /// Appends a paragraph of the current section, written at `line`, `column` and `page` of the source.
    public mutating func append(paragraph: String, line: Int, column: Int, page: Int = 0) {
        let start = units.count
        Self.normalize(paragraph, into: &units)
        if units.count > start { paragraphs.append(Paragraph(start: start, line: line, column: column, page: page)) }
    }

    /// The number of compared characters (separators not counted).
    public var count: Int { units.count { $0 != Self.separator } }

    /// The paragraph holding unit `offset`: the last one starting at or before it.
    public func paragraph(at offset: Int) -> Paragraph? {
        var low = 0, high = paragraphs.count
        while low < high {
            let mid = (low + high) / 2
            if paragraphs[mid].start <= offset { low = mid + 1 } else { high = mid }
        }
        return low == 0 ? nil : paragraphs[low - 1]
    }

    /// The text of units `range`, separators left out.
    public func string(_ range: Range<Int>) -> String {
        String(decoding: units[range].filter { $0 != Self.separator }, as: UTF16.self)
    }

    /// Appends the kept characters of `text` to `units`: letters (Chinese characters among them), Latin letters in
    /// lower case; whitespace, digits, other numbers (①, Ⅱ), punctuation and symbols are dropped. Chinese numerals such
    /// as 一 are letters and kept: they are words (一是, 二是), not figures.
    ///
    /// The text's UTF-8 is decoded here, Chinese characters and ASCII first, into a buffer appended at once: every
    /// paragraph of every report goes through this, and stepping through its scalars appending each cost a third more.
    /// Anything else goes through `normalize(_ scalar:into:)`. `ComparableTextTests` checks both ways agree.
    public static func normalize(_ text: String, into units: inout [UInt16]) {
        var text = text
        text.withUTF8 { bytes in
            guard !bytes.isEmpty else { return }
            // A unit for every byte: room for all the fast ways keep. A character going the general way is appended to
            // `units` itself, after what the buffer holds so far.
            withUnsafeTemporaryAllocation(of: UInt16.self, capacity: bytes.count) { buffer in
                var n = 0, i = 0
                while i < bytes.count {
                    let lead = bytes[i]
                    if lead < 0x80 {
                        if lead >= 0x61 && lead <= 0x7A { buffer[n] = UInt16(lead); n += 1 }
                        else if lead >= 0x41 && lead <= 0x5A { buffer[n] = UInt16(lead + 0x20); n += 1 }
                        i += 1
                        continue
                    }
                    // A String's UTF-8 is valid: the lead byte gives the length, and the continuation bytes are there.
                    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                    var v = UInt32(lead) & (0x7F >> UInt32(length))
                    for k in 1..<length { v = v << 6 | UInt32(bytes[i + k] & 0x3F) }
                    i += length
                    if v >= 0x4E00 && v <= 0x9FFF {
                        buffer[n] = UInt16(v)
                        n += 1
                    } else if !isChinesePunctuation(v), let scalar = Unicode.Scalar(v) {
                        units.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<n]))
                        n = 0
                        normalize(scalar, into: &units)
                    }
                }
                units.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<n]))
            }
        }
    }

    /// Appends what `scalar` keeps (nothing, or its units as `normalize(_:into:)` keeps them).
    @inline(__always)
    public static func normalize(_ scalar: Unicode.Scalar, into units: inout [UInt16]) {
        let v = scalar.value
        if v < 0x80 {
            if v >= 0x61 && v <= 0x7A { units.append(UInt16(v)) } else if v >= 0x41 && v <= 0x5A { units.append(UInt16(v + 0x20)) }
            return
        }
        // Chinese characters, by far the most common, and Chinese punctuation skip the property lookup.
        if v >= 0x4E00 && v <= 0x9FFF {
            units.append(UInt16(v))
            return
        }
        if isChinesePunctuation(v) { return }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            units.append(contentsOf: scalar.properties.lowercaseMapping.utf16)
        default:
            return
        }
    }

    /// How many units `scalar` keeps: 0 for a dropped character.
    ///
    /// Inlinable: report pages count every character of their compared sections with it.
    @inlinable
    public static func units(of scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x80 { return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) ? 1 : 0 }
        if v >= 0x4E00 && v <= 0x9FFF { return 1 }
        if isChinesePunctuation(v) { return 0 }
        var units: [UInt16] = []
        normalize(scalar, into: &units)
        return units.count
    }

    /// Whether `v` is one of the punctuation marks and full-width forms Chinese text is full of, none a letter: the
    /// ideographic space, 、。〃〄, the brackets 〈〉《》「」『』【】, dashes, curly quotes, bullets and …, and the
    /// full-width punctuation, digits and symbols from ！ to ＠.
    @usableFromInline @inline(__always)
    static func isChinesePunctuation(_ v: UInt32) -> Bool {
        (v >= 0x3000 && v <= 0x3004) || (v >= 0x3008 && v <= 0x3011) || (v >= 0x2010 && v <= 0x2027) || (v >= 0xFF01 && v <= 0xFF20)
    }

    /// The kept characters of `text`.
    public static func normalized(_ text: String) -> [UInt16] {
        var units: [UInt16] = []
        normalize(text, into: &units)
        return units
    }
}
