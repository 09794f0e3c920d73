import Foundation
import GXBuild

/// Runs Pagefind over a built site so readers can search it without any server code.
///
/// Pagefind (the PyPI package `pagefind-bin-extended`, which segments Chinese) reads every page that
/// carries `data-pagefind-body` and writes a static index into `pagefind/` beside the pages.
/// `gxsite build` runs it on the staging folder before the swap, so the published site always has
/// the index that belongs to its pages.
public struct SearchIndexer: Sendable {
    /// The folder under the site root that Pagefind writes its index and UI into.
    public static let bundleFolder = "pagefind"

    /// The environment variable that names the Pagefind executable, overriding the search.
    public static let environmentVariable = "GXSITE_PAGEFIND"

    /// The Pagefind executable.
    public var executable: URL

    /// Creates an indexer that runs `executable`.
    public init(executable: URL) {
        self.executable = executable
    }

    /// Finds Pagefind: `$GXSITE_PAGEFIND`, else `.venv` in `workingDirectory` (its `bin/pagefind_extended`,
    /// `bin/pagefind`, or the binary the PyPI package keeps in `site-packages`), else `pagefind_extended` in one of
    /// `installed` (the folders `make install` puts it in beside gxsite), else `PATH`.
    ///
    /// Returns nil when there is none; throws when `GXSITE_PAGEFIND` names a file that is not executable.
    public static func locate(environment: [String: String], workingDirectory: URL, installed: [URL] = []) throws(BuildError)
        -> SearchIndexer? {
        let fm = FileManager.default
        if let named = environment[environmentVariable], !named.isEmpty {
            let url = URL(fileURLWithPath: named, relativeTo: URL(fileURLWithPath: workingDirectory.path, isDirectory: true)).standardizedFileURL
            guard isExecutableFile(url.path) else { throw BuildError.missingSearchIndexer(url.path) }
            return SearchIndexer(executable: url)
        }
        let venv = workingDirectory.appendingPathComponent(".venv")
        var candidates = ["bin/pagefind_extended", "bin/pagefind"].map { venv.appendingPathComponent($0) }
        // pip installs `pagefind-bin-extended` as a package holding the binary, without a script in bin/.
        let lib = venv.appendingPathComponent("lib")
        for python in ((try? fm.contentsOfDirectory(atPath: lib.path)) ?? []).sorted() where python.hasPrefix("python") {
            candidates.append(lib.appendingPathComponent("\(python)/site-packages/pagefind_bin_extended/pagefind_extended"))
        }
        candidates += installed.map { $0.appendingPathComponent("pagefind_extended") }
        for folder in (environment["PATH"] ?? "").split(separator: ":") where !folder.isEmpty {
            // The extended binary first: the plain one does not segment Chinese.
            candidates.append(URL(fileURLWithPath: String(folder)).appendingPathComponent("pagefind_extended"))
        }
        for folder in (environment["PATH"] ?? "").split(separator: ":") where !folder.isEmpty {
            candidates.append(URL(fileURLWithPath: String(folder)).appendingPathComponent("pagefind"))
        }
        return candidates.first { isExecutableFile($0.path) }.map { SearchIndexer(executable: $0.standardizedFileURL) }
    }

    static func isExecutableFile(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && !isDir.boolValue
            && FileManager.default.isExecutableFile(atPath: path)
    }

    /// The arguments Pagefind runs with over `site`.
    ///
    /// Result links keep `index.html`, like every other link of the site, so they also work from disk.
    func arguments(site: URL) -> [String] {
        ["--site", site.path, "--output-subdir", Self.bundleFolder, "--keep-index-url", "--quiet"]
    }

    /// The program and arguments that run Pagefind over `site`: under util-linux's `setpriv --pdeathsig KILL` where it
    /// is installed, so that a build killed while indexing does not leave Pagefind writing into the staging folder the
    /// next build removes as a leftover.
    func command(site: URL) -> (executable: URL, arguments: [String]) {
        guard FileManager.default.isExecutableFile(atPath: Self.setpriv.path) else { return (executable, arguments(site: site)) }
        return (Self.setpriv, ["--pdeathsig", "KILL", "--", executable.path] + arguments(site: site))
    }

    static let setpriv = URL(fileURLWithPath: "/usr/bin/setpriv")

    /// Indexes the folder `site`; returns the files Pagefind wrote, relative to `site`, sorted.
    ///
    /// Throws `BuildError.searchFailed` naming the executable when Pagefind cannot run or fails.
    func index(site: URL) throws(BuildError) -> [String] {
        let process = Process()
        (process.executableURL, process.arguments) = command(site: site)
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw BuildError.searchFailed(executable.path, detail: OutputWriter.reason(error))
        }
        // One pipe for both streams, read to its end before waiting: the child never blocks on a full pipe.
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let lines = String(decoding: output, as: UTF8.self).split(whereSeparator: \.isNewline)
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            let status = process.terminationReason == .exit ? "exit status \(process.terminationStatus)" : "killed by signal \(process.terminationStatus)"
            throw BuildError.searchFailed(executable.path, detail: ([status] + lines.suffix(3)).joined(separator: "; "))
        }
        return Self.files(under: site.appendingPathComponent(Self.bundleFolder), prefix: Self.bundleFolder + "/")
    }

    /// Indexes the writer's staging folder and lists Pagefind's files in its manifest; returns how many there are.
    func index(into writer: OutputWriter) throws -> Int {
        // A recycled staging folder holds the index of the site before last: Pagefind must start from nothing.
        writer.removeFolder(Self.bundleFolder)
        let files = try index(site: writer.staging)
        for file in files { try writer.register(existing: file) }
        return files.count
    }

    /// Every regular file under `folder`, as sorted paths starting with `prefix`.
    static func files(under folder: URL, prefix: String) -> [String] {
        let base = folder.standardizedFileURL.path
        var result: [String] = []
        if let e = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) {
            for case let url as URL in e where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                result.append(prefix + String(url.standardizedFileURL.path.dropFirst(base.count + 1)))
            }
        }
        return result.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }
}
