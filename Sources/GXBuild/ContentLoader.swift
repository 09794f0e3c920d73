import Foundation
import GXReport

/// One input file found under the content folder.
package struct InputFile: Sendable {
    /// Path under the content folder with "/" separators, e.g. `2021/x.txt`.
    package var path: String
    /// The file on disk.
    package var url: URL
    /// The file's stamp when it was listed (of the link's target for a link), for the incremental cache.
    package var stamp: FileStamp?
    /// Where the input sits in the content folder: the link itself for a link. Its sidecar is looked for beside it, as
    /// the caches key on the sidecar beside `path`.
    package var place: URL

    package init(path: String, url: URL, stamp: FileStamp? = nil, place: URL? = nil) {
        self.path = path
        self.url = url
        self.stamp = stamp
        self.place = place ?? url
    }
}

/// Lists report files under the content folder in path order, never following links out of it.
///
/// Which files are inputs is the caller's to say (`extensions`, lower-case, without the dot); every other regular file is
/// listed too, as a sidecar the build must watch.
package enum ContentLoader {
    /// What the content folder holds: the inputs, and the other files (sidecars) a build reads.
    package struct Listing {
        package var inputs: [InputFile]
        /// Sidecars and any other regular files, which the cache must watch too.
        package var others: [InputFile]
    }

    package static func inputs(in content: URL, extensions: Set<String>) throws -> [InputFile] {
        try list(content, extensions: extensions).inputs
    }

    /// Walks the folder with readdir and lstat: Foundation's enumerator costs far more a file. A folder's entries are
    /// looked at on up to `jobs` threads (a stat and a URL each): every build lists every input, even one with nothing
    /// to do.
    package static func list(_ content: URL, extensions: Set<String>, jobs: Int = 1) throws -> Listing {
        guard let top = FileStamp.following(content.path), top.isDirectory else {
            throw BuildError.missingContent(content.path)
        }
        let base = content.standardizedFileURL.path
        let root = content.standardizedFileURL.resolvingSymlinksInPath().path
        var listing = Listing(inputs: [], others: [])
        var pending = [""]
        while let folder = pending.popLast() {
            let full = folder.isEmpty ? base : base + "/" + folder
            guard let dir = opendir(full) else { continue }
            var names: [String] = []
            while let entry = readdir(dir) {
                let name = withUnsafePointer(to: entry.pointee.d_name) {
                    $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
                }
                // Hidden files and folders (.git, .DS_Store, editors' swap files) are never content.
                if !name.hasPrefix(".") { names.append(name) }
            }
            closedir(dir)
            let found = Parallel.map(names, jobs: names.count < 256 ? 1 : jobs) { entry(named: $0, in: folder, base: base, root: root, extensions: extensions) }
            for item in found {
                switch item {
                case .folder(let relative): pending.append(relative)
                case .input(let file): listing.inputs.append(file)
                case .other(let file): listing.others.append(file)
                case .skipped: break
                }
            }
        }
        listing.inputs = String.utf8Order(of: listing.inputs.map(\.path)).map { listing.inputs[$0] }
        listing.others = String.utf8Order(of: listing.others.map(\.path)).map { listing.others[$0] }
        return listing
    }

    /// What a folder entry is to the build.
    private enum Entry {
        case folder(String), input(InputFile), other(InputFile), skipped
    }

    /// The entry `name` of the content folder's `folder` (a path under `base`, whose real path is `root`).
    private static func entry(named name: String, in folder: String, base: String, root: String, extensions: Set<String>) -> Entry {
        let relative = folder.isEmpty ? name : folder + "/" + name
        let path = base + "/" + relative
        guard var stamp = FileStamp.of(path) else { return .skipped }
        if stamp.isDirectory { return .folder(relative) }
        // Told it is not a folder, URL does not ask the file system again, which would be a second stat for every file.
        let place = URL(fileURLWithPath: path, isDirectory: false)
        var target = place
        if stamp.isLink {
            // A link counts only when it resolves to a file inside the content folder; linked folders are not walked.
            target = target.resolvingSymlinksInPath()
            guard target.path.hasPrefix(root + "/"), let resolved = FileStamp.following(target.path) else { return .skipped }
            stamp = resolved
        }
        guard stamp.isRegular else { return .skipped }
        let file = InputFile(path: relative, url: target, stamp: stamp, place: place)
        let ext = name.lastIndex(of: ".").map { name[name.index(after: $0)...].lowercased() } ?? ""
        // Word leaves `~$name.docx` lock files beside open documents.
        return extensions.contains(ext) && !name.hasPrefix("~$") ? .input(file) : .other(file)
    }
}
