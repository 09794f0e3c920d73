import Foundation

/// Text whose bytes can be searched directly while giving Foundation's answers.
///
/// On Linux, Foundation's `contains(_:)` and `range(of:)` bridge to NSString, transcode to
/// UTF-16 and fold every character cluster, which is slow on CJK text, and parsing and
/// validating call them all the time. They match by canonical equivalence on whole
/// grapheme clusters, so a UTF-8 byte match is exactly their match when no scalar of either
/// string decomposes or can join a neighbour into one cluster. The plain scalars below are
/// such scalars (ASCII, CJK ideographs and punctuation, full-width forms …); text with any
/// other scalar (combining marks, CR, Hangul jamo, compatibility ideographs …) is left to
/// Foundation. In plain text every scalar is also one `Character`, which lets callers count
/// Characters as scalars.
enum PlainText {
    /// Whether a scalar has no canonical decomposition and is its own grapheme cluster beside any other plain scalar.
    @inline(__always)
    static func isPlain(_ scalar: UInt32) -> Bool {
        // Ideographs and ASCII first: a switch tries its cases in order.
        if scalar >= 0x4E00 && scalar <= 0x9FFF || scalar >= 0x20 && scalar <= 0x7E { return true }
        return switch scalar {
        // Not CR, which joins a following LF, nor the other controls.
        case 0x09, 0x0A, 0x20...0x7E: true
        // Latin-1 symbols without the soft hyphen; the letters À…ÿ decompose.
        case 0xA0...0xAC, 0xAE...0xBF, 0xD7, 0xF7: true
        // Spaces and punctuation; U+2000/2001 decompose, U+200B… are format characters and joiners.
        case 0x2002...0x200A, 0x2010...0x2027, 0x2030...0x205E: true
        // Enclosed alphanumerics, box drawing, geometric shapes.
        case 0x2460...0x25FF: true
        // CJK punctuation without the combining tone marks U+302A…302F.
        case 0x3000...0x3029, 0x3030...0x303F: true
        // Enclosed and compatibility CJK (compatibility decompositions only), ideographs.
        case 0x3200...0x4DBF, 0x4E00...0x9FFF: true
        // Vertical, full-width and full-width symbol forms.
        case 0xFE30...0xFE4F, 0xFF01...0xFF60, 0xFFE0...0xFFE6: true
        // Supplementary ideographs, but not the compatibility ones from U+2F800, which decompose.
        case 0x20000...0x2A6DF, 0x2A700...0x2EBEF, 0x30000...0x3134F: true
        default: false
        }
    }

    /// Whether every scalar of some UTF-8 is plain; `allowingCR` also lets CR through, for text split at it.
    static func isPlain(_ utf8: UnsafeBufferPointer<UInt8>, allowingCR: Bool = false) -> Bool {
        leadSteps.withUnsafeBufferPointer { steps in
            var i = 0
            let count = utf8.count
            while i < count {
                let byte = utf8[i]
                // Plain ASCII and the lead bytes of U+4000…U+9FFF, nearly all ideographs, are most
                // text: one table look-up settles them, and only the rest is decoded.
                switch steps[Int(byte)] {
                case 1:
                    i += 1
                    continue
                case 3:
                    i += 3
                    continue
                // U+4DC0…U+4DFF, the hexagram symbols, are the only scalars after E4 that are not ideographs.
                case 4 where i + 1 < count && utf8[i + 1] != 0xB7:
                    i += 3
                    continue
                default:
                    break
                }
                guard isPlainScalar(at: i, in: utf8, allowingCR: allowingCR) else { return false }
                i += byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            }
            return true
        }
    }

    /// Whether the scalar starting at `i` is plain (or a CR, when allowed).
    private static func isPlainScalar(at i: Int, in utf8: UnsafeBufferPointer<UInt8>, allowingCR: Bool) -> Bool {
        let byte = utf8[i]
        if byte < 0x80 { return isPlain(UInt32(byte)) || allowingCR && byte == 0x0D }
        let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
        // Swift strings hold valid UTF-8, so the sequence is complete; the guard keeps a bad buffer in bounds.
        guard i + length <= utf8.count else { return false }
        var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length { value = value << 6 | UInt32(utf8[i + k] & 0x3F) }
        return isPlain(value)
    }

    /// For each byte that starts a plain scalar decided by that byte alone, the scalar's length in bytes; else 0.
    private static let leadSteps: [UInt8] = (0...255).map { byte in
        switch byte {
        case 0x09, 0x0A, 0x20...0x7E: 1
        case 0xE5...0xE9: 3
        case 0xE4: 4
        default: 0
        }
    }

    /// The scalars of `text` when all are plain (one per Character), else nil; `knownPlain` spares the check.
    static func scalars(of text: String, knownPlain: Bool = false) -> [UInt32]? {
        var plain = true
        let decoded = text.utf8.withContiguousStorageIfAvailable { utf8 in
            [UInt32](unsafeUninitializedCapacity: utf8.count) { scalars, count in
                var i = 0
                while i < utf8.count {
                    let byte = utf8[i]
                    let length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                    guard i + length <= utf8.count else { plain = false; break }
                    var value = UInt32(byte) & (length == 1 ? 0x7F : length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                    for k in 1..<length { value = value << 6 | UInt32(utf8[i + k] & 0x3F) }
                    guard knownPlain || isPlain(value) else { plain = false; break }
                    scalars[count] = value
                    count += 1
                    i += length
                }
            }
        }
        if let decoded { return plain ? decoded : nil }
        var result: [UInt32] = []
        for scalar in text.unicodeScalars {
            guard isPlain(scalar.value) else { return nil }
            result.append(scalar.value)
        }
        return result
    }

    /// The scalar values of a word known to be plain, for searching scalar arrays.
    static func word(_ text: String) -> [UInt32] {
        let values = text.unicodeScalars.map(\.value)
        precondition(values.allSatisfy(isPlain), "search word \(text) is not plain text")
        return values
    }

    /// The string of some plain scalars.
    static func string(_ scalars: ArraySlice<UInt32>) -> String {
        var view = String.UnicodeScalarView()
        for value in scalars { view.append(Unicode.Scalar(value)!) }
        return String(view)
    }
}
