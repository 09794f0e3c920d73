/// A small SVG badge stating a validation result in words (通过 / 警告 N / 错误 N), not by colour alone.
struct Badge {
    var label: String
    var value: String
    var status: ReportEntry.Status

    /// The badge of one report.
    init(entry: ReportEntry) {
        self.label = "校验"
        self.status = entry.status
        self.value = Badge.text(status: entry.status, errors: entry.errorCount, warnings: entry.warningCount)
    }

    /// The portal badge: how many reports pass, of all.
    init(label: String, value: String, status: ReportEntry.Status) {
        self.label = label
        self.value = value
        self.status = status
    }

    static func text(status: ReportEntry.Status, errors: Int, warnings: Int) -> String {
        switch status {
        case .pass: "通过"
        case .warn: "警告 \(warnings)"
        case .fail: "错误 \(errors)"
        }
    }

    /// Background colours with at least 4.5:1 contrast against white text.
    static func colour(_ status: ReportEntry.Status) -> String {
        switch status {
        case .pass: "#1a7f37"
        case .warn: "#8a5300"
        case .fail: "#b42318"
        }
    }

    /// Approximate rendered width: CJK glyphs are square, Latin and digits about half as wide.
    static func width(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ($1.value > 0x2E80 ? 12 : 7) }
    }

    var svg: String {
        let lw = Badge.width(label) + 12
        let vw = Badge.width(value) + 12
        let total = lw + vw
        let text = XML.escape("\(label)：\(value)")
        return """
        <svg xmlns="http://www.w3.org/2000/svg" width="\(total)" height="20" role="img" aria-label="\(text)">
        <title>\(text)</title>
        <rect width="\(lw)" height="20" fill="#4b5563"/>
        <rect x="\(lw)" width="\(vw)" height="20" fill="\(Badge.colour(status))"/>
        <g fill="#ffffff" font-family="PingFang SC, Microsoft YaHei, Noto Sans CJK SC, WenQuanYi Zen Hei, sans-serif" font-size="12">
        <text x="6" y="14">\(XML.escape(label))</text>
        <text x="\(lw + 6)" y="14">\(XML.escape(value))</text>
        </g>
        </svg>

        """
    }
}

/// Escaping for XML and HTML text and attribute values.
enum XML {
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for ch in s.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                // Control characters are not allowed in XML 1.0.
                if ch.value < 0x20, ch != "\n", ch != "\t" { continue }
                out.unicodeScalars.append(ch)
            }
        }
        return out
    }
}
