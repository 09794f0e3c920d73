import Foundation
import GXReport

/// The state file: one record a line, fields separated by tabs, read with a byte split because it is read on every build.
extension BuildCache {
    static let formatVersion = "1"

    static func encode(_ s: State, generator: String) -> String {
        var out = "gxsite-cache\t\(formatVersion)\t\(escape(generator))\n"
        out += "key\t\(s.key)\nwritten\t\(s.written)\n"
        out += "summary\t\(s.reports)\t\(s.pages)\t\(s.files)\t\(s.skipped)\n"
        if let m = s.liveManifest { out += "live\t\(m.size)\t\(m.modified)\t\(m.changed)\t\(m.inode)\n" }
        if let inode = s.spareInode { out += "spare\t\(inode)\n" }
        for path in s.inputs.keys.sorted() {
            let (stamp, sha) = s.inputs[path]!
            out += "input\t\(escape(path))\t\(stamp.size)\t\(stamp.modified)\t\(stamp.changed)\t\(stamp.inode)\t\(sha)\n"
        }
        func files(_ tag: String, _ files: [String: OutputFile]) {
            for path in files.keys.sorted() {
                let f = files[path]!
                out += "\(tag)\t\(escape(path))\t\(f.sha256)\t\(f.size)\t\(f.key ?? "-")\n"
            }
        }
        files("file", s.live)
        files("sparefile", s.spare)
        if let json = try? JSONEncoder().encode(s.findings), let text = String(data: json, encoding: .utf8) {
            out += "findings\t\(text)\n"
        }
        return out
    }

    static func decode(_ data: Data, generator: String) -> State? {
        var state = State()
        var sawHeader = false
        for line in data.split(separator: UInt8(ascii: "\n")) {
            let fields = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
            switch fields[0] {
            case "gxsite-cache":
                guard fields.count == 3, fields[1] == formatVersion, unescape(fields[2]) == generator else { return nil }
                sawHeader = true
            case "key" where fields.count == 2: state.key = fields[1]
            case "written" where fields.count == 2: state.written = Int(fields[1]) ?? 0
            case "summary" where fields.count == 5:
                let n = fields.dropFirst().map { Int($0) ?? 0 }
                (state.reports, state.pages, state.files, state.skipped) = (n[0], n[1], n[2], n[3])
            case "live" where fields.count == 5:
                let n = fields.dropFirst().map { Int($0) ?? -1 }
                state.liveManifest = FileStamp(size: n[0], modified: n[1], changed: n[2], inode: UInt64(max(0, n[3])))
            case "spare" where fields.count == 2: state.spareInode = UInt64(fields[1])
            case "input" where fields.count == 7:
                let n = fields[2...5].map { Int($0) ?? -1 }
                state.inputs[unescape(fields[1])] = (FileStamp(size: n[0], modified: n[1], changed: n[2], inode: UInt64(max(0, n[3]))), fields[6])
            case "file" where fields.count == 5, "sparefile" where fields.count == 5:
                let file = OutputFile(sha256: fields[2], size: Int(fields[3]) ?? -1, key: fields[4] == "-" ? nil : fields[4])
                if fields[0] == "file" { state.live[unescape(fields[1])] = file } else { state.spare[unescape(fields[1])] = file }
            case "findings" where fields.count == 2:
                guard let findings = try? JSONDecoder().decode([Finding].self, from: Data(fields[1].utf8)) else { return nil }
                state.findings = findings
            default:
                return nil
            }
        }
        return sawHeader ? state : nil
    }

    /// Paths may hold any character but tab, newline and backslash are escaped so a record stays one line.
    static func escape(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 9 || $0 == 10 || $0 == 13 || $0 == 92 }) else { return s }
        var out = ""
        for ch in s.unicodeScalars {
            switch ch {
            case "\\": out += "\\\\"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    static func unescape(_ s: String) -> String {
        guard s.utf8.contains(92) else { return s }
        var out = ""
        var escaped = false
        for ch in s.unicodeScalars {
            if escaped {
                switch ch {
                case "t": out += "\t"
                case "n": out += "\n"
                case "r": out += "\r"
                default: out.unicodeScalars.append(ch)
                }
                escaped = false
            } else if ch == "\\" {
                escaped = true
            } else {
                out.unicodeScalars.append(ch)
            }
        }
        return out
    }
}
