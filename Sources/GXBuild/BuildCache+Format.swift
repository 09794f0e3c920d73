import Foundation
import GXReport

/// The state file: one record a line, fields separated by tabs, read with a byte split because it is read on every build.
extension BuildCache {
    package static let formatVersion = "5"

    /// The list of the published site's files only a rebuild reads (the state is the small part every build reads):
    /// `files` sorted by path, then the data keys. The spare folder's list is a file of its own: its changes of this list
    /// (`encodeChanges`), or the published site's list of the build before, renamed rather than written again.
    package static func encodeFiles(_ files: [(path: String, file: OutputFile)], key: String, dataKeys: [String], dataYears: [Int],
                            generator: String) -> String {
        var bytes: [UInt8] = []
        encodeFiles(files, key: key, dataKeys: dataKeys, dataYears: dataYears, generator: generator, piece: .max) { bytes = $0 }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `encodeFiles` handed to `write` in pieces of about `piece` bytes, so the list need not be whole in memory. Made as
    /// bytes, not as a string: at 100,000 reports the list has half a million lines, made again by every build.
    package static func encodeFiles(_ files: [(path: String, file: OutputFile)], key: String, dataKeys: [String], dataYears: [Int],
                            generator: String, piece: Int, write: ([UInt8]) throws -> Void) rethrows {
        var out = Array("gxsite-cache\t\(formatVersion)\t\(escape(generator))\nkey\t\(key)\ncount\t\(files.count)\n".utf8)
        out.reserveCapacity(min(piece, out.count + files.count * 180 + dataKeys.count * 72) + 4096)
        for (path, f) in files {
            appendRecord(path, f, to: &out)
            if out.count >= piece {
                try write(out)
                out.removeAll(keepingCapacity: true)
            }
        }
        for (key, year) in zip(dataKeys, dataYears) {
            out += "datakey\t".utf8
            out += key.utf8
            out.append(9)
            out.appendDecimal(year)
            out.append(10)
            if out.count >= piece {
                try write(out)
                out.removeAll(keepingCapacity: true)
            }
        }
        try write(out)
    }

    /// A `file` record: path, SHA-256, size and key.
    private static func appendRecord(_ path: String, _ f: OutputFile, to out: inout [UInt8]) {
        out += "file\t".utf8
        out += escape(path).utf8
        out.append(9)
        f.sha256.appendHex(to: &out)
        out.append(9)
        out.appendDecimal(f.size)
        out.append(9)
        out += (f.key ?? "-").utf8
        out.append(10)
    }

    /// A list of the files `previous` holds, keyed `key`, written as what it changes of the list `files` keyed `base`:
    /// a `file` record for each file `previous` holds otherwise or that `files` lacks, a `gone` record for each path only
    /// `files` holds. The spare folder is the published site of the build before, whose list differs from the new one
    /// in the few files an edit changed: read back, it is the new list with these changes (`decodeFiles`).
    package static func encodeChanges(_ changes: [(path: String, file: OutputFile?)], key: String, base: String, generator: String) -> String {
        var out = Array("gxsite-cache\t\(formatVersion)\t\(escape(generator))\nkey\t\(key)\nbase\t\(base)\n".utf8)
        for (path, file) in changes {
            if let file {
                appendRecord(path, file, to: &out)
            } else {
                out += ("gone\t" + escape(path) + "\n").utf8
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// What the list `previous` changes of the sorted list `files`, as `encodeChanges` takes it: the files `previous`
    /// holds otherwise or only it holds, and (as nil) the paths only `files` holds.
    package static func changes(from files: [(path: String, file: OutputFile)], to previous: [String: OutputFile])
        -> [(path: String, file: OutputFile?)] {
        var changes: [(path: String, file: OutputFile?)] = []
        var shared = 0
        for (path, file) in files {
            let old = previous[path]
            if old != nil { shared += 1 }
            if old != file { changes.append((path, old)) }
        }
        // Paths only the previous list holds (reports deleted or renamed): looked for only when there are some.
        if shared < previous.count {
            let now = Set(files.map(\.path))
            for path in String.utf8Sorted(previous.keys) where !now.contains(path) { changes.append((path, previous[path])) }
        }
        return changes
    }

    /// The state file: everything but the file lists.
    package static func encode(_ s: State, generator: String) -> String {
        encodeHead(s, generator: generator) + encodeRecords(s)
    }

    /// The state's first lines: what the build was and what it left (only known once it is over).
    package static func encodeHead(_ s: State, generator: String) -> String {
        var out = "gxsite-cache\t\(formatVersion)\t\(escape(generator))\n"
        out += "key\t\(s.key)\nwritten\t\(s.written)\n"
        if !s.spareKey.isEmpty { out += "sparekey\t\(s.spareKey)\n" }
        out += "summary\t\(s.reports)\t\(s.pages)\t\(s.files)\t\(s.skipped)\n"
        if let m = s.liveManifest { out += "live\t\(m.size)\t\(m.modified)\t\(m.changed)\t\(m.inode)\n" }
        if let inode = s.spareInode { out += "spare\t\(inode)\n" }
        return out
    }

    /// The state's records of inputs and findings, known before the build writes its site.
    package static func encodeRecords(_ s: State) -> String {
        var out = ""
        for path in String.utf8Sorted(s.inputs.keys) {
            let (stamp, sha) = s.inputs[path]!
            out += "input\t\(escape(path))\t\(stamp.size)\t\(stamp.modified)\t\(stamp.changed)\t\(stamp.inode)\t\(sha)\n"
        }
        for f in s.findings { appendRecord(of: f, tag: "finding", to: &out) }
        for f in s.configFindings { appendRecord(of: f, tag: "configfinding", to: &out) }
        return out
    }

    /// A finding as one record: `tag`, rule, severity, line, column, page, file, message, then the place and the acceptance,
    /// each `-` when there is none and `=` before its text when there is (so no text is taken for a missing one).
    package static func appendRecord(of f: Finding, tag: String, to out: inout String) {
        out += tag
        for field in [f.rule, f.severity.rawValue, String(f.line), String(f.column), String(f.page), f.file, f.message] {
            out += "\t"
            out += escape(field)
        }
        for field in [f.where, f.acceptance] {
            out += field.map { "\t=" + escape($0) } ?? "\t-"
        }
        out += "\n"
    }

    /// The finding of a record `appendRecord` wrote (without its newline); nil when it is not one.
    package static func finding(fromRecord line: String) -> Finding? {
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { unescape(String($0)) }
        guard fields.count == 10, let severity = Finding.Severity(rawValue: fields[2]), let row = Int(fields[3]),
              let column = Int(fields[4]), let page = Int(fields[5]) else { return nil }
        func optional(_ field: String) -> String?? {
            if field == "-" { return .some(nil) }
            return field.hasPrefix("=") ? .some(String(field.dropFirst())) : nil
        }
        guard let place = optional(fields[8]), let acceptance = optional(fields[9]) else { return nil }
        var f = Finding(rule: fields[1], severity: severity, file: fields[6],
                        location: SourceLocation(line: row, column: column, page: page), message: fields[7], where: place)
        f.acceptance = acceptance
        return f
    }

    package static func decode(_ data: Data, generator: String) -> State? {
        data.withUnsafeBytes { raw in decode(raw.bindMemory(to: UInt8.self), into: State(), generator: generator) }
    }

    /// A list of files as `encodeFiles` writes it, when it is the list of the build keyed `key`: its files and data keys.
    ///
    /// A list `encodeChanges` wrote comes back with the key of the list it changes (`base`, empty for a whole list) and
    /// the paths it drops (`gone`); its `files` are then only the files it holds otherwise.
    package static func decodeFiles(_ data: Data, key: String, generator: String)
        -> (files: [String: OutputFile], order: [String], dataKeys: [String], dataYears: [Int], base: String, gone: [String])? {
        var partial = State()
        partial.key = ""
        guard let list = data.withUnsafeBytes({ raw in decode(raw.bindMemory(to: UInt8.self), into: partial, generator: generator) }),
              list.key == key else { return nil }
        return (list.live, list.liveOrder, list.dataKeys, list.dataYears, list.base, list.gone)
    }

    /// Reads records straight from the bytes: the state of a large site has tens of thousands of lines.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, into initial: State, generator: String) -> State? {
        var state = initial
        var sawHeader = false
        var fields: [String] = []
        var lastKey: String?
        for line in UnsafeRawBufferPointer(bytes).lineRanges() {
            // File records, tens of thousands of them, skip the generic split: no array of fields, no string for the tag
            // or the size.
            if sawHeader, let (path, file) = fileRecord(bytes, line, lastKey: &lastKey) {
                state.live[path] = file
                state.liveOrder.append(path)
                continue
            }
            if sawHeader, let (path, input) = inputRecord(bytes, line) {
                state.inputs[path] = input
                continue
            }
            // Findings are kept as their records: only a build with nothing to do reads them (`recordedFindings`).
            if sawHeader, let tag = findingTag(bytes, line) {
                let record = text(bytes, line)
                if tag == .findings { state.findingRecords.findings.append(record) } else { state.findingRecords.config.append(record) }
                continue
            }
            fields.removeAll(keepingCapacity: true)
            var fieldStart = line.lowerBound
            for i in line.lowerBound...line.upperBound where i == line.upperBound || bytes[i] == 9 {
                fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[fieldStart..<i]), as: UTF8.self))
                fieldStart = i + 1
            }
            if fields.count == 1, fields[0].isEmpty { continue }
            guard apply(fields, to: &state, sawHeader: &sawHeader, generator: generator) else { return nil }
        }
        return sawHeader ? state : nil
    }

    /// A `file` record's path and file, when `line` is one as `encodeFiles` writes it; nil for anything else (which the
    /// generic reader then reads or rejects).
    ///
    /// `lastKey` is the key of the record before: a report's files, listed one after the other, share theirs, which is then
    /// one string rather than one each.
    private static func fileRecord(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, lastKey: inout String?) -> (String, OutputFile)? {
        let start = line.lowerBound
        // "file\t"
        guard line.count > 5, bytes[start] == 0x66, bytes[start + 1] == 0x69, bytes[start + 2] == 0x6C, bytes[start + 3] == 0x65,
              bytes[start + 4] == 9 else { return nil }
        guard let (tabs, escaped) = tabs(bytes, from: start + 5, to: line.upperBound, count: 3), let size = number(bytes, tabs[1] + 1..<tabs[2]),
              let sha256 = SHA256.Digest(hex: UnsafeBufferPointer(rebasing: bytes[(tabs[0] + 1)..<tabs[1]]))
        else { return nil }
        let keyBytes = UnsafeBufferPointer(rebasing: bytes[(tabs[2] + 1)..<line.upperBound])
        let key: String?
        if keyBytes.count == 1, keyBytes[0] == UInt8(ascii: "-") {
            key = nil
        } else if var last = lastKey, last.withUTF8({ known in
            known.count == keyBytes.count && (known.isEmpty || memcmp(known.baseAddress!, keyBytes.baseAddress!, known.count) == 0)
        }) {
            key = last
        } else {
            key = String(decoding: keyBytes, as: UTF8.self)
            lastKey = key
        }
        let path = text(bytes, (start + 5)..<tabs[0])
        return (escaped ? unescape(path) : path, OutputFile(sha256: sha256, size: size, key: key))
    }

    private enum FindingTag { case findings, config }

    /// Which list a `finding` or `configfinding` record belongs to; nil for any other line.
    private static func findingTag(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> FindingTag? {
        let record = UnsafeBufferPointer(rebasing: bytes[line])
        func starts(with tag: StaticString) -> Bool {
            record.count > tag.utf8CodeUnitCount && record[tag.utf8CodeUnitCount] == 9
                && memcmp(record.baseAddress!, tag.utf8Start, tag.utf8CodeUnitCount) == 0
        }
        if starts(with: "finding") { return .findings }
        return starts(with: "configfinding") ? .config : nil
    }

    /// An `input` record's path, stamp and digest, when `line` is one as `encode` writes it; nil for anything else.
    package static func inputRecord(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>)
        -> (String, (stamp: FileStamp, sha256: String))? {
        let start = line.lowerBound
        // "input\t"
        guard line.count > 6, bytes[start] == 0x69, bytes[start + 1] == 0x6E, bytes[start + 2] == 0x70, bytes[start + 3] == 0x75,
              bytes[start + 4] == 0x74, bytes[start + 5] == 9,
              let (tabs, escaped) = tabs(bytes, from: start + 6, to: line.upperBound, count: 5),
              let size = number(bytes, tabs[0] + 1..<tabs[1]), let modified = number(bytes, tabs[1] + 1..<tabs[2]),
              let changed = number(bytes, tabs[2] + 1..<tabs[3]), let inode = number(bytes, tabs[3] + 1..<tabs[4])
        else { return nil }
        let path = text(bytes, (start + 6)..<tabs[0])
        let stamp = FileStamp(size: size, modified: modified, changed: changed, inode: UInt64(inode))
        return (escaped ? unescape(path) : path, (stamp, text(bytes, (tabs[4] + 1)..<line.upperBound)))
    }

    /// The positions of exactly `count` tabs between `from` and `to`, and whether a backslash (an escape) comes before the
    /// first; nil when there are more or fewer tabs.
    private static func tabs(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int, count: Int) -> (TabPositions, Bool)? {
        var tabs = TabPositions()
        var escaped = false
        for i in from..<to {
            if bytes[i] == 9 {
                guard tabs.count < count else { return nil }
                tabs.append(i)
            } else if bytes[i] == 92, tabs.count == 0 {
                escaped = true
            }
        }
        return tabs.count == count ? (tabs, escaped) : nil
    }

    /// A non-negative decimal that fits an `Int` (times in nanoseconds have 19 digits); nil for anything else.
    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ digits: Range<Int>) -> Int? {
        guard !digits.isEmpty, digits.count < 20 else { return nil }
        var n = 0
        for i in digits {
            guard bytes[i] >= 0x30, bytes[i] <= 0x39 else { return nil }
            let (times, o1) = n.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times.addingReportingOverflow(Int(bytes[i] - 0x30))
            guard !o1, !o2 else { return nil }
            n = sum
        }
        return n
    }

    private static func text(_ bytes: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[r]), as: UTF8.self)
    }

    /// Applies one record; false when it is not a record this version writes.
    private static func apply(_ fields: [String], to state: inout State, sawHeader: inout Bool, generator: String) -> Bool {
        switch fields[0] {
        case "gxsite-cache":
            guard fields.count == 3, fields[1] == formatVersion, unescape(fields[2]) == generator else { return false }
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
        case "sparekey" where fields.count == 2: state.spareKey = fields[1]
        case "count" where fields.count == 2:
            // Only a size hint: a damaged count must not ask for more memory than any real site needs.
            let hint = min(max(0, Int(fields[1]) ?? 0), 1 << 22)
            state.live.reserveCapacity(hint)
            state.liveOrder.reserveCapacity(hint)
        case "input" where fields.count == 7:
            let n = fields[2...5].map { Int($0) ?? -1 }
            state.inputs[unescape(fields[1])] = (FileStamp(size: n[0], modified: n[1], changed: n[2], inode: UInt64(max(0, n[3]))), fields[6])
        case "file" where fields.count == 5:
            guard let sha256 = SHA256.Digest(hex: fields[2]) else { return false }
            state.liveOrder.append(unescape(fields[1]))
            state.live[unescape(fields[1])] = OutputFile(sha256: sha256, size: Int(fields[3]) ?? -1, key: fields[4] == "-" ? nil : fields[4])
        case "base" where fields.count == 2: state.base = fields[1]
        case "gone" where fields.count == 2: state.gone.append(unescape(fields[1]))
        case "datakey" where fields.count == 3:
            guard let year = Int(fields[2]) else { return false }
            state.dataKeys.append(fields[1])
            state.dataYears.append(year)
        default:
            return false
        }
        return true
    }

    /// Paths may hold any character but tab, newline and backslash are escaped so a record stays one line.
    package static func escape(_ s: String) -> String {
        func special(_ b: UInt8) -> Bool { b == 9 || b == 10 || b == 13 || b == 92 }
        // Read as one buffer: a path is checked on every save, tens of thousands of them.
        guard s.utf8.withContiguousStorageIfAvailable({ $0.contains(where: special) }) ?? s.utf8.contains(where: special) else { return s }
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

    package static func unescape(_ s: String) -> String {
        guard s.utf8.withContiguousStorageIfAvailable({ $0.contains(92) }) ?? s.utf8.contains(92) else { return s }
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

/// Up to five tab positions of a record, kept inline: an array each would be an allocation for every line of the lists.
private struct TabPositions {
    private var storage: (Int, Int, Int, Int, Int) = (0, 0, 0, 0, 0)
    private(set) var count = 0

    mutating func append(_ position: Int) {
        precondition(count < 5, "a record has at most five tabs")
        withUnsafeMutableBytes(of: &storage) { $0.storeBytes(of: position, toByteOffset: count * MemoryLayout<Int>.stride, as: Int.self) }
        count += 1
    }

    subscript(i: Int) -> Int {
        precondition(i < count)
        return withUnsafeBytes(of: storage) { $0.load(fromByteOffset: i * MemoryLayout<Int>.stride, as: Int.self) }
    }
}
