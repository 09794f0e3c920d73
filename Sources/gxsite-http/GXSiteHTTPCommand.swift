import ArgumentParser
import Foundation

/// `gxsite-http`: the HTTP server of `gxsite serve`, a process of its own so that gxsite itself does not load an HTTP
/// stack (FlyingFox links FoundationNetworking, and with it curl, TLS and Kerberos libraries, 7 MB more memory in every
/// build).
///
/// It serves `--root` on 127.0.0.1, prints `listening` once it does (or its reason on standard error, exit status 2),
/// counts each line read on standard input as a rebuild for the pages' live reload, and exits when its input ends, that
/// is when gxsite does.
@main
struct GXSiteHTTPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gxsite-http",
        abstract: "Serve a built site on 127.0.0.1 for `gxsite serve` (started by it; not meant to be run alone)."
    )

    @Option(help: "The folder to serve.")
    var root: String

    @Option(help: "The port to listen on.")
    var port: UInt16

    func run() throws {
        let server = StaticServer(root: URL(fileURLWithPath: root), port: port)
        do {
            try server.start()
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode(2)
        }
        print(Self.listening)
        fflush(nil)
        while readLine() != nil { server.bumpVersion() }
    }

    /// The line that tells gxsite the server is up.
    static let listening = "listening"
}
