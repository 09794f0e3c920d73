import Foundation

/// Writes the site into a staging folder beside the output, then swaps it in, so a failed build never leaves half a site.
final class OutputWriter {
    let output: URL
    let staging: URL
    private(set) var written: [String] = []

    init(output: URL) throws {
        self.output = output.standardizedFileURL
        let parent = self.output.deletingLastPathComponent()
        self.staging = parent.appendingPathComponent(".\(self.output.lastPathComponent).staging-\(getpid())")
        let fm = FileManager.default
        do {
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
            if fm.fileExists(atPath: staging.path) { try fm.removeItem(at: staging) }
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw BuildError.unwritableOutput(output.path, detail: Self.reason(error))
        }
    }

    /// Writes a UTF-8 file at `path` (relative, "/"-separated) under the staging folder.
    func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }

    /// Writes bytes at `path` under the staging folder.
    func write(_ data: Data, to path: String) throws {
        let url = staging.appendingPathComponent(path)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        } catch {
            throw BuildError.unwritableOutput(output.path, detail: Self.reason(error))
        }
        written.append(path)
    }

    /// Keeps the output's README.md (the only file of Site/ in git), then swaps the staging folder in.
    func commit() throws {
        let fm = FileManager.default
        let readme = output.appendingPathComponent("README.md")
        do {
            if fm.fileExists(atPath: readme.path), !fm.fileExists(atPath: staging.appendingPathComponent("README.md").path) {
                try fm.copyItem(at: readme, to: staging.appendingPathComponent("README.md"))
            }
            let old = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).old-\(getpid())")
            if fm.fileExists(atPath: output.path) {
                try fm.moveItem(at: output, to: old)
                try fm.moveItem(at: staging, to: output)
                try fm.removeItem(at: old)
            } else {
                try fm.moveItem(at: staging, to: output)
            }
        } catch {
            throw BuildError.unwritableOutput(output.path, detail: Self.reason(error))
        }
    }

    /// Removes the staging folder after a failure.
    func discard() {
        try? FileManager.default.removeItem(at: staging)
    }

    static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return ns.localizedDescription
    }
}
