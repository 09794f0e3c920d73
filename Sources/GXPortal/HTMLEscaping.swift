import Mustache

/// Mustache's HTML escaping done over UTF-8 bytes: the same five characters as swift-mustache's own (`& < > " '`).
///
/// swift-mustache escapes Character by Character, looking each one up in a dictionary (hashing a grapheme cluster per
/// character of Chinese text), and every value of every page is escaped. Every theme template starts with this content
/// type (see `Theme`), which also escapes a `<` that a combining mark follows, where a Character-wise escape would not.
struct HTMLEscaping: MustacheContentType {
    /// The name the content type is registered under, as a template's pragma names it.
    static let name = "gxsite-html"

    /// The pragma put before every template; on a line of its own, it renders nothing.
    static let pragma = "{{% CONTENT_TYPE: \(name)}}\n"

    /// Registers the content type with swift-mustache (idempotent).
    static let registered: Void = MustacheContentTypes.register(HTMLEscaping(), named: name)

    func escapeText(_ text: String) -> String {
        let bytes = text.utf8
        guard bytes.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 32)
        for b in bytes {
            switch b {
            case 0x26: out += "&amp;".utf8
            case 0x3C: out += "&lt;".utf8
            case 0x3E: out += "&gt;".utf8
            case 0x22: out += "&quot;".utf8
            case 0x27: out += "&#39;".utf8
            default: out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
