import Foundation

/// A small HTTP/1.1 server for `gxsite serve`: GET and HEAD of files under one folder, on 127.0.0.1 only.
///
/// It injects the live-reload script into HTML responses; nothing it serves is ever written to disk.
final class StaticServer: @unchecked Sendable {
    let root: URL
    let port: UInt16
    private var listener: Int32 = -1
    private let lock = NSLock()
    private var version = 0

    init(root: URL, port: UInt16) {
        self.root = root.standardizedFileURL
        self.port = port
    }

    /// Marks the site as rebuilt: open pages poll the version and reload.
    func bumpVersion() {
        lock.withLock { version += 1 }
    }

    var currentVersion: Int { lock.withLock { version } }

    /// Binds the loopback address; throws a message naming the port when it is taken.
    func start() throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw ServeError.socket(String(cString: strerror(errno))) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = port.bigEndian
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 64) == 0 else {
            let reason = String(cString: strerror(errno))
            close(fd)
            throw ServeError.bind(port: port, reason)
        }
        listener = fd
        Thread.detachNewThread { [self] in acceptLoop() }
    }

    private func acceptLoop() {
        while true {
            let client = accept(listener, nil, nil)
            if client < 0 { if errno == EINTR { continue } else { return } }
            DispatchQueue.global().async { [self] in
                handle(client)
                close(client)
            }
        }
    }

    private func handle(_ fd: Int32) {
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var request = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 4096)
        // Headers only: GET and HEAD carry no body; 16 KiB bounds a hostile client.
        while request.count < 16_384 {
            let n = recv(fd, &buffer, buffer.count, 0)
            if n <= 0 { return }
            request += buffer[0..<n]
            if Self.hasHeaderEnd(request) { break }
        }
        let line = String(decoding: request.prefix { $0 != 13 && $0 != 10 }, as: UTF8.self).split(separator: " ")
        guard line.count >= 2 else { return respond(fd, 400, "text/plain; charset=utf-8", Data("Bad Request\n".utf8), head: false) }
        let method = String(line[0])
        guard method == "GET" || method == "HEAD" else {
            return respond(fd, 405, "text/plain; charset=utf-8", Data("Method Not Allowed\n".utf8), head: false)
        }
        let target = String(line[1])
        let path = target.split(separator: "?", maxSplits: 1).first.map(String.init) ?? "/"
        if path == "/__gxsite/version" {
            return respond(fd, 200, "text/plain; charset=utf-8", Data("\(currentVersion)".utf8), head: method == "HEAD", noStore: true)
        }
        guard let file = resolve(path) else {
            let notFound = root.appendingPathComponent("404.html")
            let body = (try? Data(contentsOf: notFound)).map(injectReload) ?? Data("Not Found\n".utf8)
            return respond(fd, 404, "text/html; charset=utf-8", body, head: method == "HEAD")
        }
        guard var body = try? Data(contentsOf: file) else {
            return respond(fd, 500, "text/plain; charset=utf-8", Data("Cannot read file\n".utf8), head: false)
        }
        let type = Self.contentType(file.pathExtension)
        if type.hasPrefix("text/html") { body = injectReload(body) }
        respond(fd, 200, type, body, head: method == "HEAD")
    }

    static func hasHeaderEnd(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 4 else { return false }
        for i in 0...(bytes.count - 4) where bytes[i] == 13 && bytes[i + 1] == 10 && bytes[i + 2] == 13 && bytes[i + 3] == 10 { return true }
        return false
    }

    /// Maps a URL path to a file under the root, never outside it; folders serve their index.html.
    func resolve(_ urlPath: String) -> URL? {
        guard let decoded = urlPath.removingPercentEncoding, decoded.hasPrefix("/"), !decoded.contains("\0") else { return nil }
        let parts = decoded.split(separator: "/")
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

    func injectReload(_ html: Data) -> Data {
        var text = String(decoding: html, as: UTF8.self)
        if let range = text.range(of: "</body>", options: .backwards) {
            text.insert(contentsOf: Self.reloadScript, at: range.lowerBound)
        } else {
            text += Self.reloadScript
        }
        return Data(text.utf8)
    }

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

    private func respond(_ fd: Int32, _ status: Int, _ type: String, _ body: Data, head: Bool, noStore: Bool = false) {
        let reason = [200: "OK", 400: "Bad Request", 404: "Not Found", 405: "Method Not Allowed", 500: "Internal Server Error"][status] ?? "OK"
        var header = "HTTP/1.1 \(status) \(reason)\r\nContent-Type: \(type)\r\nContent-Length: \(body.count)\r\nConnection: close\r\n"
        header += noStore ? "Cache-Control: no-store\r\n" : "Cache-Control: no-cache\r\n"
        header += "X-Content-Type-Options: nosniff\r\n\r\n"
        var out = Data(header.utf8)
        if !head { out.append(body) }
        out.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = send(fd, raw.baseAddress! + offset, raw.count - offset, Int32(MSG_NOSIGNAL))
                if n <= 0 { return }
                offset += n
            }
        }
    }
}

/// Why the server could not start.
enum ServeError: Error, CustomStringConvertible {
    case socket(String)
    case bind(port: UInt16, String)

    var description: String {
        switch self {
        case .socket(let reason): "cannot open a socket: \(reason)"
        case .bind(let port, let reason): "cannot listen on 127.0.0.1:\(port): \(reason)"
        }
    }
}
