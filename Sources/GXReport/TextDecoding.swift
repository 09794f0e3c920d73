import Foundation

/// Detects and decodes the text encodings reports arrive in: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK.
public enum TextDecoding {
    /// Foundation's GB18030 (GB_18030_2000), which decodes GBK as well.
    public static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    /// Decodes `data`, or nil when it is no text in any supported encoding (binary, wrong bytes).
    public static func decode(_ data: Data) -> (text: String, encoding: String)? {
        let bytes = [UInt8](data.prefix(4))
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return String(data: data.dropFirst(3), encoding: .utf8).map { ($0, "utf-8-bom") }
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return String(data: data.dropFirst(2), encoding: .utf16LittleEndian).flatMap(plausible).map { ($0, "utf-16le") }
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return String(data: data.dropFirst(2), encoding: .utf16BigEndian).flatMap(plausible).map { ($0, "utf-16be") }
        }
        // NUL bytes never occur in UTF-8 or GB18030 text: without a BOM this is UTF-16 or binary.
        // memchr, not Data's byte-by-byte iterator: every input is scanned whole.
        if data.withUnsafeBytes({ $0.count > 0 && memchr($0.baseAddress!, 0, $0.count) != nil }) {
            let sample = data.prefix(4096)
            let evenZeros = sample.enumerated().count { $0.offset % 2 == 0 && $0.element == 0 }
            let oddZeros = sample.enumerated().count { $0.offset % 2 == 1 && $0.element == 0 }
            let half = sample.count / 2
            if oddZeros > half / 3, evenZeros < half / 20, let s = String(data: data, encoding: .utf16LittleEndian).flatMap(plausible) {
                return (s, "utf-16le")
            }
            if evenZeros > half / 3, oddZeros < half / 20, let s = String(data: data, encoding: .utf16BigEndian).flatMap(plausible) {
                return (s, "utf-16be")
            }
            return nil
        }
        if let s = String(data: data, encoding: .utf8) { return plausible(s).map { ($0, "utf-8") } }
        if let s = String(data: data, encoding: gb18030) { return plausible(s).map { ($0, "gb18030") } }
        return nil
    }

    /// Rejects "text" that is mostly control characters or private-use code points: a binary file decoded by accident.
    static func plausible(_ s: String) -> String? {
        // Counting over UTF-8 bytes, contiguous for every native string, is far cheaper than decoding scalars.
        let verdict = s.utf8.withContiguousStorageIfAvailable(plausibleUTF8) ?? plausibleScalars(s)
        return verdict ? s : nil
    }

    /// Whether at most one in fifty of the first 20,000 scalars is a control character (but tab and line ends),
    /// U+FFFD or private-use.
    static func plausibleScalars(_ s: String) -> Bool {
        var total = 0
        var bad = 0
        for scalar in s.unicodeScalars.prefix(20_000) {
            total += 1
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: break
            case 0x00...0x1F, 0x7F, 0xFFFD, 0xE000...0xF8FF: bad += 1
            default: break
            }
        }
        return total > 0 && bad * 50 <= total
    }

    /// `plausible` over valid UTF-8: control characters are single bytes, U+FFFD is EF BF BD, and the private-use
    /// area U+E000–U+F8FF is EE 80 80 – EF A3 BF.
    static func plausibleUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var total = 0
        var bad = 0
        var i = 0
        let n = bytes.count
        while i < n, total < 20_000 {
            let b = bytes[i]
            if b < 0x80 {
                if (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D) || b == 0x7F { bad += 1 }
                i += 1
            } else if b < 0xE0 {
                i += 2
            } else if b < 0xF0 {
                if b == 0xEE || (b == 0xEF && i + 2 < n && (bytes[i + 1] <= 0xA3 || (bytes[i + 1] == 0xBF && bytes[i + 2] == 0xBD))) {
                    bad += 1
                }
                i += 3
            } else {
                i += 4
            }
            total += 1
        }
        return total > 0 && bad * 50 <= total
    }
}
