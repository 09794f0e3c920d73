import Foundation

/// What `lstat`/`stat` says of a file: enough to tell, like git's index, that it has not changed since it was hashed.
struct FileStamp: Sendable, Equatable {
    var size: Int
    /// Modification time in nanoseconds since 1970.
    var modified: Int
    /// Status-change time in nanoseconds since 1970; any write or rename updates it.
    var changed: Int
    var inode: UInt64
    var isRegular: Bool
    var isDirectory: Bool
    var isLink: Bool

    /// The stamp of `path` without following a final symbolic link; nil when it does not exist.
    static func of(_ path: String) -> FileStamp? {
        var st = Glibc.stat()
        guard Glibc.lstat(path, &st) == 0 else { return nil }
        return FileStamp(st)
    }

    /// The stamp of `path`, following symbolic links; nil when it does not exist.
    static func following(_ path: String) -> FileStamp? {
        var st = Glibc.stat()
        guard stat(path, &st) == 0 else { return nil }
        return FileStamp(st)
    }

    init(_ st: Glibc.stat) {
        size = Int(st.st_size)
        modified = Int(st.st_mtim.tv_sec) * 1_000_000_000 + Int(st.st_mtim.tv_nsec)
        changed = Int(st.st_ctim.tv_sec) * 1_000_000_000 + Int(st.st_ctim.tv_nsec)
        inode = UInt64(st.st_ino)
        let type = st.st_mode & S_IFMT
        isRegular = type == S_IFREG
        isDirectory = type == S_IFDIR
        isLink = type == S_IFLNK
    }

    init(size: Int, modified: Int, changed: Int, inode: UInt64) {
        self.size = size
        self.modified = modified
        self.changed = changed
        self.inode = inode
        isRegular = true
        isDirectory = false
        isLink = false
    }
}
