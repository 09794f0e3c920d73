import CGXSystem
import Foundation
import GXBuild

/// Tells `gxsite serve` when the site's sources changed: folders with all their subfolders, and single files (the
/// config) watched through their folder, as editors often save by writing a new file over the old one.
///
/// On Linux through inotify: a watch for every folder, and one added for each folder made later. Elsewhere, when the
/// kernel has no more watches to give or the fallback is forced (`GXSITE_PORTABLE_SYSTEM=1`), by comparing a listing
/// of every file (path, size, modification time, inode) every `interval` seconds. Used from one thread.
public final class FolderWatcher {
    private let folders: [URL]
    private let files: [URL]
    private let interval: Double
    private var watcher: Int32 = -1
    /// Each watch's folder, and the names that count in it: nil for a watched folder (all do), a file's name otherwise.
    private var watches: [Int32: (path: String, names: Set<String>?)] = [:]
    /// The listing polling compares with.
    private var listing: [String] = []

    /// Starts watching `folders` (recursively) and `files`; the changes made from now on are reported.
    public init(folders: [URL], files: [URL], interval: Double = 1) {
        self.folders = folders.map(\.standardizedFileURL)
        self.files = files.map(\.standardizedFileURL)
        self.interval = interval
        watcher = gx_watch_open()
        if watcher >= 0, !watchAll() { stopWatching() }
        if watcher < 0 { listing = Self.listing(self.folders, self.files) }
    }

    deinit {
        gx_watch_close(watcher)
    }

    /// Whether the kernel reports changes (else the folders are polled).
    public var usesKernelEvents: Bool { watcher >= 0 }

    /// Waits for a change, then until `quiet` seconds pass without another: a save or a copied folder is many events,
    /// and one rebuild should follow them all. With a `timeout`, false when no change came in that many seconds.
    @discardableResult
    public func waitForChange(quiet: Double = 0.2, timeout: Double? = nil) -> Bool {
        let deadline = timeout.map { Date().addingTimeInterval($0) }
        /// Seconds left before the deadline; -1 (wait without end) when there is none.
        func left() -> Double { deadline.map { max(0, $0.timeIntervalSinceNow) } ?? -1 }
        while watcher >= 0 {
            if changed(within: left()) {
                while watcher >= 0, changed(within: quiet) {}
                return true
            }
            if let deadline, deadline.timeIntervalSinceNow <= 0 { return false }
        }
        return poll(until: deadline)
    }

    /// Adds watches for every folder and every file's folder; false when one could not be added.
    private func watchAll() -> Bool {
        for folder in folders where !watchTree(folder.path) { return false }
        for file in files {
            let folder = file.deletingLastPathComponent().path
            let wd = gx_watch_add(watcher, folder)
            // A file whose folder is missing cannot change until the folder exists: nothing to watch yet.
            if wd < 0 { if errno == ENOENT || errno == ENOTDIR { continue } else { return false } }
            var names = watches[wd]?.names ?? []
            // A folder also watched as a whole keeps counting every name.
            if watches[wd] == nil || watches[wd]?.names != nil {
                names.insert(file.lastPathComponent)
                watches[wd] = (folder, names)
            }
        }
        return true
    }

    /// Watches `path` and every folder under it; false when the kernel refused a watch (ENOSPC: too many).
    private func watchTree(_ path: String) -> Bool {
        var pending = [path]
        while let folder = pending.popLast() {
            let wd = gx_watch_add(watcher, folder)
            if wd < 0 {
                // A folder deleted between listing and watching has nothing left to watch.
                if errno == ENOENT || errno == ENOTDIR { continue }
                return false
            }
            watches[wd] = (folder, nil)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            for name in names where FileStamp.of(folder + "/" + name)?.isDirectory == true { pending.append(folder + "/" + name) }
        }
        return true
    }

    /// Reads the kernel's events for up to `timeout` seconds (negative: until there are some); whether one counts.
    private func changed(within timeout: Double) -> Bool {
        // 64 events of at least 16 bytes each: the buffer the shim reads into holds no more.
        var events = [gx_watch_event](repeating: gx_watch_event(), count: 64)
        let count = events.withUnsafeMutableBufferPointer {
            // The buffer holds `count` events: the shim writes at most that many, and only while this call runs.
            gx_watch_read(watcher, timeout < 0 ? -1 : Int32(timeout * 1000), $0.baseAddress, Int32($0.count))
        }
        guard count >= 0 else {
            // The watcher broke: poll from now on, comparing with the sources as they are now.
            stopWatching()
            listing = Self.listing(folders, files)
            return true
        }
        var counts = false
        for event in events.prefix(Int(count)) {
            let flags = Int(event.flags)
            if flags & GX_EVENT_OVERFLOW != 0 {
                // Events were lost, folders made meanwhile among them: watch them all again (a folder already watched
                // keeps its watch).
                if !watchAll() { stopWatching() }
                counts = true
                continue
            }
            guard let watch = watches[event.watch] else { continue }
            let name = Self.name(of: event)
            if flags & GX_EVENT_GONE != 0, name.isEmpty {
                watches[event.watch] = nil
                counts = counts || watch.names == nil
                continue
            }
            if let names = watch.names {
                counts = counts || names.contains(name)
                continue
            }
            counts = true
            if flags & GX_EVENT_DIRECTORY != 0, flags & GX_EVENT_CREATED != 0, !watchTree(watch.path + "/" + name) {
                stopWatching()
                listing = Self.listing(folders, files)
            }
        }
        return counts
    }

    private func stopWatching() {
        gx_watch_close(watcher)
        watcher = -1
        watches = [:]
    }

    /// Polls every `interval` seconds until the listing differs (true) or `deadline` passes (false).
    private func poll(until deadline: Date?) -> Bool {
        while true {
            Thread.sleep(forTimeInterval: interval)
            let now = Self.listing(folders, files)
            if now != listing {
                listing = now
                return true
            }
            if let deadline, deadline.timeIntervalSinceNow <= 0 { return false }
        }
    }

    /// The event's name, up to its first NUL.
    private static func name(of event: gx_watch_event) -> String {
        withUnsafeBytes(of: event.name) { raw in
            // The tuple of 256 CChars is laid out as a C array; the shim always ends it with a NUL.
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
    }

    /// Path, size, modification time and inode of every file under `folders` and of each of `files`, sorted.
    static func listing(_ folders: [URL], _ files: [URL]) -> [String] {
        var entries: [String] = []
        func add(_ path: String) {
            let stamp = FileStamp.of(path)
            // The inode too: a file saved by renaming a new one over it may keep its size and, within a clock tick, its time.
            entries.append("\(path)|\(stamp?.size ?? -1)|\(stamp?.modified ?? 0)|\(stamp?.inode ?? 0)")
        }
        for folder in folders {
            guard let paths = FileManager.default.enumerator(atPath: folder.path) else { continue }
            for case let path as String in paths { add(folder.path + "/" + path) }
        }
        for file in files { add(file.path) }
        return entries.sorted()
    }
}
