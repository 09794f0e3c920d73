import Foundation

extension LineFiles {
    /// A line of an item: taken from the published file (mapped), or made by this build.
    private enum Line {
        case published(Data)
        case made([UInt8])

        func append(to file: StreamedFile) throws {
            switch self {
            case .published(let data): try data.withUnsafeBytes { try file.append($0) }
            case .made(let bytes): try bytes.withUnsafeBytes { try file.append($0) }
            }
        }
    }

    /// A file being written, with the lines it holds so far.
    private final class Open {
        let spec: File
        let stream: StreamedFile
        var lines = 0

        init(_ spec: File, _ stream: StreamedFile) { (self.spec, self.stream) = (spec, stream) }
    }

    /// Writes `files` as their lines are made, in batches made in parallel: never whole in memory (a file of every item
    /// is 200 MB at 100,000 reports). Each item's line of a format is made once, for every file of that format.
    func stream(_ files: [File], layouts: [LineLayout], old: PublishedLines, make: @Sendable (Int, Int) -> [UInt8]) throws {
        let open = try files.map { Open($0, try writer.stream(to: $0.path)) }
        for file in open { try file.stream.append(layouts[file.spec.format].head[...]) }
        let whole = open.filter { $0.spec.group == nil }
        let byGroup = Dictionary(grouping: open.filter { $0.spec.group != nil }) { $0.spec.group! }
        let needed = Set(files.map(\.format))
        for batch in stride(from: 0, to: keys.count, by: 2048) {
            let indices = Array(batch..<min(batch + 2048, keys.count))
            let lines = Parallel.map(indices, jobs: jobs) { i -> [Line?] in
                layouts.indices.map { format in
                    guard needed.contains(format) else { return nil }
                    return old.byFormat[format][keys[i]].map(Line.published) ?? .made(make(i, format))
                }
            }
            for (i, itemLines) in zip(indices, lines) {
                for file in whole + (byGroup[groups[i]] ?? []) {
                    let layout = layouts[file.spec.format]
                    try file.stream.append((file.lines == 0 ? layout.first : layout.between)[...])
                    try itemLines[file.spec.format]!.append(to: file.stream)
                    file.lines += 1
                }
            }
        }
        for file in open {
            let layout = layouts[file.spec.format]
            try file.stream.append((file.lines == 0 ? layout.emptyTail : layout.tail)[...])
            try writer.finish(file.stream, key: file.spec.group == nil ? Self.checksumKey : { _ in nil })
        }
    }
}
