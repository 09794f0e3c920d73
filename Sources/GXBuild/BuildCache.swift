import Foundation
import GXReport

/// The incremental cache of one output folder, kept in `.gxsite-cache/<output name>/` beside it (docs/incremental-builds.md).
///
/// It records what the last build read (each input's stamp and SHA-256), what it wrote (each file's SHA-256 and the key
/// of the page it was rendered from) and keeps the site before that as a spare folder, which the next build recycles as
/// its staging folder: only files whose bytes differ are written, and no site is deleted file by file after a build.
package struct BuildCache {
    /// One file of a site the cache knows.
    package struct OutputFile: Equatable {
        package var sha256: SHA256.Digest
        package var size: Int
        /// The digest of what the page was rendered from; nil for files written directly.
        package var key: String?
    }

    /// What one build left behind.
    package struct State {
        /// An empty state, filled in by the build that records it.
        package init() {}

        /// The digest of everything the build read: inputs, config, theme, options and gxsite's version.
        package var key = ""
        /// When the build that wrote the state started, in nanoseconds; inputs modified within a second before are hashed again.
        package var written = 0
        /// The stamp of the published site's manifest.json, to tell that the site is still the one this build wrote.
        package var liveManifest: FileStamp?
        /// The inode of the spare folder, to tell that it is still the folder this build moved there.
        package var spareInode: UInt64?
        package var reports = 0, pages = 0, files = 0, skipped = 0
        /// Every input and sidecar: stamp and SHA-256.
        package var inputs: [String: (stamp: FileStamp, sha256: String)] = [:]
        /// The files of the published site.
        package var live: [String: OutputFile] = [:]
        /// The paths of `live` in the order its list holds them (sorted, as written).
        package var liveOrder: [String] = []
        /// The files of the spare folder (the site before).
        package var spare: [String: OutputFile] = [:]
        /// The key of the build whose list of the published site is now the spare folder's list; empty when there is none.
        package var spareKey = ""
        /// The key of each line of the published site's files made of one line per report (the open data), in their
        /// order, so the next build can take the lines of unchanged reports from those files.
        package var dataKeys: [String] = []
        /// The report year of each of `dataKeys`: which lines each year's file held.
        package var dataYears: [Int] = []
        /// Of a list read as the changes of another (`encodeChanges`): that list's key; empty for a whole list.
        package var base = ""
        /// Of a list read as the changes of another: the paths that list holds and this one does not.
        package var gone: [String] = []
        /// Every finding the build reported, so an unchanged rebuild can report them again.
        package var findings: [Finding] = []
        /// Findings about the config file itself (stale acceptances).
        package var configFindings: [Finding] = []
        /// The `finding` and `configfinding` records as read, decoded only by a build with nothing to do
        /// (`recordedFindings`), the only one that reports them again.
        package var findingRecords = (findings: [String](), config: [String]())

        /// The findings a state read from its file records; nil when one is damaged.
        package func recordedFindings() -> (findings: [Finding], config: [Finding])? {
            func decoded(_ records: [String]) -> [Finding]? {
                var findings: [Finding] = []
                findings.reserveCapacity(records.count)
                for line in records {
                    guard let f = BuildCache.finding(fromRecord: line) else { return nil }
                    findings.append(f)
                }
                return findings
            }
            guard let findings = decoded(findingRecords.findings), let config = decoded(findingRecords.config) else { return nil }
            return (findings, config)
        }
    }

    /// The cache folder.
    package let folder: URL
    /// The output folder the cache belongs to.
    package let output: URL

    /// The cache of `output`: `<parent>/.gxsite-cache/<output name>/`.
    package init(output: URL) {
        self.output = output.standardizedFileURL
        folder = self.output.deletingLastPathComponent().appendingPathComponent(".gxsite-cache")
            .appendingPathComponent(self.output.lastPathComponent)
    }

    package var statePath: String { folder.appendingPathComponent("state").path }
    package var filesPath: String { folder.appendingPathComponent("files").path }
    package var spareFilesPath: String { folder.appendingPathComponent("sparefiles").path }
    package var sparePath: String { folder.appendingPathComponent("spare").path }
    package var parsedPath: String { folder.appendingPathComponent("parsed").path }
    package var slugsPath: String { folder.appendingPathComponent("slugs").path }
    package var reusePath: String { folder.appendingPathComponent("reuse").path }

    /// The names' pinyin the last build made with the gxsite stamped `stamp` (ICU's transliteration is the slow part of
    /// indexing); empty when there is none or another gxsite wrote it.
    package func loadTransliterations(stamp: String) -> [String: [String]] {
        guard let data = FileManager.default.contents(atPath: slugsPath) else { return [:] }
        // Split as bytes: splitting Chinese names into Characters is slow, and a rebuild reads every name here.
        return data.withUnsafeBytes { raw -> [String: [String]] in
            guard String(validating: raw, as: UTF8.self) != nil else { return [:] }
            func text(_ r: Range<Int>) -> String { String(decoding: UnsafeRawBufferPointer(rebasing: raw[r]), as: UTF8.self) }
            var lines = raw.lineRanges()[...]
            guard let head = lines.popFirst(), text(head) == "gxsite-slugs\t" + stamp else { return [:] }
            var words: [String: [String]] = [:]
            words.reserveCapacity(lines.count)
            for line in lines where !line.isEmpty {
                guard let tab = raw[line].firstIndex(of: 9) else { return [:] }
                var syllables: [String] = []
                var start = tab + 1
                for i in (tab + 1)...line.upperBound where i == line.upperBound || raw[i] == 32 {
                    if i > start { syllables.append(text(start..<i)) }
                    start = i + 1
                }
                words[text(line.lowerBound..<tab)] = syllables
            }
            return words
        }
    }

    /// Keeps the names' pinyin for the next build; names that cannot be written on one line are left out.
    package func saveTransliterations(_ words: [String: [String]], stamp: String) throws {
        var text = "gxsite-slugs\t" + stamp + "\n"
        // In byte order, and checked byte by byte: comparing and scanning Chinese names as Characters is slow, and the
        // file holds every name of the site. The order only has to be stable.
        let list = Array(words)
        for i in String.utf8Order(of: list.map(\.key)) where !list[i].key.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            text += list[i].key + "\t" + list[i].value.joined(separator: " ") + "\n"
        }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try write(text, to: slugsPath)
    }

    /// The state of the last build without its output file lists, or nil when there is none, it is unreadable or from another gxsite.
    package func load(generator: String) -> State? {
        guard let data = FileManager.default.contents(atPath: statePath) else { return nil }
        return Self.decode(data, generator: generator)
    }

    /// The state with the lists of the published site's and the spare folder's files; nil when the first cannot be read.
    /// A spare list that cannot be read is left empty, and the spare folder unvouched for.
    ///
    /// Without `keepingLists` (`--clean`, which uses neither), the published list is only checked and both are left
    /// empty: they grow with the site, and would be held through the whole build for nothing.
    package func loadFiles(of state: State, generator: String, jobs: Int = 2, keepingLists: Bool = true) -> State? {
        // The spare list is read only while the spare folder is the one it describes.
        let spareInPlace = !state.spareKey.isEmpty && state.spareInode != nil && FileStamp.of(sparePath)?.inode == state.spareInode
        let paths = [filesPath, spareInPlace && keepingLists ? spareFilesPath : nil]
        let keys = [state.key, state.spareKey]
        // Two files of tens of thousands of lines: one a core. Mapped, not read: read, each would be copied into memory
        // the build must first clear, megabytes of it.
        let lists = Parallel.map(Array(paths.indices), jobs: min(2, jobs)) { i in
            paths[i].flatMap { try? Data(contentsOf: URL(fileURLWithPath: $0), options: .alwaysMapped) }
                .flatMap { Self.decodeFiles($0, key: keys[i], generator: generator) }
        }
        guard let live = lists[0], live.base.isEmpty else { return nil }
        guard keepingLists else { return state }
        var full = state
        (full.live, full.liveOrder, full.dataKeys, full.dataYears) = (live.files, live.order, live.dataKeys, live.dataYears)
        if let spare = lists[1], spare.base.isEmpty {
            full.spare = spare.files
        } else if let spare = lists[1], spare.base == state.key {
            // The changes of the published list: the spare folder holds what that list holds, but for these.
            var files = live.files
            for path in spare.gone { files[path] = nil }
            for (path, file) in spare.files { files[path] = file }
            full.spare = files
        } else {
            full.spareInode = nil
        }
        return full
    }

    /// Writes the state and puts the file list `draftFiles` wrote in place, each atomically: a killed build leaves the old
    /// state or the new one, never half of one.
    ///
    /// `spareFrom` is the key of the last build when the old published site became the spare folder and the cache's
    /// list of it is still the one loaded: that list is renamed to be the spare list instead of written out again.
    /// `records` is the state's `encodeRecords`, when made beforehand.
    package func save(_ state: State, records: String? = nil, spareFrom lastKey: String?, generator: String) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var state = state
        // The spare list: the changes `draftFiles` wrote of the new list when it could, else the published list renamed.
        let changesDrafted = FileManager.default.fileExists(atPath: draftChangesPath)
        if let lastKey, rename(changesDrafted ? draftChangesPath : filesPath, spareFilesPath) == 0 {
            state.spareKey = lastKey
        } else {
            unlink(draftChangesPath)
            unlink(spareFilesPath)
            state.spareKey = ""
            state.spareInode = nil
        }
        // The file list first: the state names the build it belongs to, and is what a build reads first.
        guard rename(draftFilesPath, filesPath) == 0 else {
            throw BuildError.unwritableOutput(folder.path, detail: String(cString: strerror(errno)))
        }
        try write(Self.encodeHead(state, generator: generator) + (records ?? Self.encodeRecords(state)), to: statePath)
    }

    /// Where `draftFiles` writes the list of the build being committed, for `save` to put in place.
    package var draftFilesPath: String { filesPath + ".draft-\(getpid())" }
    /// Where `draftFiles` writes the spare folder's list as changes of the new list, for `save` to put in place.
    package var draftChangesPath: String { spareFilesPath + ".draft-\(getpid())" }

    /// Writes the list of the site's files (as `encodeFiles` makes it) beside the published list, in pieces: it grows
    /// with the site, and is made while the build holds the most memory. `save` puts it in place.
    ///
    /// `published` is the published site's list and its key, when known: that site becomes the spare folder once the new
    /// one is swapped in, and its list is drafted too, as its changes of the new list (an edit changes a few files of
    /// tens of thousands, and the next build then reads one list, not two). When more than half the files changed, the
    /// published list is renamed instead, as when it is not known.
    package func draftFiles(_ files: [(path: String, file: OutputFile)], key: String, dataKeys: [String], dataYears: [Int],
                    published: (key: String, files: [String: OutputFile])? = nil, generator: String) throws {
        func failure(_ code: Int32) -> BuildError { .unwritableOutput(folder.path, detail: String(cString: strerror(code))) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        unlink(draftChangesPath)
        if let published {
            let changes = Self.changes(from: files, to: published.files)
            if changes.count * 2 <= files.count {
                try write(Self.encodeChanges(changes, key: published.key, base: key, generator: generator), to: draftChangesPath)
            }
        }
        let fd = open(draftFilesPath, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw failure(errno) }
        let file = StreamedFile(path: draftFilesPath, fd: fd, hashed: false, failure: failure)
        try Self.encodeFiles(files, key: key, dataKeys: dataKeys, dataYears: dataYears, generator: generator,
                             piece: StreamedFile.chunk) { try $0.withUnsafeBytes { try file.append($0) } }
        try file.complete()
    }

    private func write(_ text: String, to path: String) throws {
        var text = text
        try text.withUTF8 { try write(UnsafeRawBufferPointer($0), to: path) }
    }

    /// Writes `bytes` to `path` whole or not at all (through a temporary file renamed over it).
    func write(_ bytes: UnsafeRawBufferPointer, to path: String) throws {
        let temporary = path + ".tmp-\(getpid())"
        do {
            let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw BuildError.unwritableOutput(folder.path, detail: String(cString: strerror(errno))) }
            defer { close(fd) }
            if let code = OutputWriter.writeAll(fd, bytes) {
                throw BuildError.unwritableOutput(folder.path, detail: String(cString: strerror(code)))
            }
        }
        guard rename(temporary, path) == 0 else {
            throw BuildError.unwritableOutput(folder.path, detail: String(cString: strerror(errno)))
        }
    }

    /// Forgets the last build (used by `--clean` and before a build that cannot trust it).
    package func forget() {
        unlink(statePath)
    }

    /// The SHA-256 of every input, reusing the last build's digest when a file's stamp is unchanged.
    ///
    /// A file modified less than a second before the last state was written is hashed again, as git does for
    /// "racy" index entries: a second write within the timestamp's granularity would otherwise go unseen.
    package static func digests(of files: [InputFile], previous: State?, jobs: Int) -> [String: String] {
        let racyBefore = (previous?.written ?? 0) - 1_000_000_000
        let shas = Parallel.map(files, jobs: jobs) { file -> String in
            if let stamp = file.stamp, let old = previous?.inputs[file.path], old.stamp == stamp, stamp.modified < racyBefore {
                return old.sha256
            }
            return digest(ofFile: file.url)
        }
        var out: [String: String] = [:]
        for (file, sha) in zip(files, shas) { out[file.path] = sha }
        return out
    }

    /// The SHA-256 (hex) of a file's bytes; "unreadable" when it cannot be read.
    package static func digest(ofFile url: URL) -> String {
        guard let data = try? Data(contentsOf: url) else { return "unreadable" }
        return SHA256.hex(data)
    }

    /// A digest of strings, each length-prefixed so no two different lists give the same bytes.
    package static func digest(_ parts: [String]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(parts.reduce(parts.count * 8) { $0 + $1.utf8.count })
        for part in parts {
            bytes.appendDecimal(part.utf8.count)
            bytes.append(0)
            bytes.append(contentsOf: part.utf8)
        }
        return SHA256.hex(bytes)
    }
}
