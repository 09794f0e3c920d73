import Foundation

/// The `gxsite-http` process that serves the site for `gxsite serve`: found beside this executable, told of each rebuild
/// by a line on its standard input, and ended by the end of that input when gxsite ends, however it ends.
final class SiteServer {
    private let process = Process()
    private let input = Pipe()

    /// Starts serving `root` on 127.0.0.1:`port` and returns once the server listens; throws the server's own reason
    /// when it cannot, or says where `gxsite-http` was looked for when it is missing.
    init(root: URL, port: UInt16) throws {
        let helper = Companions.httpServer
        guard FileManager.default.isExecutableFile(atPath: helper.path) else { throw Failure(CLIMessages.noHTTPServer(helper.path)) }
        let output = Pipe(), errors = Pipe()
        // A write to a server that has stopped must fail, not end gxsite.
        signal(SIGPIPE, SIG_IGN)
        process.executableURL = helper
        process.arguments = ["--root", root.path, "--port", String(port)]
        (process.standardInput, process.standardOutput, process.standardError) = (input, output, errors)
        try process.run()
        let first = String(decoding: output.fileHandleForReading.availableData, as: UTF8.self)
        guard first.hasPrefix("listening") else {
            process.waitUntilExit()
            let reason = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            throw Failure(reason.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }

    /// Tells the server the site was rebuilt: open pages reload. A server that has gone is left gone (the write fails
    /// rather than raising SIGPIPE, which `init` ignores).
    func bumpVersion() {
        try? input.fileHandleForWriting.write(contentsOf: Data("\n".utf8))
    }

    /// Why the server did not start, as said to the user.
    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
