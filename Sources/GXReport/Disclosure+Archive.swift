/// Section 二 in `ReportArchive`'s layout: what a report keeps instead of the decoded section.
///
/// Decoded, the section is some forty strings and arrays; only a report's own page and data read it, so a site holding
/// every report keeps it packed and decodes it when asked.
extension Disclosure {
    /// The section's bytes, with no room to spare.
    func archived() -> [UInt8] {
        var w = ArchiveWriter()
        write(to: &w)
        let bytes = w.bytes
        // The writer's array grows by doubling: copied, so a kept section holds only its bytes.
        return [UInt8](unsafeUninitializedCapacity: bytes.count) { buffer, count in
            _ = buffer.initialize(from: bytes)
            count = bytes.count
        }
    }

    /// The section `archived()` made; nil when the bytes are not one.
    init?(archived bytes: [UInt8]) {
        guard let decoded = bytes.withUnsafeBytes({ buffer -> Disclosure? in
            var r = ArchiveReader(buffer)
            guard let d = Self.read(&r), r.atEnd else { return nil }
            return d
        }) else { return nil }
        self = decoded
    }

    /// Whether `bytes` hold exactly one section as `archived()` writes it, checked without decoding it.
    package static func isArchive(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var r = ArchiveReader(bytes)
        func strings() -> Bool {
            guard let n = r.count() else { return false }
            return (0..<n).allSatisfy { _ in r.blob() != nil }
        }
        guard r.blob() != nil, let n = r.count() else { return false }
        for _ in 0..<n {
            guard r.blob() != nil, strings(), let rows = r.count() else { return false }
            for _ in 0..<rows {
                guard r.blob() != nil, strings(), r.int() != nil, r.int() != nil else { return false }
            }
        }
        return r.atEnd
    }

    private func write(to w: inout ArchiveWriter) {
        w.string(layout)
        w.int(items.count)
        for item in items {
            w.string(item.title)
            w.int(item.columns.count)
            for c in item.columns { w.string(c) }
            w.int(item.rows.count)
            for row in item.rows {
                w.string(row.label)
                w.int(row.values.count)
                for v in row.values { w.string(v) }
                w.int(row.location.line)
                w.int(row.location.column)
            }
        }
    }

    private static func read(_ r: inout ArchiveReader) -> Disclosure? {
        func strings() -> [String]? {
            guard let n = r.count() else { return nil }
            var out: [String] = []
            out.reserveCapacity(n)
            for _ in 0..<n {
                guard let s = r.string() else { return nil }
                out.append(s)
            }
            return out
        }
        guard let layout = r.string(), let n = r.count() else { return nil }
        var items: [DisclosureItem] = []
        items.reserveCapacity(n)
        for _ in 0..<n {
            guard let title = r.string(), let columns = strings(), let rowCount = r.count() else { return nil }
            var rows: [DisclosureRow] = []
            rows.reserveCapacity(rowCount)
            for _ in 0..<rowCount {
                guard let label = r.string(), let values = strings(), let line = r.int(), let column = r.int() else { return nil }
                rows.append(DisclosureRow(label: label, values: values, location: SourceLocation(line: line, column: column)))
            }
            items.append(DisclosureItem(title: title, columns: columns, rows: rows))
        }
        return Disclosure(layout: layout, items: items)
    }
}
