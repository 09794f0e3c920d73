extension HTMLReader {
    /// Named character references found in Chinese government pages (HTML's full list has 2,000+; these suffice).
    static let namedEntities: [String: Unicode.Scalar] = [
        "nbsp": "\u{A0}", "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'",
        "ensp": "\u{2002}", "emsp": "\u{2003}", "thinsp": "\u{2009}", "zwnj": "\u{200C}", "zwj": "\u{200D}",
        "shy": "\u{AD}",
        "copy": "©", "reg": "®", "trade": "™", "middot": "·", "bull": "•", "hellip": "…",
        "mdash": "—", "ndash": "–", "minus": "−", "lsquo": "‘", "rsquo": "’", "sbquo": "‚",
        "ldquo": "“", "rdquo": "”", "bdquo": "„", "laquo": "«", "raquo": "»", "lsaquo": "‹", "rsaquo": "›",
        "times": "×", "divide": "÷", "plusmn": "±", "deg": "°", "permil": "‰", "prime": "′", "Prime": "″",
        "sect": "§", "para": "¶", "dagger": "†", "Dagger": "‡", "yen": "¥", "cent": "¢", "pound": "£",
        "euro": "€", "curren": "¤", "iexcl": "¡", "iquest": "¿", "brvbar": "¦", "uml": "¨", "macr": "¯",
        "acute": "´", "cedil": "¸", "ordf": "ª", "ordm": "º", "not": "¬", "micro": "µ",
        "sup1": "¹", "sup2": "²", "sup3": "³", "frac14": "¼", "frac12": "½", "frac34": "¾",
        "larr": "←", "rarr": "→", "uarr": "↑", "darr": "↓", "harr": "↔", "rArr": "⇒", "lArr": "⇐",
        "le": "≤", "ge": "≥", "ne": "≠", "asymp": "≈", "equiv": "≡", "infin": "∞", "sum": "∑",
        "radic": "√", "prop": "∝", "and": "∧", "or": "∨", "cap": "∩", "cup": "∪", "isin": "∈",
        "there4": "∴", "sim": "∼", "loz": "◊", "spades": "♠", "clubs": "♣", "hearts": "♥", "diams": "♦",
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "lambda": "λ", "mu": "μ",
        "pi": "π", "sigma": "σ", "omega": "ω", "Alpha": "Α", "Beta": "Β", "Delta": "Δ", "Omega": "Ω",
        "agrave": "à", "aacute": "á", "egrave": "è", "eacute": "é", "uuml": "ü", "ouml": "ö", "auml": "ä",
        "szlig": "ß", "ccedil": "ç", "ntilde": "ñ",
    ]

    /// Names a browser also accepts without the closing semicolon (old pages write `&nbsp` bare).
    static let entitiesWithoutSemicolon: Set<String> = ["nbsp", "amp", "lt", "gt", "quot", "copy", "reg"]

    /// What numeric references 128–159 mean on the web: Windows-1252, not the C1 controls.
    static let windows1252: [UInt32: UInt32] = [
        0x80: 0x20AC, 0x82: 0x201A, 0x83: 0x0192, 0x84: 0x201E, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
        0x88: 0x02C6, 0x89: 0x2030, 0x8A: 0x0160, 0x8B: 0x2039, 0x8C: 0x0152, 0x8E: 0x017D, 0x91: 0x2018,
        0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02DC,
        0x99: 0x2122, 0x9A: 0x0161, 0x9B: 0x203A, 0x9C: 0x0153, 0x9E: 0x017E, 0x9F: 0x0178,
    ]

    /// Text with character references (`&amp;`, `&#12288;`, `&#x3000;`) replaced; unknown ones stay as written.
    static func decodeEntities(_ bytes: ArraySlice<UInt8>) -> String {
        guard bytes.contains(UInt8(ascii: "&")) else { return String(decoding: bytes, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let b = bytes[i]
            guard b == UInt8(ascii: "&"), i + 1 < end else {
                out.append(b)
                i += 1
                continue
            }
            let next = bytes[i + 1] == UInt8(ascii: "#")
                ? numericReference(bytes, at: i, into: &out)
                : namedReference(bytes, at: i, into: &out)
            if let next {
                i = next
            } else {
                out.append(b)
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Decodes the numeric reference (`&#12288;`, `&#x3000;`) at `i` into `out`: the index after it, nil without digits.
    private static func numericReference(_ bytes: ArraySlice<UInt8>, at i: Int, into out: inout [UInt8]) -> Int? {
        let end = bytes.endIndex
        var j = i + 2
        let hex = j < end && (bytes[j] == UInt8(ascii: "x") || bytes[j] == UInt8(ascii: "X"))
        if hex { j += 1 }
        let digitsStart = j
        var value: UInt32 = 0
        // Eight digits reach past U+10FFFF already; more would only risk overflow.
        while j < end, j - digitsStart < 8, let digit = digitValue(bytes[j], hex: hex) {
            value = value * (hex ? 16 : 10) + digit
            j += 1
        }
        while j < end, digitValue(bytes[j], hex: hex) != nil {
            value = 0x110000
            j += 1
        }
        guard j > digitsStart else { return nil }
        if j < end, bytes[j] == UInt8(ascii: ";") { j += 1 }
        let mapped = windows1252[value] ?? value
        if mapped == 0 || (0xD800...0xDFFF).contains(mapped) || mapped > 0x10FFFF {
            append("\u{FFFD}", to: &out)
        } else if let scalar = Unicode.Scalar(mapped) {
            append(scalar, to: &out)
        }
        return j
    }

    /// Decodes the named reference (`&amp;`) at `i` into `out`: the index after it, nil when it is not one to decode.
    private static func namedReference(_ bytes: ArraySlice<UInt8>, at i: Int, into out: inout [UInt8]) -> Int? {
        let end = bytes.endIndex
        var j = i + 1
        while j < end, j - i <= 32, isAlphanumeric(bytes[j]) { j += 1 }
        let name = String(decoding: bytes[(i + 1)..<j], as: UTF8.self)
        let terminated = j < end && bytes[j] == UInt8(ascii: ";")
        guard let scalar = namedEntities[name], terminated || entitiesWithoutSemicolon.contains(name) else { return nil }
        append(scalar, to: &out)
        return terminated ? j + 1 : j
    }

    /// Appends the UTF-8 of `scalar` to `out`.
    private static func append(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        UTF8.encode(scalar) { out.append($0) }
    }

    private static func digitValue(_ b: UInt8, hex: Bool) -> UInt32? {
        switch b {
        case 0x30...0x39: UInt32(b - 0x30)
        case 0x61...0x66 where hex: UInt32(b - 0x61 + 10)
        case 0x41...0x46 where hex: UInt32(b - 0x41 + 10)
        default: nil
        }
    }

    private static func isAlphanumeric(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
    }
}
