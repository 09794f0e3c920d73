/// A parse's record for the next parse cache: its encoded outcome in memory, or in the build's spool.
package enum ParseRecord: Sendable {
    /// Held in memory.
    case bytes([UInt8])
    /// Written to the build's spool.
    case spooled(Spool.Ref)

    /// The encoded outcome.
    package func bytes(in spool: Spool?) -> [UInt8]? {
        switch self {
        case .bytes(let bytes): bytes
        case .spooled(let ref): spool?.read(ref)
        }
    }
}
