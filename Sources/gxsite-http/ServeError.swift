import Foundation

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
