import Foundation

/// Where gxsite finds the programs that work with it: beside its own executable, in the build folder or where
/// `make install` put them (`PREFIX/bin/gxsite-http`, `PREFIX/libexec/gxsite/pagefind_extended`).
enum Companions {
    /// The folder of the running executable, links resolved.
    static var folder: URL {
        let me = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        return me.resolvingSymlinksInPath().deletingLastPathComponent()
    }

    /// The HTTP server of `serve`.
    static var httpServer: URL { folder.appendingPathComponent("gxsite-http") }

    /// The folders an installed Pagefind is looked for in.
    static var pagefindFolders: [URL] {
        [folder.deletingLastPathComponent().appendingPathComponent("libexec/gxsite").standardizedFileURL, folder]
    }
}
