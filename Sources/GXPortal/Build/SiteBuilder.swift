import Foundation
import GXBuild
import GXMarkdown
import GXReport

/// Builds a site from a content folder, step by step (see `build()`).
public struct SiteBuilder: Sendable {
    /// The generator name written into pages and data.
    public static let generator = "gxsite 0.1.0"

    /// The options this builder runs with.
    public var options: BuildOptions

    /// Creates a builder.
    public init(options: BuildOptions) {
        self.options = options
    }

    /// Builds the site: load, parse, index, write, search (when on), commit. Throws `BuildFailure` for environment
    /// problems, naming the step; collects content problems as findings.
    public func build() throws -> BuildSummary {
        var steps = StepRunner()
        let start = steps.start
        let loaded = try steps.run("load") { try LoadStep(options: options).run(start: start) }
        if let unchanged = loaded.unchanged() {
            // What killed builds left beside the output goes even when there is nothing to build (a build killed after
            // its commit leaves nothing to do, but may leave an older killed build's staging folder).
            OutputWriter.removeStale(beside: options.output.standardizedFileURL)
            return steps.finish(unchanged)
        }
        let parsed = try steps.run("parse") { ParseStep(loaded: loaded).run() }
        let indexed = try steps.run("index") { IndexStep(parsed: parsed).run() }
        let written = try steps.run("write") { try WriteStep(indexed: indexed).run() }
        do {
            if let indexer = options.search {
                try steps.run("search") { try SearchStep(written: written, indexer: indexer).run() }
            }
            let summary = try steps.run("commit") { try CommitStep(written: written).run() }
            return steps.finish(summary)
        } catch {
            written.abandon()
            throw error
        }
    }

    /// The spare folder to recycle as staging, with what it holds when trusted and the cache vouches for it; otherwise its
    /// files are not listed: every file is written, and what the build did not write is found at the commit.
    static func spare(cache: BuildCache, state: BuildCache.State?, trusted: Bool) -> (path: String, files: [String: BuildCache.OutputFile]?)? {
        guard let stamp = FileStamp.of(cache.sparePath), stamp.isDirectory else { return nil }
        if trusted, let state, let inode = state.spareInode, inode == stamp.inode {
            return (cache.sparePath, state.spare)
        }
        return (cache.sparePath, nil)
    }

    /// The executable's size, modification time and inode (it carries the divisions table and the default theme): a
    /// rebuilt or upgraded gxsite is a new version for the caches, even when its version string is the same.
    static let executableStamp: String = {
        let executable = FileStamp.following("/proc/self/exe") ?? Bundle.main.executablePath.flatMap { FileStamp.following($0) }
        return executable.map { "\($0.size) \($0.modified) \($0.inode)" } ?? "-"
    }()

    /// What an input's parse outcome is made from: its path, its bytes and its sidecars' bytes.
    static func parseKey(_ path: String, _ digests: [String: String]) -> String {
        parseKey(path, sha256: digests[path] ?? "", digests)
    }

    /// `parseKey` of an input whose bytes' digest is `sha256`; `digests` holds its sidecars'.
    static func parseKey(_ path: String, sha256: String, _ digests: [String: String]) -> String {
        BuildCache.digest([path, sha256] + ReportMetadata.sidecarPaths(of: path).map { digests[$0] ?? "-" })
    }

    /// The path part of the base URL ending in "/" (`https://x.gov.cn/nianbao` → `/nianbao/`), "/" when unknown.
    static func rootPath(of baseURL: String?) -> String {
        guard let baseURL, let url = URL(string: baseURL) else { return "/" }
        let path = url.path.isEmpty ? "/" : url.path
        return path.hasSuffix("/") ? path : path + "/"
    }

    static func order(_ a: Finding, _ b: Finding) -> Bool {
        if a.file != b.file { return String.utf8Precedes(a.file, b.file) }
        if a.line != b.line { return a.line < b.line }
        if a.column != b.column { return a.column < b.column }
        return a.rule < b.rule
    }
}
