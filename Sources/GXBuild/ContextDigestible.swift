/// A context value that writes its own bytes for `ContextDigest`, as a typed template context does: its type lives in the
/// module that renders it, which the engine does not know.
package protocol ContextDigestible {
    /// Appends the value as `ContextDigest` would write the dictionary of its present values.
    func appendDigest(to out: inout [UInt8])
}
