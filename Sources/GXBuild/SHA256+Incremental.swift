import Crypto

extension SHA256 {
    /// SHA-256 of bytes given piece by piece, for a file written as it is made. Gives what `hash` gives for the same
    /// bytes however they are cut.
    package final class Incremental {
        private var hasher = Crypto.SHA256()

        /// A digest of nothing yet.
        package init() {}

        /// Adds `bytes` after those added so far.
        package func add(_ bytes: UnsafeRawBufferPointer) {
            hasher.update(bufferPointer: bytes)
        }

        /// The digest of everything added; nothing may be added after.
        package func finish() -> [UInt8] {
            hasher.finalize().withUnsafeBytes { Array($0) }
        }
    }
}
