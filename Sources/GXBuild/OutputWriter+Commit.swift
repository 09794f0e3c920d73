import CGXSystem
import Foundation

extension OutputWriter {
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
            // Also a folder named after this process: an earlier build in it (`serve`, the tests) may have left one, and
            // the folder of the build under way is locked by its writer (flock locks of two descriptors conflict even
            // within one process).
            guard let prefix = prefixes.first(where: { name.hasPrefix($0) }), Int32(name.dropFirst(prefix.count)) != nil else { continue }
            let path = parent.appendingPathComponent(name).path
            guard let lock = FolderLock.take(path) else { continue }
            // Tried again: a program the killed build had started may still be writing into the folder for a moment.
            withExtendedLifetime(lock) {
                for attempt in 0..<3 where FileManager.default.fileExists(atPath: path) {
                    if attempt > 0 { usleep(100_000) }
                    try? FileManager.default.removeItem(atPath: path)
                }
            }
        }
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
                // Removing it can fail half way (a file system that reports an error): tried once more, and otherwise
                // left to the next build's `removeStale`.
                if fm.fileExists(atPath: staging.path) { try? fm.removeItem(at: staging) }
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
