import CGXSystem
import Foundation

/// Writes the site into a staging folder beside the output, then swaps it in, so a failed build never leaves half a site.
///
/// Safe to use from several threads: page rendering writes in parallel.
// @unchecked Sendable: every mutable table is read and written under `lock`; the rest is set once in init.
package final class OutputWriter: @unchecked Sendable {
    package let output: URL
    package let staging: URL
    private let stagingPath: String
    private let outputPath: String
    private let lock = NSLock()
    private var paths: [String] = []
    private var digests: [String: BuildCache.OutputFile] = [:]
    private var folders: Set<String> = []
    /// The files already in a recycled staging folder (the site before last), which need no writing when unchanged.
    private let recycled: [String: BuildCache.OutputFile]
    /// Whether the recycled folder came without a list of its files: what this build does not write is found at the
    /// commit by walking it, rather than held all build long as a list of every file, unknown digests and all.
    private var recycledUnlisted = false
    /// Whether the staging folder was made empty for this build (no folder recycled): no file in it was there before.
    private let fresh: Bool
    private var writes = 0
    /// How many of the paths recorded the recycled folder's list holds.
    private var recordedOfRecycled = 0
    /// Whether a file was linked from the published site: a file of a new staging folder may then be shared too.
    private var linked = false
    /// The published site's paths in sorted order: a rebuild that writes the same paths lists them in this order
    /// instead of sorting them again.
    private let previousOrder: [String]
    /// Held on the staging folder from the moment it is made: while this build runs, no other build takes it for a leftover.
    private let stagingLock: FolderLock?

    /// Prepares a staging folder: the recycled `spare` folder when given and present, else a new empty one. The spare's
    /// `files` are what it holds, when known: nil when its files and their digests are not known.
    /// `order` is the published site's sorted list of paths, when known.
    package init(output: URL, spare: (path: String, files: [String: BuildCache.OutputFile]?)? = nil, order: [String] = []) throws {
        previousOrder = order
        self.output = output.standardizedFileURL
        self.outputPath = self.output.path
        let parent = self.output.deletingLastPathComponent()
        self.staging = parent.appendingPathComponent(".\(self.output.lastPathComponent).staging-\(getpid())")
        self.stagingPath = staging.path
        let fm = FileManager.default
        Self.removeStale(beside: self.output)
        do {
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
            if fm.fileExists(atPath: staging.path) { try fm.removeItem(at: staging) }
            if let spare, rename(spare.path, stagingPath) == 0 {
                fresh = false
                recycled = spare.files ?? [:]
                recycledUnlisted = spare.files == nil
                // A rebuild records about as many files as the spare holds: no growing the tables file by file.
                digests.reserveCapacity(recycled.count + 16)
                paths.reserveCapacity(recycled.count + 16)
            } else {
                fresh = true
                recycled = [:]
                try fm.createDirectory(at: staging, withIntermediateDirectories: true)
            }
        } catch {
            throw BuildError.unwritableOutput(output.path, detail: Self.reason(error))
        }
        stagingLock = FolderLock.take(stagingPath)
    }

    /// Every file written so far, in the order written.
    package var written: [String] { lock.withLock { paths } }

    /// How many files were actually written to disk (the rest were already in place in a recycled folder).
    package var diskWrites: Int { lock.withLock { writes } }

    /// Writes a UTF-8 file at `path` (relative, "/"-separated) under the staging folder; returns its SHA-256.
    @discardableResult
    package func write(_ text: String, to path: String, key: String? = nil) throws -> SHA256.Digest {
        var text = text
        return try text.withUTF8 { try write(bytes: UnsafeRawBufferPointer($0), to: path, key: key) }
    }

    /// Writes bytes at `path` under the staging folder.
    package func write(_ data: Data, to path: String, key: String? = nil) throws {
        _ = try data.withUnsafeBytes { try write(bytes: $0, to: path, key: key) }
    }

    /// Writes bytes at `path` under the staging folder.
    package func write(bytes: [UInt8], to path: String, key: String? = nil) throws {
        _ = try bytes.withUnsafeBytes { try write(bytes: $0, to: path, key: key) }
    }

    /// Places the published site's copy of `path`, known to hold `file`, into the new site; false when it cannot.
    package func reuse(_ path: String, _ file: BuildCache.OutputFile) throws -> Bool {
        try reuse([(path, file)])
    }

    /// Places the published site's copies of `files` into the new site, as `reuse` does one by one; false when one cannot be.
    package func reuse(_ files: [(path: String, file: BuildCache.OutputFile)]) throws -> Bool {
        // Those already in the recycled folder are recorded together: one lock for a report's five files, not five. The
        // recycled list never changes, so it is read before the lock is taken, which is then held only to record.
        let inPlace = files.map { isRecycled($0.path, sha256: $0.file.sha256, size: $0.file.size) }
        lock.withLock {
            for ((path, file), recycled) in zip(files, inPlace) where recycled { add(path, file, listed: true) }
        }
        for ((path, file), recycled) in zip(files, inPlace) where !recycled {
            // Linked rather than copied (the first rebuild after a first build has no recycled folder and takes every
            // unchanged file from the published site): the list vouches for the published file as it does for the
            // recycled folder's, whose files are the published site of the build before.
            if try link(path, size: file.size) {
                record(path, file)
                continue
            }
            guard let data = FileManager.default.contents(atPath: outputPath + "/" + path), data.count == file.size else { return false }
            _ = try data.withUnsafeBytes { try write(bytes: $0, to: path, key: file.key) }
            guard lock.withLock({ digests[path]?.sha256 == file.sha256 }) else { return false }
        }
        return true
    }

    /// Whether the recycled folder already holds these very bytes at `path`.
    private func isRecycled(_ path: String, sha256: SHA256.Digest, size: Int) -> Bool {
        Self.holds(recycled[path], sha256: sha256, size: size)
    }

    /// Whether the recycled folder's entry `listed` is a file of these very bytes.
    private static func holds(_ listed: BuildCache.OutputFile?, sha256: SHA256.Digest, size: Int) -> Bool {
        listed.map { $0.sha256 == sha256 && $0.size == size } ?? false
    }

    /// Copies a file whose SHA-256 is known (a report's original) without reading it when it is already in place.
    package func copy(_ source: URL, sha256: String?, to path: String, key: String? = nil) throws {
        if let sha256, let old = recycled[path], old.sha256 == SHA256.Digest(hex: sha256) {
            record(path, BuildCache.OutputFile(sha256: old.sha256, size: old.size, key: key), listed: true)
            return
        }
        guard let data = try? Data(contentsOf: source) else { return }
        try write(data, to: path, key: key)
    }

    private func record(_ path: String, _ file: BuildCache.OutputFile, listed: Bool? = nil) {
        lock.withLock { add(path, file, listed: listed) }
    }

    /// Records `path` as written with `file` (under the lock). A path written again (a report whose reuse failed half
    /// way is rendered anew) is listed once: the sitemap and the counts are made from the list.
    ///
    /// `listed` tells whether the recycled folder's list holds the path, when the caller has looked (else it is looked
    /// up): once every path it holds is recorded, the recycled folder holds no leftovers to look for.
    private func add(_ path: String, _ file: BuildCache.OutputFile, listed: Bool? = nil) {
        guard digests.updateValue(file, forKey: path) == nil else { return }
        paths.append(path)
        if listed ?? (recycled[path] != nil) { recordedOfRecycled += 1 }
    }

    /// One open/write/close: far cheaper than Foundation's file writing for thousands of small pages.
    @discardableResult
    private func write(bytes: UnsafeRawBufferPointer, to path: String, key: String?) throws -> SHA256.Digest {
        let digest = SHA256.Digest(of: bytes)
        let file = BuildCache.OutputFile(sha256: digest, size: bytes.count, key: key)
        let listed = recycled[path]
        // A recycled folder already holds this very file: nothing to write.
        if Self.holds(listed, sha256: digest, size: bytes.count) {
            record(path, file, listed: true)
            return digest
        }
        let fd = try openInStaging(path, O_WRONLY)
        defer { close(fd) }
        // A recycled file is first cut to the whole blocks the new bytes fill: the block they end in is then new to the
        // file system, which would otherwise read the old one from disk to merge it with the tail (a read for every page
        // when the recycled site is no longer cached). Only a recycled file can hold anything to cut.
        if !fresh, ftruncate(fd, off_t(bytes.count & ~(Self.block - 1))) != 0 { throw failure(errno) }
        if let code = Self.writeAll(fd, bytes) { throw failure(code) }
        lock.withLock {
            add(path, file, listed: listed != nil)
            writes += 1
        }
        return digest
    }

    /// Opens `path` under the staging folder, creating it and its folders, for writing with `access` (`O_WRONLY` or
    /// `O_RDWR`). No O_TRUNC: a recycled file is overwritten in place and cut to length by the caller, so the file system
    /// keeps its blocks instead of freeing them and allocating them again.
    private func openInStaging(_ path: String, _ access: Int32) throws -> Int32 {
        try ensureFolder(of: path)
        let full = stagingPath + "/" + path
        var fd = open(full, access | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
        if fd < 0, errno == EISDIR || errno == ELOOP {
            // A recycled folder may hold a folder or link where this build puts a file.
            try? FileManager.default.removeItem(atPath: full)
            fd = open(full, access | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
        }
        guard fd >= 0 else { throw failure(errno) }
        // A recycled file may share its inode with the published site's (`reuse` links files): written in place, it would
        // change the site being served. It is replaced by a file of its own instead.
        var info = stat()
        if !fresh || lock.withLock({ linked }), fstat(fd, &info) == 0, info.st_nlink > 1 {
            close(fd)
            unlink(full)
            fd = open(full, access | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o644)
            guard fd >= 0 else { throw failure(errno) }
        }
        return fd
    }

    /// Puts the published site's file at `path` into the staging folder as a hard link, when it is a regular file of
    /// `size` bytes: no bytes are copied. False when it cannot be linked (another file system, no such file).
    ///
    /// The two names then share one inode: every write into the staging folder replaces a shared file rather than write
    /// into it (`openInStaging`), so the published site never changes under its readers.
    private func link(_ path: String, size: Int) throws -> Bool {
        let source = outputPath + "/" + path
        var info = stat()
        guard lstat(source, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) == size else { return false }
        try ensureFolder(of: path)
        let target = stagingPath + "/" + path
        // Known before the link exists, so no write can miss it.
        lock.withLock { linked = true }
        if Foundation.link(source, target) != 0 {
            // A recycled folder holds another file (or a folder) there: replaced.
            guard errno == EEXIST else { return false }
            try? FileManager.default.removeItem(atPath: target)
            guard Foundation.link(source, target) == 0 else { return false }
        }
        return true
    }

    /// Opens `path` under the staging folder to be written piece by piece; `finish` records it. Without `hashed`, it is
    /// written whatever a recycled folder held there and recorded without a digest (the manifest).
    package func stream(to path: String, hashed: Bool = true) throws -> StreamedFile {
        // Read and write: a recycled file is compared as the new bytes come, and left alone while they match; what the
        // list says of it spares hashing the bytes that match.
        let listed = recycled[path].map { (sha256: $0.sha256, size: $0.size) }
        return StreamedFile(path: path, fd: try openInStaging(path, O_RDWR), hashed: hashed, inPlace: listed) { [output] code in
            Self.failure(output, code)
        }
    }

    /// Writes the rest of `file`, closes it and records it with its digest; `key` is made from its checksum.
    package func finish(_ file: StreamedFile, key: (Checksum) -> String? = { _ in nil }) throws {
        guard let digest = try file.complete() else {
            // Not hashed (the manifest): counted among the files written, listed in no manifest or list.
            lock.withLock {
                paths.append(file.path)
                if file.written { writes += 1 }
            }
            return
        }
        let entry = BuildCache.OutputFile(sha256: digest, size: file.size, key: key(file.checksum))
        lock.withLock {
            add(file.path, entry)
            if file.written { writes += 1 }
        }
    }

    /// Records a file another program (Pagefind) wrote under the staging folder, so the manifest lists it.
    package func register(existing path: String) throws {
        guard let data = FileManager.default.contents(atPath: stagingPath + "/" + path) else {
            throw BuildError.unwritableOutput(output.path, detail: "cannot read \(path) in the staging folder")
        }
        record(path, BuildCache.OutputFile(sha256: data.withUnsafeBytes { SHA256.Digest(of: $0) }, size: data.count, key: nil))
        lock.withLock { writes += 1 }
    }

    /// Deletes a folder of the staging folder (what a recycled folder holds of a tool's output, before the tool runs again).
    package func removeFolder(_ path: String) {
        try? FileManager.default.removeItem(atPath: stagingPath + "/" + path)
        lock.withLock { folders = folders.filter { $0 != path && !$0.hasPrefix(path + "/") } }
    }

    /// The file system block size cuts are aligned to: ext4's, and a multiple of smaller ones.
    private static let block = 4096

    /// Writes every byte to `fd`, retrying short writes and interruptions; the errno on failure, nil on success.
    package static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32? {
        var offset = 0
        while offset < bytes.count {
            let n = Foundation.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += n
        }
        return nil
    }

    /// Every file written so far with its digest, sorted by path.
    package func sortedFiles() -> [(path: String, file: BuildCache.OutputFile)] {
        let digests = lock.withLock { self.digests }
        // The same paths as the published site's (an edit's rebuild): its order is checked, not made again.
        if previousOrder.count == digests.count, !previousOrder.isEmpty {
            // Checked while the list is made: one lookup a path.
            var entries: [(path: String, file: BuildCache.OutputFile)] = []
            entries.reserveCapacity(previousOrder.count)
            for (i, path) in previousOrder.enumerated() {
                guard let file = digests[path], i == 0 || String.utf8Precedes(previousOrder[i - 1], path) else { break }
                entries.append((path, file))
            }
            if entries.count == previousOrder.count { return entries }
        }
        return String.utf8Sorted(digests.keys).map { ($0, digests[$0]!) }
    }

    /// Writes the manifest of `entries` (every file written, sorted by path) to `file`: path, size and SHA-256.
    package func writeManifest(generator: String, entries: [(path: String, file: BuildCache.OutputFile)], to file: StreamedFile) throws {
        // Written directly, in JSONValue's layout, not as a value tree of every file, which would allocate for every
        // value of every file. Made as bytes: appending to a string checks its storage and capacity at every piece.
        var out: [UInt8] = []
        out.reserveCapacity(StreamedFile.chunk + 4096)
        out += "{\n  \"generator\": ".utf8
        JSONValue.writeString(generator, into: &out)
        out += ",\n  \"files\": [".utf8
        for (i, (path, d)) in entries.enumerated() {
            out += (i == 0 ? "\n    {\n      \"path\": " : ",\n    {\n      \"path\": ").utf8
            JSONValue.writeString(path, into: &out)
            out += ",\n      \"size\": ".utf8
            out.appendDecimal(d.size)
            out += ",\n      \"sha256\": \"".utf8
            d.sha256.appendHex(to: &out)
            out += "\"\n    }".utf8
            if out.count >= StreamedFile.chunk {
                try out.withUnsafeBytes { try file.append($0) }
                out.removeAll(keepingCapacity: true)
            }
        }
        out += (entries.isEmpty ? "]\n}\n" : "\n  ]\n}\n").utf8
        try out.withUnsafeBytes { try file.append($0) }
    }

    /// Leftovers of builds that were killed: staging and old folders beside `output` that no running build holds.
    ///
    /// A folder is a leftover when its lock can be taken (see `FolderLock`): a running build holds the lock on its
    /// staging folder, and on the old site while it moves it aside.
    package static func removeStale(beside output: URL) {
        let parent = output.deletingLastPathComponent()
        let prefixes = [".\(output.lastPathComponent).staging-", ".\(output.lastPathComponent).old-"]
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return }
        for name in names {
            guard let prefix = prefixes.first(where: { name.hasPrefix($0) }), let pid = Int32(name.dropFirst(prefix.count)),
                  pid != getpid() else { continue }
            let path = parent.appendingPathComponent(name).path
            guard let lock = FolderLock.take(path) else { continue }
            withExtendedLifetime(lock) { try? FileManager.default.removeItem(atPath: path) }
        }
    }

    private func ensureFolder(of path: String) throws {
        guard let slash = path.lastIndex(of: "/") else { return }
        let folder = String(path[..<slash])
        let parts = folder.split(separator: "/")
        // Made from the deepest folder already made on: a report's folder needs one mkdir, not one for each of its
        // ancestors (each failing, then checked with a stat).
        let made = lock.withLock { () -> Int in
            var prefix = folder[...]
            var depth = parts.count
            while depth > 0, !folders.contains(String(prefix)) {
                depth -= 1
                prefix = prefix[..<(prefix.lastIndex(of: "/") ?? prefix.startIndex)]
            }
            return depth
        }
        if made == parts.count { return }
        var current = stagingPath + (made == 0 ? "" : "/" + parts[..<made].joined(separator: "/"))
        for part in parts[made...] {
            current += "/" + part
            if mkdir(current, 0o755) != 0 {
                guard errno == EEXIST else { throw failure(errno) }
                // A recycled folder may hold a file or link where this build needs a folder.
                if FileStamp.of(current)?.isDirectory != true {
                    unlink(current)
                    if mkdir(current, 0o755) != 0 { throw failure(errno) }
                }
            }
        }
        lock.withLock {
            var prefix = folder[...]
            for _ in made..<parts.count {
                folders.insert(String(prefix))
                prefix = prefix[..<(prefix.lastIndex(of: "/") ?? prefix.startIndex)]
            }
        }
    }

    private func failure(_ code: Int32) -> BuildError {
        Self.failure(output, code)
    }

    private static func failure(_ output: URL, _ code: Int32) -> BuildError {
        .unwritableOutput(output.path, detail: String(cString: strerror(code)))
    }

    /// Keeps the output's README.md (the only file of Site/ in git), writes the manifest, then swaps the staging folder in.
    ///
    /// The swap is one `renameat2(RENAME_EXCHANGE)`: at every instant either the old site or the new one is complete.
    /// The old site then moves to `spare` for the next build to recycle, or is deleted when there is no spare path.
    ///
    /// `alongside` runs on a second thread while the manifest is made and written, with the site's files sorted by path
    /// (the manifest's list): the cache's list of them is made from the same sort.
    package func commit(generator: String, spare: String? = nil, jobs: Int = 2,
                alongside: ([(path: String, file: BuildCache.OutputFile)]) -> Void = { _ in }) throws {
        let fm = FileManager.default
        let readme = output.appendingPathComponent("README.md")
        if fm.fileExists(atPath: readme.path), lock.withLock({ digests["README.md"] == nil }) {
            guard let data = try? Data(contentsOf: readme) else { throw BuildError.unwritableOutput(output.path, detail: "cannot read README.md") }
            try write(data, to: "README.md")
        }
        // Deleting what the recycled folder holds beyond this build's files is independent of the lists: done meanwhile.
        // The manifest, written meanwhile, is not one of them.
        let leftovers = Background(jobs: jobs) { [self] in removeLeftovers(keeping: "manifest.json") }
        // Also when the manifest cannot be written: the staging folder is discarded next, and must not be deleted from twice.
        defer { leftovers.finish() }
        let entries = sortedFiles()
        try Parallel.forEach([0, 1], jobs: min(2, jobs)) { task in
            if task == 0 {
                // Not hashed: it differs from the last one whenever anything else does, and is not listed in itself.
                // Streamed: it grows with the site, and is made when the build holds the most memory.
                let file = try stream(to: "manifest.json", hashed: false)
                try writeManifest(generator: generator, entries: entries, to: file)
                try finish(file)
            } else {
                alongside(entries)
            }
        }
        leftovers.finish()
        if let spare {
            try? fm.createDirectory(atPath: (spare as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            if fm.fileExists(atPath: spare) { try? fm.removeItem(atPath: spare) }
        }
        func retire(_ old: String) {
            if let spare, rename(old, spare) == 0 { return }
            try? fm.removeItem(atPath: old)
        }
        if fm.fileExists(atPath: output.path) {
            if Self.exchange(staging.path, output.path) {
                // The old site now sits at the staging path.
                retire(staging.path)
                return
            }
            // Filesystems without RENAME_EXCHANGE: move the old site aside first, never deleting it before the new one is in place.
            let old = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).old-\(getpid())")
            do {
                try fm.moveItem(at: output, to: old)
                try withExtendedLifetime(FolderLock.take(old.path)) {
                    try fm.moveItem(at: staging, to: output)
                    retire(old.path)
                }
            } catch {
                throw BuildError.unwritableOutput(output.path, detail: Self.reason(error))
            }
        } else {
            guard rename(staging.path, output.path) == 0 else { throw failure(errno) }
        }
    }

    /// Deletes what a recycled folder holds that this build did not write, and the folders left empty.
    private func removeLeftovers(keeping kept: String) {
        // Picked under the lock rather than from a copy of the table: the manifest, written meanwhile, would make the copy
        // real (a second table of every file).
        // Every path the list holds recorded (an edit's rebuild): nothing is left over, and nothing is looked for.
        let leftovers = recycledUnlisted ? unwritten(keeping: kept)
            : lock.withLock { recordedOfRecycled == recycled.count ? [] : recycled.keys.filter { digests[$0] == nil && $0 != kept } }
        var emptied: Set<String> = []
        for path in leftovers {
            unlink(stagingPath + "/" + path)
            var folder = path
            while let slash = folder.lastIndex(of: "/") {
                folder = String(folder[..<slash])
                emptied.insert(folder)
            }
        }
        // Deepest first, so a parent is tried after its children; rmdir leaves folders that still hold files.
        for folder in emptied.sorted(by: { $0.count > $1.count }) { rmdir(stagingPath + "/" + folder) }
    }

    /// Atomically exchanges two paths; false when the system or filesystem cannot (the caller then moves them in turn).
    package static func exchange(_ a: String, _ b: String) -> Bool {
        gx_exchange(a, b) == 0
    }

    /// The files under the staging folder this build did not write (but `kept`), found by walking it.
    private func unwritten(keeping kept: String) -> [String] {
        var out: [String] = []
        var pending = [""]
        while let relative = pending.popLast() {
            guard let dir = opendir(relative.isEmpty ? stagingPath : stagingPath + "/" + relative) else { continue }
            defer { closedir(dir) }
            while let entry = readdir(dir) {
                let name = withUnsafePointer(to: entry.pointee.d_name) {
                    $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
                }
                guard name != ".", name != ".." else { continue }
                let path = relative.isEmpty ? name : relative + "/" + name
                let type = entry.pointee.d_type
                // Links count as files: removed when this build put nothing there.
                let isFolder = type == UInt8(DT_DIR) || type == UInt8(DT_UNKNOWN) && FileStamp.of(stagingPath + "/" + path)?.isDirectory == true
                if isFolder {
                    pending.append(path)
                } else if path != kept, lock.withLock({ digests[path] == nil }) {
                    out.append(path)
                }
            }
        }
        return out
    }

    /// Removes the staging folder after a failure.
    package func discard() {
        try? FileManager.default.removeItem(at: staging)
    }

    package static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if ns.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(ns.code))) }
        return ns.localizedDescription
    }
}
