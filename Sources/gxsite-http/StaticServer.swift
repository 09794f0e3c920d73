import FlyingFox
import FlyingSocks
import Foundation

/// Serves the built site for `gxsite serve` through FlyingFox: GET and HEAD of files under one folder, on 127.0.0.1 only.
///
/// It injects the live-reload script into HTML responses; nothing it serves is ever written to disk.
final class StaticServer: Sendable {
    let root: URL
    let port: UInt16
    private let version = Counter()

    init(root: URL, port: UInt16) {
        self.root = root.standardizedFileURL
        self.port = port
    }

    /// Marks the site as rebuilt: open pages poll the version and reload.
    func bumpVersion() {
        version.increment()
    }

    /// How many times the site was rebuilt since the server started.
    var currentVersion: Int { version.value }

    /// Starts listening on the loopback address and returns once it does; throws a message naming the port when it cannot.
    func start() throws {
        let address: sockaddr_in
        do {
            address = try .inet(ip4: "127.0.0.1", port: port)
        } catch {
            throw ServeError.socket("\(error)")
        }
        let server = HTTPServer(address: address, logger: DisabledLogger.disabled, handler: ClosureHTTPHandler { [self] request in
            respond(to: request)
        })
        let outcome = Outcome()
        // The server runs on the concurrency runtime's threads for the life of the process; the caller's thread, free to
        // block, waits for whichever comes first: listening, or the failure to.
        Task {
            do {
                try await server.run()
            } catch {
                outcome.finish(error)
            }
        }
        Task {
            do {
                try await server.waitUntilListening(timeout: 30)
                outcome.finish(nil)
            } catch {
                outcome.finish(error)
            }
        }
        if let error = outcome.wait() {
            throw ServeError.bind(port: port, Self.reason(error))
        }
    }

    /// The response to one request: a file of the site, the version live reload polls, or an error.
    func respond(to request: HTTPRequest) -> HTTPResponse {
        let head = request.method == .HEAD
        guard request.method == .GET || head else { return Self.response(405, "text/plain; charset=utf-8", Data("Method Not Allowed\n".utf8)) }
        if request.path == "/__gxsite/version" {
            return Self.response(200, "text/plain; charset=utf-8", Data("\(currentVersion)".utf8), head: head, noStore: true)
        }
        guard let file = resolve(request.path) else {
            let notFound = root.appendingPathComponent("404.html")
            let body = (try? Data(contentsOf: notFound)).map(injectReload) ?? Data("Not Found\n".utf8)
            return Self.response(404, "text/html; charset=utf-8", body, head: head)
        }
        guard var body = try? Data(contentsOf: file) else {
            return Self.response(500, "text/plain; charset=utf-8", Data("Cannot read file\n".utf8))
        }
        let type = Self.contentType(file.pathExtension)
        if type.hasPrefix("text/html") { body = injectReload(body) }
        return Self.response(200, type, body, head: head)
    }

    /// Maps a URL path to a file under the root, never outside it; folders serve their index.html.
    func resolve(_ urlPath: String) -> URL? {
        // FlyingFox hands the path decoded and without dot segments; it is checked again all the same.
        guard urlPath.hasPrefix("/"), !urlPath.contains("\0") else { return nil }
        let parts = urlPath.split(separator: "/")
        guard !parts.contains(where: { $0 == ".." || $0 == "." }) else { return nil }
        var url = root
        for part in parts { url.appendPathComponent(String(part)) }
        url = url.standardizedFileURL
        guard url.path == root.path || url.path.hasPrefix(root.path + "/") else { return nil }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir) else { return nil }
        if isDir.boolValue {
            let index = url.appendingPathComponent("index.html")
            return FileManager.default.fileExists(atPath: index.path) ? index : nil
        }
        return url
    }

    /// The script that reloads the page when the site is rebuilt (polling keeps the server simple).
    static let reloadScript = """
    <script>(function(){var v=null;setInterval(function(){fetch('/__gxsite/version',{cache:'no-store'}).then(function(r){return r.text()}).then(function(t){if(v!==null&&t!==v){location.reload()}v=t}).catch(function(){})},1000)})();</script>
    """

    /// The page with the live-reload script before its last `</body>` (at its end when it has none).
    func injectReload(_ html: Data) -> Data {
        var text = String(decoding: html, as: UTF8.self)
        if let range = text.range(of: "</body>", options: .backwards) {
            text.insert(contentsOf: Self.reloadScript, at: range.lowerBound)
        } else {
            text += Self.reloadScript
        }
        return Data(text.utf8)
    }

    /// The Content-Type for a file's extension.
    static func contentType(_ ext: String) -> String {
        switch ext.lowercased() {
        case "html": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "json": "application/json; charset=utf-8"
        case "svg": "image/svg+xml"
        case "xml": "application/xml; charset=utf-8"
        case "csv": "text/csv; charset=utf-8"
        case "md", "txt": "text/plain; charset=utf-8"
        case "png": "image/png"
        case "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case "doc": "application/msword"
        case "rtf": "application/rtf"
        case "odt": "application/vnd.oasis.opendocument.text"
        case "wasm": "application/wasm"
        default: "application/octet-stream"
        }
    }

    private static func response(_ status: Int, _ type: String, _ body: Data, head: Bool = false, noStore: Bool = false) -> HTTPResponse {
        var headers: HTTPHeaders = [:]
        headers[.contentType] = type
        headers[.cacheControl] = noStore ? "no-store" : "no-cache"
        headers[HTTPHeader("X-Content-Type-Options")] = "nosniff"
        // A HEAD response carries the headers alone, with the length the body would have.
        if head { headers[.contentLength] = String(body.count) }
        return HTTPResponse(statusCode: HTTPStatusCode(status, phrase: Self.phrase(status)), headers: headers, body: head ? Data() : body)
    }

    private static func phrase(_ status: Int) -> String {
        [200: "OK", 404: "Not Found", 405: "Method Not Allowed", 500: "Internal Server Error"][status] ?? "OK"
    }

    /// Why the socket could not listen, as the system says it (FlyingFox's errors carry the errno's message).
    private static func reason(_ error: any Error) -> String {
        if case SocketError.failed(_, let code, _) = error { return String(cString: strerror(code)) }
        return "\(error)"
    }
}

extension StaticServer {
    /// The site's version, read by request handlers while the watcher's thread bumps it.
    // @unchecked Sendable: `count` is only read and written under `lock` (Mutex needs macOS 15; the package supports 13).
    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0

        var value: Int { lock.withLock { count } }

        func increment() {
            lock.withLock { count += 1 }
        }
    }

    /// The first of the server's two outcomes at start: listening (nil) or an error.
    // @unchecked Sendable: `result` and `done` are only touched under `lock`; the semaphore is thread-safe.
    private final class Outcome: @unchecked Sendable {
        private let lock = NSLock()
        private let signal = DispatchSemaphore(value: 0)
        private var done = false
        private var result: (any Error)?

        /// Records the outcome unless one already was.
        func finish(_ error: (any Error)?) {
            let first = lock.withLock {
                guard !done else { return false }
                (done, result) = (true, error)
                return true
            }
            if first { signal.signal() }
        }

        /// Waits for the outcome.
        func wait() -> (any Error)? {
            signal.wait()
            return lock.withLock { result }
        }
    }
}
