import CGXSystem

/// What `lstat`/`stat` says of a file: enough to tell, like git's index, that it has not changed since it was hashed.
package struct FileStamp: Sendable, Equatable {
    package var size: Int
    /// Modification time in nanoseconds since 1970.
    package var modified: Int
    /// Status-change time in nanoseconds since 1970; any write or rename updates it.
    package var changed: Int
    package var inode: UInt64
    package var isRegular: Bool
    package var isDirectory: Bool
    package var isLink: Bool

    /// The stamp of `path` without following a final symbolic link; nil when it does not exist.
    package static func of(_ path: String) -> FileStamp? {
        stamp(path, follow: false)
    }

    /// The stamp of `path`, following symbolic links; nil when it does not exist.
    package static func following(_ path: String) -> FileStamp? {
        stamp(path, follow: true)
    }

    /// The C shim reads the nanosecond times, whose field names differ between Linux and macOS.
    private static func stamp(_ path: String, follow: Bool) -> FileStamp? {
        var stamp = gx_stamp()
        // `&stamp` lends the shim a pointer for the call alone; it writes the one struct there and keeps nothing.
        guard gx_stamp_of(path, follow ? 1 : 0, &stamp) == 0 else { return nil }
        return FileStamp(stamp)
    }

    package init(_ stamp: gx_stamp) {
        size = Int(stamp.size)
        modified = Int(stamp.modified)
        changed = Int(stamp.changed)
        inode = stamp.inode
        isRegular = Int(stamp.type) == GX_TYPE_REGULAR
        isDirectory = Int(stamp.type) == GX_TYPE_DIRECTORY
        isLink = Int(stamp.type) == GX_TYPE_LINK
    }

    package init(size: Int, modified: Int, changed: Int, inode: UInt64) {
        self.size = size
        self.modified = modified
        self.changed = changed
        self.inode = inode
        isRegular = true
        isDirectory = false
        isLink = false
    }
}
