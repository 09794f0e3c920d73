import Foundation
import GXBuild

/// ASCII pinyin forms of names, for URL paths and for listing agencies in pinyin order. A slug is toneless syllables
/// joined by `-` (ü → v), at most 80 characters; `SlugRegistry` suffixes colliding names with digits of their SHA-256.
public enum Slug {
    /// The longest base slug, in characters; long agency names would otherwise make unwieldy paths.
    public static let maxLength = 80

    /// The URL-safe pinyin of `name` (余姚市经济和信息化局 → yu-yao-shi-jing-ji-he-xin-xi-hua-ju), never empty.
    ///
    /// Only [a-z0-9-] comes out, so no name can smuggle `/`, `..` or markup into a path.
    /// Colliding names are told apart by `SlugRegistry`, not here.
    public static func base(for name: String) -> String {
        var out = ""
        for syllable in syllables(of: name) {
            if out.isEmpty {
                // A single run longer than the cap (a long Latin word) has no boundary to cut at.
                out = String(syllable.prefix(maxLength))
            } else if out.count + 1 + syllable.count <= maxLength {
                out += "-" + syllable
            } else {
                break
            }
        }
        if out.isEmpty {
            // Names of punctuation alone still need a distinct, stable path.
            return "x" + SHA256.hex(Array(name.utf8)).prefix(8)
        }
        return out
    }

    /// Toneless pinyin with spaces (吕梁市 → "lv liang shi"), for sorting by pinyin; "" when the name has no letters or digits.
    public static func sortKey(for name: String) -> String {
        syllables(of: name).joined(separator: " ")
    }

    private static let cache = SyllableCache()

    /// The pinyin of every name transliterated so far, for the build cache to keep.
    static var transliterated: [String: [String]] { cache.all }

    /// Takes transliterations a past build made (with this very gxsite), so names are not transliterated again.
    static func remember(_ words: [String: [String]]) {
        cache.merge(words)
    }

    /// The lowercase ASCII words of `name`: a pinyin syllable per Han character, and Latin
    /// letters and digits in runs as written. Cached because ICU's transform is slow, and every
    /// agency name is looked up once per page that links to it.
    static func syllables(of name: String) -> [String] {
        if let hit = cache[name] { return hit }
        let words = transliterate(name)
        cache[name] = words
        return words
    }

    private static func transliterate(_ name: String) -> [String] {
        // NFKC first so full-width letters and digits (ＡＢＣ１２３) count as ASCII.
        var spaced = String.UnicodeScalarView()
        var previousIsHan = false
        for scalar in name.precomposedStringWithCompatibilityMapping.unicodeScalars {
            // ICU glues a syllable to neighbouring digits (区2023年 → qū2023nián), so a space goes
            // where Han meets anything else; not between Han characters, where ICU reads
            // some words in context (重庆 → chóng qìng, not zhòng).
            let isHan = scalar.properties.isIdeographic
            if isHan != previousIsHan { spaced.append(" ") }
            spaced.append(scalar)
            previousIsHan = isHan
        }
        let latin = String(spaced).applyingTransform(.mandarinToLatin, reverse: false) ?? String(spaced)
        var ascii = foldToASCII(latin)
        if ascii.unicodeScalars.contains(where: { !$0.isASCII && $0.properties.isAlphabetic }) {
            // Other scripts (Cyrillic, kana, ß …) get ICU's general romanisation rather than vanishing.
            let romanised = ascii.applyingTransform(StringTransform(rawValue: "Any-Latin; Latin-ASCII"), reverse: false)
            if let romanised { ascii = foldToASCII(romanised) }
        }
        var words: [String] = []
        var current = ""
        for scalar in ascii.unicodeScalars {
            switch scalar {
            case "a"..."z", "0"..."9":
                current.unicodeScalars.append(scalar)
            case "A"..."Z":
                current.unicodeScalars.append(Unicode.Scalar(scalar.value + 32)!)
            default:
                if !current.isEmpty { words.append(current); current = "" }
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// Drops tone marks and other accents, turning ü (ǖǘǚǜ included) into v first as pinyin input does.
    private static func foldToASCII(_ text: String) -> String {
        let scalars = Array(text.decomposedStringWithCanonicalMapping.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            let scalar = scalars[i]
            if scalar == "u" || scalar == "U",
               scalars[(i + 1)...].prefix(while: { $0.properties.generalCategory == .nonspacingMark })
                   .contains("\u{0308}") {
                out.append(scalar == "u" ? "v" : "V")
            } else if scalar.properties.generalCategory != .nonspacingMark {
                out.append(scalar)
            }
            i += 1
        }
        return String(out)
    }
}

/// A lock-guarded memo table; `Slug` is used from parallel page rendering.
// @unchecked Sendable: `words` is only read and written under `lock`.
private final class SyllableCache: @unchecked Sendable {
    private let lock = NSLock()
    private var words: [String: [String]] = [:]

    subscript(name: String) -> [String]? {
        get { lock.withLock { words[name] } }
        set { lock.withLock { words[name] = newValue } }
    }

    var all: [String: [String]] { lock.withLock { words } }

    func merge(_ more: [String: [String]]) {
        lock.withLock { words.merge(more) { current, _ in current } }
    }
}
